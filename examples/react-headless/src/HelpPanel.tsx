import { ArticleSearch } from './ArticleSearch';
import { Chat } from './Chat';

/** The whole help panel: the help centre's search, then a conversation with the team. No widget. */
export function HelpPanel() {
  return (
    <main className="panel">
      <header className="panel-header">
        <h1>Lumen help</h1>
        <p>Search the help centre, or ask the team.</p>
      </header>
      <ArticleSearch />
      <Chat />
    </main>
  );
}
