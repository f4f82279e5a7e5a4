import type { Message } from '@parley/core';
import { markdownToPlainText } from '../../content/markdownToPlainText';
import type { ShellMessages } from '../../i18n/messages';

/**
 * One line of plain text that stands for a message in the conversation list (and a notification's body):
 * its Markdown without marks, else what it carries (an article, a card, an attachment, a timeline event).
 * The visitor's own words read "You: …". The result is text, rendered as text.
 *
 * @example
 * ```ts
 * previewText(message, messages); // 'You: My **invoice** is wrong' → 'You: My invoice is wrong'
 * ```
 */
export function previewText(message: Message | null, messages: ShellMessages): string {
  if (!message) return '';
  const line = markdownToPlainText(message.text) || partText(message, messages);
  return message.author.kind === 'visitor' && line ? messages.conversations.fromYou(line) : line;
}

/** What a message without text shows: its first part worth a line, else its attachment. */
function partText({ parts, attachments }: Message, messages: ShellMessages): string {
  const { events } = messages;
  for (const part of parts) {
    if (part.type === 'article' || part.type === 'card') return part.title;
    if (part.type !== 'event') continue;
    switch (part.event) {
      case 'assigned':
        return part.assignee ? events.assigned(part.assignee.name) : '';
      case 'handoff_requested':
        return events.handoff;
      case 'resolved':
        return events.resolved;
      case 'reopened':
        return events.reopened;
      case 'rated':
        return part.score ? events.rated(part.score) : '';
    }
  }
  return attachments.length ? messages.conversations.attachment : '';
}
