import Type, { type Static } from 'typebox';
import { Timestamp } from '../common/primitives';

/** A stored file, as referenced by messages and ticket comments. */
export const Attachment = Type.Object(
  {
    // Spelled out rather than prefixedId(), whose TSchema return type would make the id `unknown` in TS.
    id: Type.String({ pattern: '^att_[A-Za-z0-9_-]{1,64}$', description: 'Attachment id.' }),
    name: Type.String({
      description: 'File name as uploaded, cleaned of path parts and control characters.',
    }),
    contentType: Type.String({ description: 'Media type the server serves it with.' }),
    size: Type.Integer({ minimum: 0, description: 'Size in bytes.' }),
    url: Type.String({
      description:
        'A signed download link that works without the bearer token for a limited time, so a browser can ' +
        'open it from a link (`<a href>`) or show it as an image (`<img src>`). Relative to the base URL ' +
        '(`/v1/attachments/{id}/content?expires=…&signature=…`), or an absolute https URL when the backend ' +
        'keeps files elsewhere. It works for at least 5 minutes after the answer that carried it (the ' +
        'reference server: 15 to 20 minutes). Opaque: clients use it as given and never build or change ' +
        'one; for a fresh link they fetch the message, ticket comment or attachment again. A `url` inside ' +
        'a realtime event or an idempotent replay is as old as the first answer and may have expired. An ' +
        'expired or altered link is 403 `attachment_link_invalid`.',
      examples: [
        '/v1/attachments/att_3Gq9Xk2mPw7sTz1c/content?expires=1795340700&signature=8PI2swCPv-yHL5VBdZ6OjD_r0y-YGjKikTlEAuPL86E',
      ],
    }),
    createdAt: Timestamp,
  },
  { $id: 'Attachment' },
);

/** A list of attachment ids a message or comment carries (uploaded first with `POST /v1/attachments`). */
export const AttachmentIds = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 10 });

/**
 * The `multipart/form-data` body of `POST /v1/attachments`: exactly one part named `file`, with a file
 * name and the file's media type as the part's `Content-Type`.
 */
export const UploadAttachmentRequest = Type.Object(
  {
    file: Type.String({
      contentMediaType: 'application/octet-stream',
      description:
        'The file. Its part `Content-Type` is checked against the content (PNG, JPEG, GIF, WebP and PDF ' +
        'by their signature, `text/plain` as UTF-8 without NUL bytes); the file name is kept, cleaned.',
    }),
  },
  { $id: 'UploadAttachmentRequest', additionalProperties: false },
);

export type Attachment = Static<typeof Attachment>;
export type UploadAttachmentRequest = Static<typeof UploadAttachmentRequest>;
