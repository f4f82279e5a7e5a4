import type { KeyValueStorage, Trigger } from '@parley/core';
import type { ShellMessages } from '../i18n/messages';
import { useNudge } from '../proactive/useNudge';
import { Nudge } from './Nudge';

/** Props of {@link ProactiveNudge}. */
export interface ProactiveNudgeProps {
  /** The config's triggers. */
  triggers: readonly Trigger[];
  /** Where dismissals are remembered: the client's storage, which obeys the visitor's consent. */
  storage: KeyValueStorage;
  /** Whether the panel is open: no nudge then, nor on this page afterwards. */
  open: boolean;
  /** The brand's name, for the card's accessible name. */
  brand: string;
  messages: ShellMessages;
  /** Whether to offer the trigger's articles (the knowledge base may be off). */
  showArticles: boolean;
  /** Opens the panel, on the article when one was chosen. */
  onOpen: (articleId?: string) => void;
  /** After a dismissal, where focus goes (the launcher), since the card it was in is gone. */
  onDismissed?: () => void;
  /** The host page's address: when a single-page app moves to another path, the nudge hides and the triggers start over. */
  page?: string;
}

/**
 * The nudge the config's triggers call for, if any (see `useNudge`), and a polite live region that reads its
 * message when it appears. The region is always there: screen readers announce changes of a region they
 * know, not a region that appears with its text.
 */
export function ProactiveNudge({
  triggers,
  storage,
  open,
  brand,
  messages,
  showArticles,
  onOpen,
  onDismissed,
  page,
}: ProactiveNudgeProps) {
  const { trigger, dismiss } = useNudge(triggers, storage, open, page);
  const label = messages.nudge.label(brand);
  return (
    <>
      <div class="parley-visually-hidden" role="status">
        {trigger && (
          <>
            <span>{label}</span> <span>{trigger.message}</span>
          </>
        )}
      </div>
      {trigger && (
        <Nudge
          label={label}
          message={trigger.message}
          articles={showArticles ? trigger.articles : []}
          dismissLabel={messages.nudge.dismiss}
          onOpen={onOpen}
          onDismiss={() => {
            dismiss();
            onDismissed?.();
          }}
        />
      )}
    </>
  );
}
