import * as v from 'valibot';
import { attributes, email, id, name, timestamp } from './primitives';

/** `Contact` (`PATCH /v1/session/contact`). @internal */
export const contactSchema = v.object({
  id,
  kind: v.picklist(['visitor', 'user']),
  userId: v.nullable(name),
  name: v.nullable(name),
  email: v.nullable(email),
  attributes,
});

/** A token we put in a header: printable ASCII only, so it cannot break or smuggle a header. */
const token = v.pipe(v.string(), v.regex(/^[\x21-\x7e]{1,2048}$/, 'must be a printable token'));

/** `Session` (`POST /v1/session`, `POST /v1/session/identify`). @internal */
export const sessionSchema = v.object({
  token,
  expiresAt: timestamp,
  resumeToken: token,
  widgetKey: name,
  contact: contactSchema,
});

/** `RedeemedLink` (`POST /v1/session/link`). @internal */
export const redeemedLinkSchema = v.object({ session: sessionSchema, conversationId: id });
