import type { SearchResponse } from '@parley/contract';
import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type { searchResponseSchema } from './searchResponseSchema';

// Checked by `tsc -b`: a field added, removed or retyped on either side is an error here.
describe('searchResponseSchema', () => {
  it('returns exactly the contract’s SearchResponse', () => {
    expectTypeOf<v.InferOutput<typeof searchResponseSchema>>().toEqualTypeOf<SearchResponse>();
  });
});
