import * as v from 'valibot';
import {
  attributes,
  bounded,
  count,
  id,
  knownOnly,
  name,
  page,
  safeUrl,
  score,
  text,
  timestamp,
  title,
} from './primitives';

/** `Attachment` (`POST /v1/attachments`, and inside messages and comments). @internal */
export const attachmentSchema = v.object({
  id,
  name: bounded(255),
  contentType: name,
  size: count,
  // Relative to the base URL (or absolute http(s)); never protocol-relative (`//host`) or another scheme.
  url: v.pipe(bounded(2048), v.regex(/^(?:https?:\/\/|\/(?!\/))/i, 'must be a path or an http(s) URL')),
  createdAt: timestamp,
});

/** `Participant`: who wrote or did something. @internal */
export const participantSchema = v.object({
  kind: v.picklist(['visitor', 'bot', 'agent', 'system']),
  id: v.nullable(id),
  name,
  avatarUrl: v.nullable(safeUrl),
});

const quickReplyAction = v.variant('type', [
  v.object({ type: v.literal('reply'), text }),
  v.object({ type: v.literal('url'), url: safeUrl }),
  v.object({ type: v.literal('handoff') }),
]);

/** `MessagePart`s: unknown part types are dropped, a known one must be whole. @internal */
export const messageParts = knownOnly([
  v.object({
    type: v.literal('quick_replies'),
    replies: v.pipe(
      v.array(v.object({ id, label: title, action: quickReplyAction })),
      v.minLength(1),
      v.maxLength(10),
    ),
  }),
  v.object({
    type: v.literal('card'),
    title,
    text: v.nullable(text),
    imageUrl: v.nullable(safeUrl),
    url: v.nullable(safeUrl),
  }),
  v.object({ type: v.literal('article'), articleId: id, title, snippet: v.nullable(text) }),
  v.object({
    type: v.literal('event'),
    event: v.picklist(['assigned', 'handoff_requested', 'resolved', 'reopened', 'rated']),
    assignee: v.exactOptional(participantSchema),
    score: v.exactOptional(score),
  }),
]);

/** `Message`. @internal */
export const messageSchema = v.object({
  id,
  conversationId: id,
  clientMessageId: v.nullable(id),
  author: participantSchema,
  text,
  parts: messageParts.list,
  attachments: v.array(attachmentSchema),
  createdAt: timestamp,
});

/** `ConversationContext`, bounded as in the contract. @internal */
export const contextSchema = v.object({
  pageUrl: v.exactOptional(bounded(2048)),
  pageTitle: v.exactOptional(title),
  referrer: v.exactOptional(bounded(2048)),
  locale: v.exactOptional(bounded(35)),
  timeZone: v.exactOptional(bounded(64)),
  attributes: v.exactOptional(attributes),
  recentSearches: v.exactOptional(v.array(name)),
  viewedArticleIds: v.exactOptional(v.array(id)),
});

/** `Conversation`. @internal */
export const conversationSchema = v.object({
  id,
  status: v.picklist(['open', 'resolved']),
  assignee: v.nullable(participantSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
  lastMessage: v.nullable(messageSchema),
  unreadCount: count,
  lastReadByTeam: v.nullable(id),
  rating: v.nullable(v.object({ score, comment: v.nullable(bounded(2000)), ratedAt: timestamp })),
  context: contextSchema,
});

/** `ConversationPage` (`GET /v1/conversations`). @internal */
export const conversationPageSchema = page(conversationSchema);

/** `MessagePage` (`GET /v1/conversations/{id}/messages`). @internal */
export const messagePageSchema = page(messageSchema);
