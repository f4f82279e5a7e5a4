import { ErrorNotice } from '../../components/ErrorNotice';
import { useWidget } from '../../components/WidgetContext';
import { HighlightedText } from '../../content/HighlightedText';
import { ArticleItem } from '../home/ArticleItem';
import { ContactAction } from '../home/ContactAction';
import { useRequest } from '../home/useRequest';
import { SearchBox } from './SearchBox';

/** How long typing must pause before the search goes out. */
const SEARCH_DELAY_MS = 250;

/** Props of {@link SearchView}. @internal */
export interface SearchViewProps {
  /** What the visitor typed; empty shows the search box alone. */
  query: string;
}

/**
 * Help-centre search as you type: results after a short pause (a newer query cancels the search on its
 * way), their matches highlighted, the count, searching and empty states announced politely, an error with
 * a retry, and the way out of self-service ("Still need help?").
 * @internal
 */
export function SearchView({ query }: SearchViewProps) {
  const { client, messages, idPrefix } = useWidget();
  const { search } = messages;
  const q = query.trim();
  const { status, data, retry } = useRequest(
    q,
    // The widget shows one page: the count announced is the count shown.
    q
      ? (signal) => client.articles.search(q, { signal, limit: 20 }).then(({ data }) => ({ data, q }))
      : undefined,
    SEARCH_DELAY_MS,
  );
  const hits = status === 'error' ? [] : (data?.data ?? []);
  return (
    // Not aria-busy: it would hold back the "Searching…" announcement of the status inside.
    <div class="parley-search" data-loading={status === 'loading' || undefined}>
      <SearchBox query={query} takeFocus />
      <p class="parley-status" role="status">
        {status === 'loading'
          ? search.searching
          : status === 'ready' &&
            data &&
            (data.data.length ? search.results(data.data.length) : search.empty(data.q))}
      </p>
      {status === 'ready' && !data?.data.length && <p class="parley-status">{search.emptyHint}</p>}
      {status === 'error' && (
        <ErrorNotice message={search.error} retryLabel={messages.retry} onRetry={retry} />
      )}
      {hits.length > 0 && (
        <ul class="parley-kb-list">
          {hits.map((hit, index) => (
            <ArticleItem
              key={hit.article.id}
              id={`${idPrefix}-hit${index}`}
              articleId={hit.article.id}
              title={<HighlightedText text={hit.article.title} highlights={hit.titleHighlights} />}
              text={<HighlightedText text={hit.snippet.text} highlights={hit.snippet.highlights} />}
            />
          ))}
        </ul>
      )}
      {status !== 'idle' && (
        <ContactAction label={search.messageUs}>
          <p>{search.stillNeedHelp}</p>
        </ContactAction>
      )}
    </div>
  );
}
