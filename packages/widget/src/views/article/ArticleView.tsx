import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWidget } from '../../components/WidgetContext';
import { ArticleBody } from '../../content/ArticleBody';
import { createFormatter } from '../../i18n/createFormatter';
import { errorMessage } from '../../i18n/messages';
import { focusIfLost } from '../home/focusIfLost';
import { useRequest } from '../home/useRequest';
import { ArticleFeedback } from './ArticleFeedback';

/** Props of {@link ArticleView}. @internal */
export interface ArticleViewProps {
  articleId: string;
}

/**
 * One help-centre article: its title, when it last changed, its body rendered safely (links open in a new
 * tab; relative ones resolve against the backend), and "did this help?". Loading, failure with a retry,
 * and an article that no longer exists each have their own state. Back is the panel header's.
 * @internal
 */
export function ArticleView({ articleId }: ArticleViewProps) {
  const { client, messages, locale, emit } = useWidget();
  const {
    status,
    data: article,
    code,
    retry,
  } = useRequest(articleId, (signal) => client.articles.get(articleId, { signal }));
  const format = useMemo(() => createFormatter(locale, messages), [locale, messages]);
  const title = useRef<HTMLHeadingElement>(null);
  // The result the visitor chose is gone with the list: start reading from the title.
  useLayoutEffect(() => {
    if (title.current) focusIfLost(title.current);
  }, [article]);
  // Once per article shown (the view is keyed by the article): a retry or revalidation is the same one.
  const announced = useRef(false);
  useEffect(() => {
    if (!article || announced.current) return;
    announced.current = true;
    emit?.('article', { articleId, title: article.title });
  }, [article]);

  if (status === 'error' && code === 'not_found') {
    return (
      <div class="parley-error" role="alert">
        <p>{messages.article.unavailable}</p>
      </div>
    );
  }
  if (status === 'error' && code) {
    return <ErrorNotice message={errorMessage(messages, code)} retryLabel={messages.retry} onRetry={retry} />;
  }
  if (!article) {
    return (
      <p class="parley-status" role="status">
        {messages.loading}
      </p>
    );
  }
  return (
    // The article may be in the help centre's default language rather than the widget's: say so to readers.
    <article class="parley-article">
      <h3 ref={title} tabIndex={-1} lang={article.locale}>
        {article.title}
      </h3>
      <p class="parley-article-updated">{messages.dates.updated(format.date(article.updatedAt))}</p>
      <div lang={article.locale}>
        <ArticleBody article={article} base={client.options.baseUrl} newTabLabel={messages.article.newTab} />
      </div>
      <ArticleFeedback key={article.id} articleId={article.id} />
    </article>
  );
}
