import Type, { type Static } from 'typebox';
import { Locale, Page, Timestamp } from '../common/primitives';

/** A group of articles in the help centre. */
export const Collection = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    description: Type.String(),
    locale: Locale,
    articleCount: Type.Integer({ minimum: 0 }),
  },
  { $id: 'Collection' },
);

/** An article without its body, for lists and suggestions. */
export const ArticleSummary = Type.Object(
  {
    id: Type.String(),
    collectionId: Type.String(),
    locale: Locale,
    title: Type.String(),
    excerpt: Type.String({ description: 'The start of the body as plain text, at most 200 characters.' }),
    updatedAt: Timestamp,
  },
  { $id: 'ArticleSummary' },
);

/** `GET /v1/kb/collections`: every collection of the help centre, in display order. */
export const CollectionList = Type.Object({ data: Type.Array(Collection) }, { $id: 'CollectionList' });

/** `GET /v1/kb/collections/{collectionId}/articles`: one page of a collection's articles, in display order. */
export const ArticleSummaryPage = Page(ArticleSummary, 'ArticleSummaryPage');

/**
 * A full article. Its body is Markdown unless `bodyFormat` says HTML (helpdesks that store HTML); either
 * way, render it safely: parse HTML inertly and rebuild it through an allowlist, never insert it as is.
 */
export const Article = Type.Object(
  {
    id: Type.String(),
    collectionId: Type.String(),
    locale: Locale,
    availableLocales: Type.Array(Locale),
    title: Type.String(),
    body: Type.String({ description: 'Markdown, or HTML when `bodyFormat` is `html`.' }),
    bodyFormat: Type.Optional(
      Type.Union([Type.Literal('markdown'), Type.Literal('html')], {
        description: 'How `body` is written. Absent means Markdown.',
      }),
    ),
    updatedAt: Timestamp,
  },
  { $id: 'Article' },
);

/** A range of UTF-16 code units `[start, end)` to highlight. */
export const Highlight = Type.Object(
  { start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }) },
  { $id: 'Highlight' },
);

/** One search hit, best first. */
export const SearchResult = Type.Object(
  {
    article: ArticleSummary,
    score: Type.Number({ description: 'Relevance; higher is better. Comparable within one response only.' }),
    titleHighlights: Type.Array(Highlight),
    snippet: Type.Object({ text: Type.String(), highlights: Type.Array(Highlight) }),
  },
  { $id: 'SearchResult' },
);

/** `GET /v1/kb/search`: a page of hits and the total number of matching articles. */
export const SearchResponse = Type.Object(
  {
    data: Type.Array(SearchResult),
    nextCursor: Type.Union([Type.String(), Type.Null()]),
    total: Type.Integer({ minimum: 0 }),
  },
  { $id: 'SearchResponse' },
);

/** `GET /v1/kb/suggest`: a few articles for what is being typed, or for the page being viewed. */
export const SuggestResponse = Type.Object(
  { data: Type.Array(ArticleSummary, { maxItems: 10 }) },
  { $id: 'SuggestResponse' },
);

/** `POST /v1/kb/articles/{id}/feedback`: did this help? */
export const ArticleFeedbackRequest = Type.Object(
  {
    helpful: Type.Boolean(),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
    locale: Type.Optional(Locale),
  },
  { $id: 'ArticleFeedbackRequest', additionalProperties: false },
);

export type Collection = Static<typeof Collection>;
export type ArticleSummary = Static<typeof ArticleSummary>;
export type CollectionList = Static<typeof CollectionList>;
export type ArticleSummaryPage = Static<typeof ArticleSummaryPage>;
export type Article = Static<typeof Article>;
export type Highlight = Static<typeof Highlight>;
export type SearchResult = Static<typeof SearchResult>;
export type SearchResponse = Static<typeof SearchResponse>;
export type SuggestResponse = Static<typeof SuggestResponse>;
export type ArticleFeedbackRequest = Static<typeof ArticleFeedbackRequest>;
