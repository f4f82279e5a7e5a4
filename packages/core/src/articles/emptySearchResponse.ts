import type { SearchResponse } from '@parley/contract';

/** The answer to an empty query, given without asking the backend. A new object each time. @internal */
export function emptySearchResponse(): SearchResponse {
  return { data: [], nextCursor: null, total: 0 };
}
