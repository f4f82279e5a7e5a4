import Type from 'typebox';
import { Cursor, Locale } from '../common/primitives';
import type { OperationSpec, ParameterSpec } from '../openApi/OperationSpec';
import {
  Article,
  ArticleFeedbackRequest,
  ArticleSummaryPage,
  CollectionList,
  SearchResponse,
  SuggestResponse,
} from './knowledgeBaseSchemas';

const widgetKey: ParameterSpec = {
  name: 'widgetKey',
  in: 'query',
  required: true,
  description: 'The public key of the widget whose help centre to read.',
  schema: Type.String({ minLength: 1, maxLength: 200 }),
  example: 'wk_demo',
};

const locale: ParameterSpec = {
  name: 'locale',
  in: 'query',
  description:
    'Preferred locale (BCP 47). The best match among the locales the help centre has articles in ' +
    '(`zh-TW` finds `zh-Hant`); the widget default when none matches.',
  schema: Locale,
  example: 'zh-Hant',
};

const searchCursor = 'eyJvIjoxLCJmIjoiNTA5YjY1ZDcifQ';
const listCursor = 'eyJjIjoiY29sX2FjY291bnRfc2VjdXJpdHkiLCJwIjoxLCJpIjoiYXJ0X2NoYW5nZV9wYXNzd29yZCJ9';

const cursor = (what: string, example: string): ParameterSpec => ({
  name: 'cursor',
  in: 'query',
  description: `The \`nextCursor\` of the previous page, to get the next ${what}; omit it for the first page.`,
  schema: Cursor,
  example,
});

const articleId: ParameterSpec = {
  name: 'articleId',
  in: 'path',
  description: 'The article id.',
  schema: Type.String({ minLength: 1, maxLength: 200 }),
  example: 'art_reset_password',
};

const query = (description: string, required: boolean): ParameterSpec => ({
  name: 'q',
  in: 'query',
  required,
  description,
  schema: Type.String({ minLength: 1, maxLength: 200 }),
  example: 'reset pass',
});

const resetPasswordSummary = {
  id: 'art_reset_password',
  collectionId: 'col_account_security',
  locale: 'en',
  title: 'Reset your password',
  excerpt:
    "If you've forgotten your password, you can set a new one in a few minutes using the email address on " +
    'your Lumen account.',
  updatedAt: '2026-09-14T10:20:00.000Z',
};

const changePasswordSummary = {
  id: 'art_change_password',
  collectionId: 'col_account_security',
  locale: 'en',
  title: 'Change your password',
  excerpt:
    "We recommend a long, unique password that you don't use for any other service. A password manager " +
    'makes this easy.',
  updatedAt: '2026-09-14T10:45:00.000Z',
};

const pricingSummary = {
  id: 'art_compare_plans',
  collectionId: 'col_billing_plans',
  locale: 'en',
  title: 'Compare Lumen Free, Plus and Team',
  excerpt: 'Lumen has three plans. You can start on Free and upgrade whenever you need more.',
  updatedAt: '2026-10-01T09:00:00.000Z',
};

const upgradeSummary = {
  id: 'art_upgrade_plus',
  collectionId: 'col_billing_plans',
  locale: 'en',
  title: 'Upgrade to Lumen Plus',
  excerpt:
    'Upgrading unlocks unlimited devices, offline notebooks on mobile, more uploads and a year of note history.',
  updatedAt: '2026-10-01T09:30:00.000Z',
};

