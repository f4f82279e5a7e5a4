// src/App.tsx
import { ParleyProvider, ParleyWidget, useArticleSearch, useUnreadCount } from '@parley/react';
import { useState } from 'react';

const parley = {
  baseUrl: import.meta.env.VITE_PARLEY_BASE_URL ?? 'http://localhost:8787',
  widgetKey: 'wk_demo',
};

function HelpSearch() {
  const [query, setQuery] = useState('');
  const { status, results, hasMore, loadMore } = useArticleSearch(query, { limit: 5 });
  return (
    <section>
      <input
        type="search"
        aria-label="Search help"
        placeholder="Search help"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {status === 'loading' && <p>Searching…</p>}
      <ul>
        {results.map((hit) => (
          <li key={hit.article.id}>{hit.article.title}</li>
        ))}
      </ul>
      {hasMore && (
        <button type="button" onClick={loadMore}>
          More
        </button>
      )}
    </section>
  );
}

function UnreadBadge() {
  const unread = useUnreadCount();
  // A live region: screen readers announce the count when it changes.
  return <p role="status">{unread > 0 && `${unread} unread`}</p>;
}

// A named export (src/main.tsx: `import { App } from './App'`).
export function App() {
  return (
    <ParleyProvider options={parley}>
      <HelpSearch />
      <UnreadBadge />
      {/* The widget shares the provider's client: one session, one realtime connection. */}
      <ParleyWidget />
    </ParleyProvider>
  );
}
