import type { OutboxEmail } from '@parley/contract';
import type { OutboxRecord } from './OutboxRecord';

/** A stored outbox email as the agent API shows it. @internal */
export function outboxEmailBody(email: OutboxRecord): OutboxEmail {
  return {
    id: email.id,
    widgetKey: email.widgetKey,
    to: email.to,
    subject: email.subject,
    text: email.text,
    link: email.link,
    linkExpiresAt: new Date(email.linkExpiresAt).toISOString(),
    conversationId: email.conversationId,
    createdAt: new Date(email.createdAt).toISOString(),
    usedAt: email.usedAt === null ? null : new Date(email.usedAt).toISOString(),
  };
}
