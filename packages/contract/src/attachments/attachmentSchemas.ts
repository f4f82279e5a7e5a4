import Type, { type Static } from 'typebox';
import { prefixedId, Timestamp } from '../common/primitives';

/** A stored file, as referenced by messages and ticket comments. */
export const Attachment = Type.Object(
  {
    id: prefixedId('att', 'Attachment id.'),
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

export type Attachment = Static<typeof Attachment>;
