import type { Engine } from '../app/Engine';
import type { ConversationRecord, MessageRecord } from '../conversations/ConversationRecords';
import { newId } from '../security/newId';
import { randomToken } from '../security/randomToken';
import { sha256Hex } from '../security/sha256Hex';
import { negotiateLocale } from '../widgetConfig/negotiateLocale';
import type { Widget } from '../widgetConfig/Widget';
import type { OutboxRecord } from './OutboxRecord';

/** The query parameter of the conversation link that the widget redeems on load. @internal */
export const LINK_PARAMETER = 'parley_link';

const emailTexts = {
  en: {
    subject: (brand: string) => `New reply from ${brand}`,
    intro: (author: string, brand: string) => `${author} replied to your conversation with ${brand}:`,
    link: (link: string, expires: string) =>
      `Continue the conversation: ${link}\nThe link works once, until ${expires}.`,
  },
  'zh-Hans': {
    subject: (brand: string) => `${brand} 有新回复`,
    intro: (author: string, brand: string) => `${author} 在你与 ${brand} 的对话中回复了：`,
    link: (link: string, expires: string) => `继续对话：${link}\n链接只能使用一次，有效期至 ${expires}。`,
  },
  'zh-Hant': {
    subject: (brand: string) => `${brand} 有新回覆`,
    intro: (author: string, brand: string) => `${author} 在你與 ${brand} 的對話中回覆了：`,
    link: (link: string, expires: string) => `繼續對話：${link}\n連結只能使用一次，有效期至 ${expires}。`,
  },
} as const;

type EmailLocale = keyof typeof emailTexts;

/** What {@link recordReplyEmail} needs. @internal */
export interface ReplyEmail {
  widget: Widget | undefined;
  conversation: ConversationRecord;
  /** The team's reply. */
  message: MessageRecord;
  /** Origin of the request, for the link when `settings.publicUrl` is unset. */
  origin: string;
}

/**
 * Records the email a visitor gets when the team replies while they are away (no open event stream or
 * long-poll) and they have given an email address: "New reply from <brand>", the reply, and a link to
 * `<publicUrl or request origin>/?parley_link=<token>` that reopens the conversation once, until
 * `settings.linkTtlMs` has passed. The token is random and stored only as its hash.
 * @returns the recorded email, or `undefined` when none was needed.
 * @internal
 */
export async function recordReplyEmail(
  engine: Engine,
  { widget, conversation, message, origin }: ReplyEmail,
): Promise<OutboxRecord | undefined> {
  if (engine.presence.isContactOnline(conversation.contactId)) return undefined;
  const contact = await engine.store.sessions.getContact(conversation.contactId);
  if (contact?.email == null || contact.email === '') return undefined;

  const now = engine.now();
  const token = randomToken();
  const url = new URL(engine.settings.publicUrl ?? origin);
  url.searchParams.set(LINK_PARAMETER, token);
  const link = url.toString();
  const expiresAt = now + engine.settings.linkTtlMs;
  const brand = widget?.brand.name ?? 'Parley';
  const locale = negotiateLocale(
    conversation.context.locale ?? widget?.defaultLocale,
    Object.keys(emailTexts),
    'en',
  ) as EmailLocale;
  const texts = emailTexts[locale];
  const email: OutboxRecord = {
    id: newId('eml'),
    widgetKey: conversation.widgetKey,
    contactId: contact.id,
    conversationId: conversation.id,
    to: contact.email,
    subject: texts.subject(brand),
    text: [
      texts.intro(message.author.name, brand),
      '',
      message.text,
      '',
      texts.link(link, new Date(expiresAt).toISOString()),
    ].join('\n'),
    link,
    linkTokenHash: await sha256Hex(token),
    linkExpiresAt: expiresAt,
    createdAt: now,
    usedAt: null,
  };
  await engine.store.outbox.addEmail(email);
  return email;
}
