import type { Conversation, Participant, WidgetConfig } from '@parley/core';

/**
 * The other side of a conversation, as its row shows them: the person assigned, else whoever of the team
 * wrote last (a bot), else the widget's bot, else the brand itself.
 *
 * @example
 * ```ts
 * counterpart(conversation, config).name; // 'Maya from Lumen', 'Lumen Assistant' or 'Lumen'
 * ```
 * @internal
 */
export function counterpart(conversation: Conversation, config: WidgetConfig): Participant {
  const author = conversation.lastMessage?.author;
  if (conversation.assignee) return conversation.assignee;
  if (author && (author.kind === 'bot' || author.kind === 'agent')) return author;
  return config.bot
    ? { kind: 'bot', id: null, ...config.bot }
    : { kind: 'agent', id: null, name: config.brand.name, avatarUrl: null };
}
