import * as v from 'valibot';

// The guard of `GET /v1/kb/search` for the standalone `searchArticles`. A file of its own, holding nothing
// else: bundlers keep every top-level schema of a module they import, so sharing the backend's schema
// module would bring every knowledge-base schema into a page that only searches. Its output type must equal
// the contract's `SearchResponse` (searchResponseSchema.test-d.ts).

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const bounded = (max: number) => v.pipe(v.string(), v.maxLength(max));
const highlights = v.array(v.object({ start: count, end: count }));

/**
 * What `GET /v1/kb/search` must return: the contract's `SearchResponse`, with every string bounded as the
 * backend's schemas bound them. Unknown fields are dropped.
 * @internal
 */
export const searchResponseSchema = v.object({
  data: v.array(
    v.object({
      article: v.object({
        id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
        collectionId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
        locale: v.pipe(v.string(), v.minLength(2), v.maxLength(35)),
        title: bounded(500),
        excerpt: bounded(20_000),
        updatedAt: v.pipe(v.string(), v.isoTimestamp()),
      }),
      score: v.number(),
      titleHighlights: highlights,
      snippet: v.object({ text: bounded(20_000), highlights }),
    }),
  ),
  nextCursor: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(512))),
  total: count,
});
