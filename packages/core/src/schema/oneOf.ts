import { check } from './check';
import type { Schema } from './Schema';

/** The words of `a|b|c`, as a union of literals. @internal */
export type Words<W extends string> = W extends `${infer A}|${infer B}` ? A | Words<B> : W;

/**
 * One of a few words, written `a|b|c` (its issue says just that).
 * @example
 * ```ts
 * const status = oneOf('open|resolved'); // Schema<'open' | 'resolved'>
 * ```
 * @internal
 */
export const oneOf = /* @__NO_SIDE_EFFECTS__ */ <const W extends string>(words: W): Schema<Words<W>> => {
  const values = words.split('|');
  return check((input) => values.includes(input as string), words);
};
