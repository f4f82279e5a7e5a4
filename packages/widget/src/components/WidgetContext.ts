import type { ParleyClient, WidgetConfig } from '@parley/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { WidgetMessages } from '../i18n/messages';
import type { Navigation } from '../navigation/createNavigation';

/** What every view of an open, configured widget works with. */
export interface WidgetContextValue {
  client: ParleyClient;
  /** The widget's configuration, loaded before any view shows. */
  config: WidgetConfig;
  /** The texts in the visitor's language. */
  messages: WidgetMessages;
  /** The visitor's language (BCP 47), for `Intl` formatting. */
  locale: string;
  navigation: Navigation;
  /** Prefix for element ids, unique per widget instance (several widgets may share a page). */
  idPrefix: string;
  /** Whether the host turned desktop notifications on, so that a conversation offers them to the visitor. */
  offerDesktopNotifications?: boolean;
}

/** @internal */
export const WidgetContext = createContext<WidgetContextValue | undefined>(undefined);

/**
 * The widget's context, inside a view.
 * @throws when used outside the widget, which is a programming error.
 */
export function useWidget(): WidgetContextValue {
  const value = useContext(WidgetContext);
  if (!value) throw new Error('useWidget() is used outside <Widget>.');
  return value;
}
