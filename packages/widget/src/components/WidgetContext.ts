import type { ParleyClient, WidgetConfig } from '@parley/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { WidgetEmit } from '../commands/WidgetEvents';
import type { ShellMessages, WidgetMessages } from '../i18n/messages';
import type { DraftStore } from '../navigation/createDraftStore';
import type { Navigation } from '../navigation/createNavigation';

/**
 * What every view of an open, configured widget works with.
 * @typeParam Messages - the texts: every text in the views beyond home, the first load's elsewhere (see
 *   ShellContext.ts).
 */
export interface WidgetContextValue<Messages extends ShellMessages = WidgetMessages> {
  client: ParleyClient;
  /** The widget's configuration, loaded before any view shows. */
  config: WidgetConfig;
  /** The texts in the visitor's language. */
  messages: Messages;
  /** The visitor's language (BCP 47), for `Intl` formatting. */
  locale: string;
  navigation: Navigation;
  /** Prefix for element ids, unique per widget instance (several widgets may share a page). */
  idPrefix: string;
  /** Whether the host turned desktop notifications on, so that a conversation offers them to the visitor. */
  offerDesktopNotifications?: boolean;
  /** Tells the host's listeners what the visitor did (`article`, `conversation:start`, `rating`). */
  emit?: WidgetEmit | undefined;
  /** The composers' unsent texts, which survive views and reloads. */
  drafts?: DraftStore | undefined;
  /** The host page's address, which follows a single-page app's route changes. */
  pageUrl?: string | undefined;
}

/**
 * The context of the views beyond home, with every text: loadView.tsx renders each of them inside it (see
 * ViewTextsProvider), once its code and the views' English texts have loaded.
 * @internal
 */
export const WidgetContext = createContext<WidgetContextValue | undefined>(undefined);

/**
 * The widget's context, inside a view beyond home. (Home and the parts of the first load use `useShell()`.)
 * @throws when used outside such a view, which is a programming error.
 */
export function useWidget(): WidgetContextValue {
  const value = useContext(WidgetContext);
  if (!value) throw new Error('useWidget() is used outside a view that loadView() loaded.');
  return value;
}
