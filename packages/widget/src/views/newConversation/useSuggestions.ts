import type { ArticleSummary } from '@parley/core';
import { useEffect, useState } from 'preact/hooks';
import { useWidget } from '../../components/WidgetContext';

/** How long the visitor pauses before articles are looked up for what they typed. */
const PAUSE_MS = 300;

/**
 * Articles that may answer the message being typed (the deflection step), looked up once the visitor
 * pauses; a newer draft cancels the lookup of an older one. None without a knowledge base, for a draft
 * shorter than two characters, or when the lookup fails (suggestions are a help, never an error).
 * @internal
 */
export function useSuggestions(draft: string): readonly ArticleSummary[] {
  const { client, config } = useWidget();
  const [articles, setArticles] = useState<readonly ArticleSummary[]>([]);
  const query = draft.trim();
  useEffect(() => {
    if (!config.capabilities.knowledgeBase || query.length < 2) {
      setArticles([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      client.articles.suggest({ query }, { signal: controller.signal }).then(setArticles, () => {});
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [client, config, query]);
  return articles;
}