/** Operations of the help centre: collections, articles, search, suggestions and feedback. @internal */
export const knowledgeBaseOperations: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/kb/collections',
    operationId: 'listCollections',
    tag: 'knowledge base',
    auth: 'none',
    summary: 'The collections of the help centre',
    description:
      'Every collection, lowest `position` first, with its title and description in the chosen locale (the ' +
      'widget default, then any translation, when the collection has none in it) and `articleCount`, the ' +
      'number of its articles written in that locale. Public: a session bearer token may be sent but is ' +
      'not needed.',
    parameters: [widgetKey, locale],
    responses: {
      200: {
        description: 'The collections.',
        schema: CollectionList,
        example: {
          data: [
            {
              id: 'col_getting_started',
              title: 'Getting started',
              description:
                'Learn the basics: notes, notebooks, tags, search, the web clipper and moving your notes.',
              locale: 'en',
              articleCount: 7,
            },
            {
              id: 'col_account_security',
              title: 'Account & security',
              description: 'Signing in, passwords, two-factor authentication and keeping your account safe.',
              locale: 'en',
              articleCount: 7,
            },
          ],
        },
      },
    },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/v1/kb/collections/{collectionId}/articles',
    operationId: 'listCollectionArticles',
    tag: 'knowledge base',
    auth: 'none',
    summary: 'The articles of one collection',
    description:
      'A page of the collection’s articles written in the chosen locale, in display order, without their ' +
      'bodies. Public.',
    parameters: [
      {
        name: 'collectionId',
        in: 'path',
        description: 'The collection id.',
        schema: Type.String({ minLength: 1, maxLength: 200 }),
        example: 'col_account_security',
      },
      widgetKey,
      locale,
      cursor('page', listCursor),
      {
        name: 'limit',
        in: 'query',
        description: 'Articles per page.',
        schema: Type.Integer({ minimum: 1, maximum: 50, default: 20 }),
        example: 2,
      },
    ],
    responses: {
      200: {
        description: 'One page of articles; `nextCursor` is `null` on the last.',
        schema: ArticleSummaryPage,
        example: {
          data: [resetPasswordSummary, changePasswordSummary],
          nextCursor: listCursor,
        },
      },
    },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/v1/kb/articles/{articleId}',
    operationId: 'getArticle',
    tag: 'knowledge base',
    auth: 'none',
    summary: 'One article',
    description:
      'The article in the chosen locale; when it is not written in that locale, in the widget default (or ' +
      'else its first translation). `availableLocales` lists every locale it is written in, so a reader can ' +
      'switch. The body is Markdown: render it without raw HTML. Sends `ETag`; answers 304 to a matching ' +
      '`If-None-Match`. Public.',
    parameters: [articleId, widgetKey, locale],
    responses: {
      200: {
        description: 'The article.',
        schema: Article,
        headers: { ETag: 'Entity tag.' },
        example: {
          id: 'art_reset_password',
          collectionId: 'col_account_security',
          locale: 'en',
          availableLocales: ['en', 'zh-Hans', 'zh-Hant'],
          title: 'Reset your password',
          body:
            "If you've forgotten your password, you can set a new one in a few minutes.\n\n## Reset your " +
            'password\n\n1. Go to the [sign-in page](https://lumen.example/login) and click **Forgot password?**',
          updatedAt: '2026-09-14T10:20:00.000Z',
        },
      },
      304: { description: 'Not modified since the `If-None-Match` ETag.' },
    },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/v1/kb/search',
    operationId: 'searchArticles',
    tag: 'knowledge base',
    auth: 'none',
    summary: 'Full-text search of the help centre',
    description:
      'Finds the articles written in the chosen locale whose title or body has every word of `q` (the last ' +
      'word also as a prefix, for search as you type; Chinese, Japanese and Korean text matches without ' +
      'spaces). Best first: relevance, with title matches weighing more. Nothing in `q` is query syntax. ' +
      'Each hit has the parts of its title to highlight and a snippet of its body around the matches. ' +
      '`total` counts every matching article; page with `nextCursor`, which is only valid for the same ' +
      'query. When no article has every word of `q` (a question as people write it, "how do I export my ' +
      'notes?"), the answer is one page of the articles its topic words find, best first, with `total` ' +
      'counting them and no `nextCursor`. Sends `Server-Timing: app;dur=<ms>`. Public.',
    parameters: [
      query('What the user typed, 1 to 200 characters.', true),
      widgetKey,
      locale,
      {
        name: 'collectionId',
        in: 'query',
        description: 'Only articles of this collection.',
        schema: Type.String({ minLength: 1, maxLength: 200 }),
        example: 'col_account_security',
      },
      cursor('page of hits', searchCursor),
      {
        name: 'limit',
        in: 'query',
        description: 'Hits per page.',
        schema: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
        example: 10,
      },
    ],
    responses: {
      200: {
        description: 'One page of hits, best first.',
        schema: SearchResponse,
        headers: { 'Server-Timing': 'Time the server spent on the search: `app;dur=<milliseconds>`.' },
        example: {
          data: [
            {
              article: resetPasswordSummary,
              score: 8.47,
              titleHighlights: [
                { start: 0, end: 5 },
                { start: 11, end: 19 },
              ],
              snippet: {
                text:
                  '…account. Reset your password Go to the sign-in page and click Forgot password? Enter the ' +
                  'email address you use for Lumen and click Send reset link. Open…',
                highlights: [
                  { start: 10, end: 15 },
                  { start: 21, end: 29 },
                  { start: 70, end: 78 },
                  { start: 137, end: 142 },
                ],
              },
            },
          ],
          nextCursor: searchCursor,
          total: 7,
        },
      },
    },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/v1/kb/suggest',
    operationId: 'suggestArticles',
    tag: 'knowledge base',
    auth: 'none',
    summary: 'A few articles for what is being typed, or for the page being viewed',
    description:
      'Give exactly one of `q` and `pageUrl`. With `q` (a message being written, say): the 5 best search ' +
      'hits, found by its topic words when no article has every word. With `pageUrl`: up to 5 articles whose page patterns match the path of the URL (a pattern ' +
      'with `*` is a glob, `*` standing for any characters; one without is a path prefix, so `/pricing` ' +
      'matches `/pricing` and `/pricing/team`), the most specific pattern first, then the articles about ' +
      'the last segment of the path (on `/billing/invoices`, the one about invoices); no other articles fill ' +
      'the list. Public.',
    parameters: [
      query('Text being typed, 1 to 200 characters.', false),
      {
        name: 'pageUrl',
        in: 'query',
        description: 'The page the visitor is on: an absolute http(s) URL or a path starting with `/`.',
        schema: Type.String({ minLength: 1, maxLength: 2048 }),
        example: 'https://lumen.example/pricing',
      },
      widgetKey,
      locale,
    ],
    responses: {
      200: {
        description: 'The suggestions, best first; possibly none.',
        schema: SuggestResponse,
        example: { data: [pricingSummary, upgradeSummary] },
      },
    },
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/v1/kb/articles/{articleId}/feedback',
    operationId: 'sendArticleFeedback',
    tag: 'knowledge base',
    auth: 'session',
    summary: 'Say whether an article helped',
    description:
      'Records the contact’s vote on an article of the session’s widget, with an optional comment. One vote ' +
      'per contact and article: voting again replaces the earlier vote. `locale` says which translation ' +
      'was read (the best match among the article’s translations; the widget default when omitted).',
    parameters: [articleId],
    requestBody: {
      schema: ArticleFeedbackRequest,
      example: { helpful: false, comment: 'The reset link never arrived.', locale: 'en' },
    },
    responses: { 204: { description: 'Recorded.' } },
    errors: [404],
  },
];
