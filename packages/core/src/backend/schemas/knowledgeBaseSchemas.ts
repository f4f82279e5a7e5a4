import { array } from '../../schema/array';
import { nullable } from '../../schema/nullable';
import { number } from '../../schema/number';
import { object } from '../../schema/object';
import { oneOf } from '../../schema/oneOf';
import { optional } from '../../schema/optional';
import { string } from '../../schema/string';
import { count, cursor, id, locale, page, text, timestamp, title } from './primitives';

/** `ArticleSummary`: an article without its body. @internal */
export const articleSummarySchema = /* @__PURE__ */ object({
  id,
  collectionId: id,
  locale,
  title,
  excerpt: text,
  updatedAt: timestamp,
});

/** `Article` (`GET /v1/kb/articles/{id}`); a body up to 500,000 characters. @internal */
export const articleSchema = /* @__PURE__ */ object({
  id,
  collectionId: id,
  locale,
  availableLocales: array(locale),
  title,
  body: string(500_000),
  bodyFormat: optional(oneOf('markdown|html')),
  updatedAt: timestamp,
});

/** `CollectionList` (`GET /v1/kb/collections`). @internal */
export const collectionListSchema = /* @__PURE__ */ object({
  data: array(object({ id, title, description: text, locale, articleCount: count })),
});

/** `ArticleSummaryPage` (`GET /v1/kb/collections/{id}/articles`). @internal */
export const articleSummaryPageSchema = /* @__PURE__ */ page(articleSummarySchema);

const highlights = /* @__PURE__ */ array(object({ start: count, end: count }));

/** `SearchResponse` (`GET /v1/kb/search`). @internal */
export const searchResponseSchema = /* @__PURE__ */ object({
  data: array(
    object({
      article: articleSummarySchema,
      score: number,
      titleHighlights: highlights,
      snippet: object({ text, highlights }),
    }),
  ),
  nextCursor: nullable(cursor),
  total: count,
});

/** `SuggestResponse` (`GET /v1/kb/suggest`). @internal */
export const suggestResponseSchema = /* @__PURE__ */ object({ data: array(articleSummarySchema, 10) });
