import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { useShell } from '../components/ShellContext';
import { WidgetContext } from '../components/WidgetContext';
import { completeMessages } from '../i18n/completeMessages';
import type { ViewMessages } from '../i18n/messages';

/** Props of {@link ViewTextsProvider}. @internal */
export interface ViewTextsProviderProps {
  /** The English texts of the views, loaded with them. */
  englishViewTexts: ViewMessages;
  /** A view beyond home. */
  children: ComponentChildren;
}

/**
 * Gives a view beyond home its context (`useWidget()`): the widget's, with every text, the views' English
 * beneath the language's texts and the host's overrides. loadView.tsx wraps every view it loads in it.
 * @internal
 */
export function ViewTextsProvider({ englishViewTexts, children }: ViewTextsProviderProps) {
  const shell = useShell();
  const messages = useMemo(
    () => completeMessages(shell.messages, englishViewTexts),
    [shell.messages, englishViewTexts],
  );
  return <WidgetContext.Provider value={{ ...shell, messages }}>{children}</WidgetContext.Provider>;
}
