import Type, { type Static, type TSchema, type TString } from 'typebox';

/** An instant as an RFC 3339 string in UTC, for example `2026-11-22T09:30:00.000Z`. */
export const Timestamp = Type.String({ format: 'date-time', examples: ['2026-11-22T09:30:00.000Z'] });

/** A BCP 47 language tag such as `en`, `zh-Hans` or `zh-Hant`. */
export const Locale = Type.String({ minLength: 2, maxLength: 35, examples: ['en', 'zh-Hans'] });

/** An opaque pagination cursor; pass it back unchanged. */
export const Cursor = Type.String({ minLength: 1, maxLength: 512 });

/** A link the browser may follow: `http`, `https`, `mailto` or `tel` only. */
export const SafeUrl = Type.String({ maxLength: 2048, pattern: '^(https?:|mailto:|tel:)' });

/**
 * An id with a type prefix, such as `cnv_7hQ2…` for a conversation. Ids are opaque: match them exactly and
 * never parse them.
 */
export function prefixedId(prefix: string, description: string): TString {
  return Type.String({ pattern: `^${prefix}_[A-Za-z0-9_-]{1,64}$`, description });
}

/** Wraps a schema so that it also accepts `null`. */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

/**
 * One page of a list: `{ data, nextCursor }`. `nextCursor` is `null` on the last page; otherwise pass it
 * back to get the next page in the same direction.
 */
export function Page<T extends TSchema>(item: T, name: string) {
  return Type.Object(
    {
      data: Type.Array(item),
      nextCursor: Nullable(Cursor),
    },
    { $id: name, additionalProperties: false },
  );
}

export type TimestampString = Static<typeof Timestamp>;
