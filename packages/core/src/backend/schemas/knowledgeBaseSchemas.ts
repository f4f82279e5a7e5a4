import * as v from 'valibot';
import { bounded, count, cursor, id, locale, page, text, timestamp, title } from './primitives';

/** `ArticleSummary`: an article without its body. @internal */
export const articleSummarySchema = v.object({
  id,
  collectionId: id,
  locale,
  title,
  excerpt: text,
  updatedAt: timestamp,
});

/** `Article` (`GET /v1/kb/articles/{id}`); a body up to 500,000 characters. @internal */
export const articleSchema = v.object({
  id,
  collectionId: id,
  locale,
  availableLocales: v.array(locale),
  title,
  body: bounded(500_000),
  updatedAt: timestamp,
});

/** `CollectionList` (`GET /v1/kb/collections`). @internal */
export const collectionListSchema = v.object({
  data: v.array(v.object({ id, title, description: text, locale, articleCount: count })),
});

/** `ArticleSummaryPage` (`GET /v1/kb/collections/{id}/articles`). @internal */
export const articleSummaryPageSchema = page(articleSummarySchema);

const highlights = v.array(v.object({ start: count, end: count }));

/** `SearchResponse` (`GET /v1/kb/search`). @internal */
export const searchResponseSchema = v.object({
  data: v.array(
    v.object({
      article: articleSummarySchema,
      score: v.number(),
      titleHighlights: highlights,
      snippet: v.object({ text, highlights }),
    }),
  ),
  nextCursor: v.nullable(cursor),
  total: count,
});

/** `SuggestResponse` (`GET /v1/kb/suggest`). @internal */
export const suggestResponseSchema = v.object({
  data: v.pipe(v.array(articleSummarySchema), v.maxLength(10)),
});
