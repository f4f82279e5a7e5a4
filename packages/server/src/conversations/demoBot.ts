import type { ArticlePart, MessagePart, Participant, QuickRepliesPart } from '@parley/contract';
import type { Engine } from '../app/Engine';
import { searchMessageText } from '../knowledgeBase/searchMessageText';
import { computeAvailability } from '../widgetConfig/computeAvailability';
import { negotiateLocale } from '../widgetConfig/negotiateLocale';
import type { Widget, WidgetBot } from '../widgetConfig/Widget';
import { addConversationMessage } from './addConversationMessage';
import { type BotTexts, botLocales, botTexts } from './botTexts';
import type { ConversationRecord, MessageRecord } from './ConversationRecords';
import { systemParticipant } from './participants';

/** Ids of the bot's quick replies. @internal */
export const botQuickReplyIds = { helped: 'qr_helped', handoff: 'qr_handoff' } as const;

/** What the visitor just did, as the bot sees it. @internal */
export interface BotTurn {
  widget: Widget;
  /** The conversation after the visitor's message was added. */
  conversation: ConversationRecord;
  message: MessageRecord;
  /** Whether this is the visitor's first message in the conversation. */
  isFirstMessage: boolean;
  /** The quick reply the visitor tapped, when it is one the conversation offered. */
  quickReply: QuickRepliesPart['replies'][number] | undefined;
}

type SearchHit = { articleId: string; title: string; snippet: string | null };

// Short messages only: "I want to talk to a person" asks for a hand-off, a long story that mentions an
// agent does not.
const HANDOFF_WORDS = /\b(human|agent|person|operator|representative|someone real)\b|人工|真人/i;
const HANDOFF_MAX_LENGTH = 80;

/** Whether a visitor's text asks for a person. @internal */
export function asksForPerson(text: string): boolean {
  return text.length <= HANDOFF_MAX_LENGTH && HANDOFF_WORDS.test(text);
}

function participant(bot: WidgetBot): Participant {
  return { kind: 'bot', id: null, name: bot.name, avatarUrl: bot.avatarUrl };
}

function localeOf(widget: Widget, conversation: ConversationRecord): { content: string; bot: string } {
  const content = negotiateLocale(
    conversation.context.locale,
    widget.translations.map((translation) => translation.locale),
    widget.defaultLocale,
  );
  return { content, bot: negotiateLocale(content, botLocales, botLocales[0]) };
}

/** Up to three articles for the visitor's message (see {@link searchMessageText}). */
async function searchArticles(
  engine: Engine,
  query: { widgetKey: string; locale: string; text: string },
): Promise<SearchHit[]> {
  const search = async (text: string) =>
    (
      await engine.store.articles.search({
        widgetKey: query.widgetKey,
        locale: query.locale,
        query: text,
        limit: 3,
      })
    ).hits;
  try {
    return await searchMessageText(query.text, search, { limit: 3, idOf: (hit) => hit.articleId });
  } catch (error) {
    // The bot still answers (without articles) when search fails.
    engine.log.error('[parley] demo bot: article search failed', error);
    return [];
  }
}

function quickReplies(texts: BotTexts, withHelped: boolean): QuickRepliesPart {
  const handoff = {
    id: botQuickReplyIds.handoff,
    label: texts.talkToPerson,
    action: { type: 'handoff' as const },
  };
  const helped = {
    id: botQuickReplyIds.helped,
    label: texts.helped,
    action: { type: 'reply' as const, text: texts.helped },
  };
  return { type: 'quick_replies', replies: withHelped ? [helped, handoff] : [handoff] };
}

/** When a person will reply: within the expected reply time while open, else when the team is back. */
function handoffText(engine: Engine, widget: Widget, texts: BotTexts): string {
  if (widget.businessHours === undefined) return texts.handoff(undefined);
  const availability = computeAvailability(widget.businessHours, engine.now());
  if (availability.isOpen) return texts.handoff(texts.duration(availability.expectedReplyMinutes));
  if (availability.nextOpensAt === null) return texts.handoff(undefined);
  return texts.handoffClosed(
    new Intl.DateTimeFormat(texts.locale, {
      timeZone: availability.timeZone,
      weekday: 'long',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(Date.parse(availability.nextOpensAt)),
  );
}

/**
 * Hands the conversation to the team: a `handoff_requested` event, no assignee (waiting for a person),
 * and a bot message saying when a person will reply.
 */
async function handOff(
  engine: Engine,
  widget: Widget,
  conversation: ConversationRecord,
  bot: Participant,
  texts: BotTexts,
): Promise<ConversationRecord> {
  await addConversationMessage(engine, conversation, {
    author: systemParticipant,
    text: '',
    parts: [{ type: 'event', event: 'handoff_requested' }],
  });
  await addConversationMessage(engine, conversation, {
    author: bot,
    text: handoffText(engine, widget, texts),
  });
  const updated = await engine.store.conversations.updateConversation(
    conversation.id,
    { assignee: null, updatedAt: engine.now() },
    true,
  );
  return updated ?? conversation;
}

/**
 * The built-in demo bot, for widgets that have a bot while `settings.demoBot` is on. It answers in the
 * same request as the visitor's message:
 *
 * - a first message, while no person is assigned: up to three matching knowledge-base articles, a short
 *   text (another when nothing matched) and quick replies "That helped" (only with articles) and "Talk to
 *   a person"; the bot becomes the assignee;
 * - a hand-off request while the bot handles the conversation (the hand-off quick reply, or a short
 *   message asking for a human, agent, person, 人工...): a `handoff_requested` event, no assignee, and a
 *   message saying when a person will reply (the expected reply time while the team is open, the time
 *   it opens again otherwise);
 * - "That helped": a short thanks.
 *
 * It speaks English, Simplified or Traditional Chinese after the conversation's locale, else the widget's.
 * @returns the conversation as it is afterwards.
 * @internal
 */
export async function runDemoBot(engine: Engine, turn: BotTurn): Promise<ConversationRecord> {
  const { widget, conversation, message, isFirstMessage, quickReply } = turn;
  if (!engine.settings.demoBot || widget.bot == null) return conversation;
  const bot = participant(widget.bot);
  const locale = localeOf(widget, conversation);
  const texts = botTexts(locale.bot);
  const botHandles = conversation.assignee?.kind === 'bot';
  const unassigned = conversation.assignee === null;

  const wantsPerson =
    quickReply?.action.type === 'handoff' || (quickReply === undefined && asksForPerson(message.text));
  if (wantsPerson && (botHandles || (isFirstMessage && unassigned))) {
    return handOff(engine, widget, conversation, bot, texts);
  }
  if (isFirstMessage && unassigned) {
    const hits = await searchArticles(engine, {
      widgetKey: widget.key,
      locale: locale.content,
      text: message.text,
    });
    const parts: MessagePart[] = hits.map(
      (hit): ArticlePart => ({
        type: 'article',
        articleId: hit.articleId,
        title: hit.title,
        snippet: hit.snippet,
      }),
    );
    parts.push(quickReplies(texts, hits.length > 0));
    await addConversationMessage(engine, conversation, {
      author: bot,
      text: hits.length > 0 ? texts.found : texts.notFound,
      parts,
    });
    const updated = await engine.store.conversations.updateConversation(
      conversation.id,
      { assignee: bot, updatedAt: engine.now() },
      true,
    );
    return updated ?? conversation;
  }
  if (botHandles && quickReply?.id === botQuickReplyIds.helped) {
    await addConversationMessage(engine, conversation, { author: bot, text: texts.glad });
  }
  return conversation;
}
