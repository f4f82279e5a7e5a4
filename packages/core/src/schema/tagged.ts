import { array } from './array';
import { asRecord } from './asRecord';
import { atKey } from './atKey';
import { check } from './check';
import { type Flat, type ObjectOutput, object, type Shape } from './object';
import type { Schema } from './Schema';

/** What {@link tagged} returns for the members `TMembers` told apart by `TKey`. @internal */
export type TaggedOutput<TKey extends string, TMembers extends Record<string, Shape>> = {
  [Tag in keyof TMembers & string]: Flat<{ [K in TKey]: Tag } & ObjectOutput<TMembers[Tag]>>;
}[keyof TMembers & string];

/** A union of objects told apart by one field, which newer backends may extend. @internal */
export interface Tagged<T> {
  /** Checks one member strictly: an unknown tag is an issue at the tag's key. */
  schema: Schema<T>;
  /** Whether a value is an object whose tag is one we know (the others are skipped, never an error). */
  isKnown(input: unknown): boolean;
  /** A list of members that drops the items {@link Tagged.isKnown} refuses and checks the rest strictly. */
  list: Schema<T[]>;
}

/**
 * Objects told apart by their `key` field: each tag maps to the other fields of its member.
 *
 * @example
 * ```ts
 * const action = tagged('type', { reply: { text: string(2000) }, handoff: {} });
 * action.schema({ type: 'handoff' }); // { type: 'handoff' }
 * action.list([{ type: 'reply', text: 'Hi' }, { type: 'video' }]); // [{ type: 'reply', text: 'Hi' }]
 * ```
 * @internal
 */
export const tagged = /* @__NO_SIDE_EFFECTS__ */ <
  TKey extends string,
  TMembers extends Record<string, Shape>,
>(
  key: TKey,
  members: TMembers,
): Tagged<TaggedOutput<TKey, TMembers>> => {
  type Output = TaggedOutput<TKey, TMembers>;
  const tags = Object.keys(members);
  const isTag = (tag: unknown) => tags.includes(tag as string);
  const tagSchema = check<string>(isTag, tags.join('|'));
  // `?.` reads a field of any value without throwing (`null` and `undefined` give `undefined`).
  const isKnown = (input: unknown) => isTag((input as Record<string, unknown> | null | undefined)?.[key]);
  const schema = (input: unknown): Output => {
    const tag = atKey(key, tagSchema, asRecord(input)[key]);
    return { [key]: tag, ...object(members[tag] as Shape)(input) } as Output;
  };
  return { schema, isKnown, list: array(schema, Infinity, 0, isKnown) };
};
