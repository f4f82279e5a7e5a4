import type { ArticleLink } from '@parley/core';
import { CloseIcon } from './icons';

/** Props of {@link Nudge}. */
export interface NudgeProps {
  /** Accessible name of the card, such as `messages.nudge.label(brand)` ('Message from Lumen'). */
  label: string;
  /** The trigger's message (the backend's text, shown as text). */
  message: string;
  /** Articles offered with it; none when the knowledge base is off. */
  articles: readonly ArticleLink[];
  /** Accessible name of the dismiss button. */
  dismissLabel: string;
  /** Opens the panel, on the article when one was chosen. */
  onOpen: (articleId?: string) => void;
  /** The visitor closed the nudge (the button, or Escape inside the card). */
  onDismiss: () => void;
}

/**
 * The proactive nudge by the launcher: a small card with the trigger's message and its articles. The
 * message and each article are buttons that open the panel; the dismiss button is labelled. It never takes
 * focus on its own (see `ProactiveNudge` for its announcement).
 */
export function Nudge({ label, message, articles, dismissLabel, onOpen, onDismiss }: NudgeProps) {
  return (
    <aside
      class="parley-nudge"
      part="nudge"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onDismiss();
      }}
    >
      <button type="button" class="parley-nudge-message" dir="auto" onClick={() => onOpen()}>
        {message}
      </button>
      {articles.length > 0 && (
        <ul>
          {articles.map((article) => (
            <li key={article.id}>
              <button type="button" dir="auto" onClick={() => onOpen(article.id)}>
                {article.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="parley-nudge-dismiss" aria-label={dismissLabel} onClick={onDismiss}>
        <CloseIcon />
      </button>
    </aside>
  );
}
