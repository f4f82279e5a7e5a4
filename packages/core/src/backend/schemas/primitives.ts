import * as v from 'valibot';

// The shared pieces of every response schema. On top of the contract's shapes they bound every string, so
// a hostile backend cannot flood the UI or memory (a longer string is `invalid_response`), and they only
// accept links the UI may render.

/** A string of at most `max` characters. @internal */
export const bounded = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** An opaque id: never empty, never huge. @internal */
export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** A person's or file's name, a label, a reference. @internal */
export const name = bounded(200);
/** A title or subject. @internal */
export const title = bounded(500);
/** Text shown in one place: a message, a comment, a snippet, a description. @internal */
export const text = bounded(20_000);
/** An email address. @internal */
export const email = bounded(320);
/** A BCP 47 tag, bounded as in the contract. @internal */
export const locale = v.pipe(v.string(), v.minLength(2), v.maxLength(35));
/** An RFC 3339 instant. @internal */
export const timestamp = v.pipe(v.string(), v.isoTimestamp());
/** A whole number from 0. @internal */
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A rating from 1 to 5. @internal */
export const score = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5));
/** An opaque pagination cursor. @internal */
export const cursor = v.pipe(v.string(), v.minLength(1), v.maxLength(512));

/** A link the UI may render: `http(s)`, `mailto` or `tel` only, never `javascript:` or `data:`. @internal */
export const safeUrl = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.regex(/^(?:https?:|mailto:|tel:)/i, 'must be an http(s), mailto or tel URL'),
);

/** Custom data about a person: flat values, at most 50 keys, as in the contract. @internal */
export const attributes = v.pipe(
  v.record(
    v.pipe(v.string(), v.regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/)),
    v.union([bounded(1000), v.number(), v.boolean(), v.null()]),
  ),
  v.check((value) => Object.keys(value).length <= 50, 'must have at most 50 attributes'),
);

/** One page of a list: `{ data, nextCursor }`. @internal */
export const page = <TItem extends v.GenericSchema>(item: TItem) =>
  v.object({ data: v.array(item), nextCursor: v.nullable(cursor) });

/** A `type`-tagged object schema, as {@link knownOnly} takes them. @internal */
type Tagged = v.ObjectSchema<{ type: v.LiteralSchema<string, undefined> } & v.ObjectEntries, undefined>;

/**
 * A union tagged by `type` that newer backends may extend: `schema` checks a known member strictly, and
 * `isKnown` tells whether a value claims a type we know (the others are skipped, never an error). `list`
 * is an array of the union that drops the unknown members.
 * @internal
 */
export function knownOnly<const TOptions extends Tagged[]>(options: TOptions) {
  const schema = v.variant('type', options);
  const types = new Set<unknown>(options.map((option) => option.entries.type.literal));
  const isKnown = (value: unknown): boolean =>
    typeof value === 'object' && value !== null && types.has((value as { type?: unknown }).type);
  return {
    schema,
    isKnown,
    list: v.pipe(v.array(v.unknown()), v.filterItems(isKnown), v.array(schema)),
  };
}
