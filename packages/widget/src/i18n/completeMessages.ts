import type { ShellMessages, ViewMessages, WidgetMessages } from './messages';

/**
 * Every text of the widget, once the views' English has loaded: `messages` (the language's texts and the
 * host's overrides) over `englishViewTexts`, group by group. Of each view text the widget shows, in order of
 * precedence: the host's, the language's, English.
 *
 * @param messages - the widget's texts so far (see {@link ShellMessages}); complete messages stay the same.
 * @param englishViewTexts - the English texts of the views beyond home, loaded with them (views/loadView.tsx).
 * @internal
 */
export function completeMessages(messages: ShellMessages, englishViewTexts: ViewMessages): WidgetMessages {
  return {
    ...messages,
    form: { ...englishViewTexts.form, ...messages.form },
    article: { ...englishViewTexts.article, ...messages.article },
    composer: { ...englishViewTexts.composer, ...messages.composer },
    conversation: { ...englishViewTexts.conversation, ...messages.conversation },
    rating: { ...englishViewTexts.rating, ...messages.rating },
    tickets: { ...englishViewTexts.tickets, ...messages.tickets },
    offline: { ...englishViewTexts.offline, ...messages.offline },
  };
}
