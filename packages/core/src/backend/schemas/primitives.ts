import { array } from '../../schema/array';
import { integer } from '../../schema/integer';
import { nullable } from '../../schema/nullable';
import { object } from '../../schema/object';
import type { Schema } from '../../schema/Schema';
import { string } from '../../schema/string';

// The shared pieces of every response schema. On top of the contract's shapes they bound every string, so
// a hostile backend cannot flood the UI or memory (a longer string is `invalid_response`), and they only
// accept links the UI may render.

/** An opaque id: never empty, never huge. @internal */
export const id = /* @__PURE__ */ string(200, 1);
/** A person's or file's name, a label, a reference. @internal */
export const name = /* @__PURE__ */ string(200);
/** A title or subject. @internal */
export const title = /* @__PURE__ */ string(500);
/** Text shown in one place: a message, a comment, a snippet, a description. @internal */
export const text = /* @__PURE__ */ string(20_000);
/** Short text shown to the visitor: a greeting, a label, a rating's comment (2,000 characters). @internal */
export const displayText = /* @__PURE__ */ string(2000);
/** An email address. @internal */
export const email = /* @__PURE__ */ string(320);
/** A BCP 47 tag, bounded as in the contract. @internal */
export const locale = /* @__PURE__ */ string(35, 2);
/**
 * An RFC 3339 instant such as `2026-11-22T09:30:00.000Z` (`T` and `Z` in either case, an offset as
 * `+hh:mm`), with a real month, day and time of day, so the UI's date formatting never meets an invalid date.
 * @internal
 */
export const timestamp = /* @__PURE__ */ string(
  40,
  0,
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3])(:[0-5]\d){2}(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i,
);
/** A whole number from 0. @internal */
export const count = /* @__PURE__ */ integer(0);
/** A rating from 1 to 5. @internal */
export const score = /* @__PURE__ */ integer(1, 5);
/** An opaque pagination cursor. @internal */
export const cursor = /* @__PURE__ */ string(512, 1);

/** A link the UI may render: `http(s)`, `mailto` or `tel` only, never `javascript:` or `data:`. @internal */
export const safeUrl = /* @__PURE__ */ string(2048, 0, /^(https?|mailto|tel):/i);

/** The name of a custom field (an attribute, a form field): a letter, then letters, digits or `_`. @internal */
export const fieldName = /* @__PURE__ */ string(64, 1, /^[a-zA-Z]\w*$/);

/** One page of a list: `{ data, nextCursor }`. @internal */
export const page = <T>(item: Schema<T>) => object({ data: array(item), nextCursor: nullable(cursor) });
