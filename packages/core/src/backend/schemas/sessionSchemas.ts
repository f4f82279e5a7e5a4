import { check } from '../../schema/check';
import { nullable } from '../../schema/nullable';
import { object } from '../../schema/object';
import { oneOf } from '../../schema/oneOf';
import { record } from '../../schema/record';
import { string } from '../../schema/string';
import { email, fieldName, id, name, timestamp } from './primitives';

/** Custom data about a person: flat values, at most 50 keys, as in the contract. @internal */
export const attributes = /* @__PURE__ */ record(
  fieldName,
  check<string | number | boolean | null>(
    (input) =>
      input === null ||
      typeof input === 'boolean' ||
      Number.isFinite(input) ||
      (typeof input === 'string' && input.length <= 1000),
    'string 0-1000, number, boolean or null',
  ),
  50,
);

/** `Contact` (`PATCH /v1/session/contact`). @internal */
export const contactSchema = /* @__PURE__ */ object({
  id,
  kind: oneOf('visitor|user'),
  userId: nullable(name),
  name: nullable(name),
  email: nullable(email),
  attributes,
});

/** A token we put in a header: printable ASCII only, so it cannot break or smuggle a header. */
const token = /* @__PURE__ */ string(2048, 1, /^[\x21-\x7e]+$/);

/** `Session` (`POST /v1/session`, `POST /v1/session/identify`). @internal */
export const sessionSchema = /* @__PURE__ */ object({
  token,
  expiresAt: timestamp,
  resumeToken: token,
  widgetKey: name,
  contact: contactSchema,
});

/** `RedeemedLink` (`POST /v1/session/link`). @internal */
export const redeemedLinkSchema = /* @__PURE__ */ object({ session: sessionSchema, conversationId: id });
