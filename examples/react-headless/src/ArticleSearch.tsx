import { useArticleSearch } from '@parley/react';
import { useId, useState } from 'react';
import { Highlighted } from './Highlighted';

/** What the live region says about the search: read out once typing pauses and the answer is in. */
function summary(status: string, total: number): string {
  if (status === 'loading') return 'Searching…';
  if (status === 'error') return 'The search failed. Try again in a moment.';
  if (status !== 'ready') return '';
  return total === 0 ? 'No articles match.' : `${total} ${total === 1 ? 'article' : 'articles'} found.`;
}

/** Search-as-you-type over the help centre, with the matches highlighted. */
export function ArticleSearch() {
  const id = useId();
  const [query, setQuery] = useState('');
  const { status, results, total, hasMore, loadingMore, loadMore } = useArticleSearch(query, { limit: 5 });
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Help centre</h2>
      <search>
        <label htmlFor={`${id}-query`}>Search the help centre</label>
        <input
          id={`${id}-query`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="export, sync, billing…"
          autoComplete="off"
        />
      </search>
      <p role="status" className="muted">
        {summary(status, total)}
      </p>
      {results.length > 0 && (
        <ul className="results" aria-label="Articles">
          {results.map((hit) => (
            <li key={hit.article.id}>
              <h3>
                <Highlighted text={hit.article.title} highlights={hit.titleHighlights} />
              </h3>
              <p>
                <Highlighted text={hit.snippet.text} highlights={hit.snippet.highlights} />
              </p>
            </li>
          ))}
        </ul>
      )}
      {hasMore && (
        <button type="button" className="secondary" onClick={loadMore} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'More articles'}
        </button>
      )}
    </section>
  );
}
