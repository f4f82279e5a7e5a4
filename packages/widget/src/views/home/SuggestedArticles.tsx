import { useShell } from '../../components/ShellContext';
import { ArticleItem } from './ArticleItem';
import { useRequest } from './useRequest';

/**
 * Articles the help centre suggests for the page the visitor is on (only its origin and path are sent).
 * Renders nothing while they load, when there are none, or when the backend fails: home stays usable.
 * @internal
 */
export function SuggestedArticles() {
  const { client, messages, idPrefix, pageUrl = location.href } = useShell();
  // Asked again when a single-page app moves to another page (the backend matches on the path alone).
  const { data } = useRequest(pageUrl.replace(/[?#].*/s, ''), (signal) =>
    client.articles.suggest({ pageUrl }, { signal }),
  );
  if (!data?.length) return null;
  const headingId = `${idPrefix}-suggested`;
  return (
    <section class="parley-kb-section" aria-labelledby={headingId}>
      <h4 id={headingId}>{messages.home.suggestedArticles}</h4>
      <ul class="parley-kb-list">
        {data.map((article) => (
          <ArticleItem key={article.id} articleId={article.id} title={article.title} />
        ))}
      </ul>
    </section>
  );
}
