import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ShellMessages } from '../i18n/messages';
import type { WidgetContextValue } from './WidgetContext';

/**
 * What the parts of the widget's first load work with (home, the search box, the view switcher, and the
 * pieces the views beyond home share with home): the widget's context, with the texts of the first load.
 * The views beyond home get every text through `useWidget()`.
 */
export type ShellContextValue = WidgetContextValue<ShellMessages>;

/** The context <Widget> provides around the open panel's views. @internal */
export const ShellContext = createContext<ShellContextValue | undefined>(undefined);

/**
 * The widget's context with the texts of the first load, anywhere inside the open panel.
 * @throws when used outside <Widget>, which is a programming error.
 */
export function useShell(): ShellContextValue {
  const value = useContext(ShellContext);
  if (!value) throw new Error('useShell() is used outside <Widget>.');
  return value;
}
