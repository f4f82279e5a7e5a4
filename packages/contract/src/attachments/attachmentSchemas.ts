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
      description: 'Where to download it, relative to the base URL; needs the owner session bearer token.',
      examples: ['/v1/attachments/att_3Gq9/content'],
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
