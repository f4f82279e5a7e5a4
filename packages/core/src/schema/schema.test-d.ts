import { describe, expectTypeOf, it } from 'vitest';
import { array } from './array';
import { boolean } from './boolean';
import { integer } from './integer';
import { nullable } from './nullable';
import { number } from './number';
import { object } from './object';
import { oneOf } from './oneOf';
import { optional } from './optional';
import { record } from './record';
import type { Infer } from './Schema';
import { string } from './string';
import { tagged } from './tagged';

// Checked by `tsc -b`: the output types the schemas of backend/schemas are compared with the contract through.
describe('schema output types', () => {
  it('primitives', () => {
    expectTypeOf(string(5)).returns.toEqualTypeOf<string>();
    expectTypeOf(number).returns.toEqualTypeOf<number>();
    expectTypeOf(integer(0)).returns.toEqualTypeOf<number>();
    expectTypeOf(boolean).returns.toEqualTypeOf<boolean>();
    expectTypeOf(oneOf('a|b')).returns.toEqualTypeOf<'a' | 'b'>();
    expectTypeOf(oneOf('waiting_on_customer|solved|x')).returns.toEqualTypeOf<
      'waiting_on_customer' | 'solved' | 'x'
    >();
    expectTypeOf(oneOf('only')).returns.toEqualTypeOf<'only'>();
  });

  it('wrappers and collections', () => {
    expectTypeOf(nullable(string(5))).returns.toEqualTypeOf<string | null>();
    expectTypeOf(array(integer(0))).returns.toEqualTypeOf<number[]>();
    expectTypeOf(record(string(5), boolean)).returns.toEqualTypeOf<Record<string, boolean>>();
  });

  it('object: required keys, and optional ones as `key?` without `undefined`', () => {
    const person = object({ name: string(5), nickname: optional(string(5)), partner: nullable(string(5)) });
    expectTypeOf<Infer<typeof person>>().toEqualTypeOf<{
      name: string;
      nickname?: string;
      partner: string | null;
    }>();
    // Not even `nickname?: string | undefined`: under exactOptionalPropertyTypes, those differ.
    expectTypeOf<Infer<typeof person>>().not.toEqualTypeOf<{
      name: string;
      nickname?: string | undefined;
      partner: string | null;
    }>();
  });

  it('tagged: one object type per tag, with the tag as a literal', () => {
    const action = tagged('type', {
      reply: { text: string(5) },
      handoff: {},
      url: { url: optional(string(5)) },
    });
    type Action = { type: 'reply'; text: string } | { type: 'handoff' } | { type: 'url'; url?: string };
    expectTypeOf<Infer<typeof action.schema>>().toEqualTypeOf<Action>();
    expectTypeOf<Infer<typeof action.list>>().toEqualTypeOf<Action[]>();
  });
});
