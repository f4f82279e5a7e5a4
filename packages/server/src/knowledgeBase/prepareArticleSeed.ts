import type { SeedContent } from '../seed/SeedContent';
import type { ArticleRecord, CollectionRecord } from './ArticleRecords';
import { markdownToPlainText } from './search/markdownToPlainText';

function invalid(detail: string): TypeError {
  return new TypeError(`[parley] Invalid knowledge-base seed: ${detail}`);
}

/**
 * Checks the knowledge-base part of seed content and turns it into records, so that both repositories
 * write exactly the same thing: each article gets its collection's widget, its position among the
 * content's articles of that collection and the plain text of every translation.
 *
 * @param content - The seed content.
 * @param storedCollection - Looks up a collection already in the store (for articles seeded after their
 * collection).
 * @throws TypeError when a collection or article has no translation, an article names an unknown
 * collection, or `updatedAt` is not a date.
 * @internal
 */
export function prepareArticleSeed(
  content: SeedContent,
  storedCollection: (id: string) => { widgetKey: string } | undefined,
): { collections: CollectionRecord[]; articles: ArticleRecord[] } {
  const collections = (content.collections ?? []).map((collection): CollectionRecord => {
    if (Object.keys(collection.translations).length === 0) {
      throw invalid(`collection ${collection.id} has no translation.`);
    }
    return {
      id: collection.id,
      widgetKey: collection.widgetKey,
      position: collection.position,
      translations: Object.fromEntries(
        Object.entries(collection.translations).map(([locale, { title, description }]) => [
          locale,
          { title, description },
        ]),
      ),
    };
  });
  const byId = new Map(collections.map((collection) => [collection.id, collection]));
  const positions = new Map<string, number>();
  const articles = (content.articles ?? []).map((article): ArticleRecord => {
    const collection = byId.get(article.collectionId) ?? storedCollection(article.collectionId);
    if (collection === undefined) {
      throw invalid(`article ${article.id} is in collection ${article.collectionId}, which does not exist.`);
    }
    if (Object.keys(article.translations).length === 0)
      throw invalid(`article ${article.id} has no translation.`);
    const updatedAt = Date.parse(article.updatedAt);
    if (Number.isNaN(updatedAt)) throw invalid(`article ${article.id} has updatedAt "${article.updatedAt}".`);
    const position = positions.get(article.collectionId) ?? 0;
    positions.set(article.collectionId, position + 1);
    return {
      id: article.id,
      widgetKey: collection.widgetKey,
      collectionId: article.collectionId,
      position,
      updatedAt,
      pagePatterns: [...article.pagePatterns],
      translations: Object.fromEntries(
        Object.entries(article.translations).map(([locale, { title, body }]) => [
          locale,
          { title, body, plainText: markdownToPlainText(body) },
        ]),
      ),
    };
  });
  return { collections, articles };
}
