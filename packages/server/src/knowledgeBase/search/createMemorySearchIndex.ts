import type { ArticleSearchIndex, SearchDocument, SearchHit, SearchQuery } from './ArticleSearchIndex';
import { parseSearchQuery } from './parseSearchQuery';
import { tokenizeForSearch } from './tokenizeForSearch';

interface Entry {
  readonly widgetKey: string;
  readonly articleId: string;
  readonly locale: string;
  readonly collectionId: string;
  /** How often each term occurs in the title. */
  readonly title: ReadonlyMap<string, number>;
  /** How often each term occurs in the body. */
  readonly body: ReadonlyMap<string, number>;
  /** Terms in title and body together (BM25's document length). */
  readonly length: number;
}

// BM25 exactly as SQLite FTS5's bm25() computes it, so both indexes rank alike.
const K1 = 1.2;
const B = 0.75;
const TITLE_WEIGHT = 3;
const BODY_WEIGHT = 1;
const EMPTY: ReadonlySet<Entry> = new Set();

function countTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of tokenizeForSearch(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** Weighted occurrences of a phrase (`terms`: the term, or every term a prefix stands for) in a document. */
function frequencyIn(entry: Entry, prefix: string, terms: readonly string[]): number {
  let frequency = 0;
  if (terms.length > entry.title.size + entry.body.size) {
    // A short prefix can stand for thousands of terms: walk the document's own terms instead.
    for (const [term, count] of entry.title) if (term.startsWith(prefix)) frequency += TITLE_WEIGHT * count;
    for (const [term, count] of entry.body) if (term.startsWith(prefix)) frequency += BODY_WEIGHT * count;
  } else {
    for (const term of terms) {
      frequency += TITLE_WEIGHT * (entry.title.get(term) ?? 0) + BODY_WEIGHT * (entry.body.get(term) ?? 0);
    }
  }
  return frequency;
}

function keyOf(articleId: string, locale: string): string {
  return `${articleId.length}:${articleId}${locale}`;
}

/** Orders strings by code point, as SQLite's BINARY collation orders UTF-8. */
function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) {
      // Surrogates (supplementary planes) sort after U+E000–U+FFFF in code point order.
      const fx = x >= 0xd800 && x <= 0xdfff ? x + 0x2000 : x >= 0xe000 ? x - 0x800 : x;
      const fy = y >= 0xd800 && y <= 0xdfff ? y + 0x2000 : y >= 0xe000 ? y - 0x800 : y;
      return fx - fy;
    }
  }
  return a.length - b.length;
}

function toCount(value: number): number {
  return Number.isNaN(value) ? 0 : Math.min(Math.max(0, Math.floor(value)), Number.MAX_SAFE_INTEGER);
}

/**
 * An {@link ArticleSearchIndex} in plain memory: an inverted index with BM25 ranking computed the way
 * SQLite FTS5's `bm25(article_search, 3.0, 1.0)` does. It imports nothing from Node, so it runs in browsers
 * (MSW, Storybook) as well as in the memory store.
 *
 * @returns An empty index.
 * @example
 * ```ts
 * const index = createMemorySearchIndex();
 * index.upsert({ widgetKey: 'wk', articleId: 'a1', locale: 'en', collectionId: 'c1', title: 'Reset your password', body: '…' });
 * index.search({ widgetKey: 'wk', locale: 'en', query: 'pass', limit: 10, offset: 0 }); // a1
 * ```
 * @internal
 */
export function createMemorySearchIndex(): ArticleSearchIndex {
  const entries = new Map<string, Entry>();
  const postings = new Map<string, Set<Entry>>();
  let totalLength = 0;
  /** All indexed terms in order, for prefix lookups; rebuilt after the vocabulary changes. */
  let sortedTerms: string[] | undefined;

  const removeEntry = (key: string): void => {
    const entry = entries.get(key);
    if (entry === undefined) return;
    entries.delete(key);
    totalLength -= entry.length;
    for (const term of new Set([...entry.title.keys(), ...entry.body.keys()])) {
      const set = postings.get(term);
      set?.delete(entry);
      if (set?.size === 0) {
        postings.delete(term);
        sortedTerms = undefined;
      }
    }
  };

  const termsStartingWith = (prefix: string): string[] => {
    sortedTerms ??= [...postings.keys()].sort();
    let low = 0;
    let high = sortedTerms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sortedTerms[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let index = low; index < sortedTerms.length && sortedTerms[index]!.startsWith(prefix); index++) {
      found.push(sortedTerms[index]!);
    }
    return found;
  };

  return {
    upsert(document: SearchDocument): void {
      const key = keyOf(document.articleId, document.locale);
      removeEntry(key);
      const title = countTerms(document.title);
      const body = countTerms(document.body);
      let length = 0;
      for (const count of title.values()) length += count;
      for (const count of body.values()) length += count;
      const entry: Entry = {
        widgetKey: document.widgetKey,
        articleId: document.articleId,
        locale: document.locale,
        collectionId: document.collectionId,
        title,
        body,
        length,
      };
      entries.set(key, entry);
      totalLength += length;
      for (const term of new Set([...title.keys(), ...body.keys()])) {
        let set = postings.get(term);
        if (set === undefined) {
          set = new Set();
          postings.set(term, set);
          sortedTerms = undefined;
        }
        set.add(entry);
      }
    },

    remove(articleId: string, locale: string): void {
      removeEntry(keyOf(articleId, locale));
    },

    search(query: SearchQuery): { hits: SearchHit[]; total: number } {
      const phrases = parseSearchQuery(query.query);
      if (phrases.length === 0 || entries.size === 0) return { hits: [], total: 0 };

      // Each phrase: the terms it stands for and every document (of any widget) that has one of them.
      const resolved = phrases.map((phrase) => {
        const terms = phrase.prefix ? termsStartingWith(phrase.term) : [phrase.term];
        if (terms.length <= 1) return { phrase, terms, documents: postings.get(terms[0] ?? '') ?? EMPTY };
        const documents = new Set<Entry>();
        for (const term of terms) for (const entry of postings.get(term)!) documents.add(entry);
        return { phrase, terms, documents };
      });

      const bySize = [...resolved].sort((a, b) => a.documents.size - b.documents.size);
      const [smallest, ...others] = bySize;
      const matches: Entry[] = [];
      for (const entry of smallest!.documents) {
        if (entry.widgetKey !== query.widgetKey || entry.locale !== query.locale) continue;
        if (query.collectionId !== undefined && entry.collectionId !== query.collectionId) continue;
        if (others.every(({ documents }) => documents.has(entry))) matches.push(entry);
      }
      if (matches.length === 0) return { hits: [], total: 0 };

      const documentCount = entries.size;
      const averageLength = totalLength / documentCount;
      const idf = resolved.map(({ documents }) => {
        const value = Math.log((documentCount - documents.size + 0.5) / (documents.size + 0.5));
        return value <= 0 ? 1e-6 : value;
      });
      const scored = matches.map((entry) => {
        let score = 0;
        resolved.forEach(({ phrase, terms }, index) => {
          const frequency = frequencyIn(entry, phrase.term, terms);
          score +=
            idf[index]! *
            ((frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * entry.length) / averageLength)));
        });
        return { articleId: entry.articleId, locale: entry.locale, score };
      });
      scored.sort((a, b) => b.score - a.score || compareCodePoints(a.articleId, b.articleId));

      const offset = toCount(query.offset);
      return { hits: scored.slice(offset, offset + toCount(query.limit)), total: scored.length };
    },
  };
}
