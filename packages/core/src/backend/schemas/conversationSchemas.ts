import { array } from '../../schema/array';
import { nullable } from '../../schema/nullable';
import { object } from '../../schema/object';
import { oneOf } from '../../schema/oneOf';
import { optional } from '../../schema/optional';
import { string } from '../../schema/string';
import { tagged } from '../../schema/tagged';
import { count, displayText, id, name, page, safeUrl, score, text, timestamp, title } from './primitives';
import { attributes } from './sessionSchemas';

/** `Attachment` (`POST /v1/attachments`, and inside messages and comments). @internal */
export const attachmentSchema = /* @__PURE__ */ object({
  id,
  name: string(255),
  contentType: name,
  size: count,
  // Relative to the base URL (or absolute http(s)); never protocol-relative (`//host`) or another scheme.
  url: string(2048, 0, /^(https?:\/\/|\/(?!\/))/i),
  createdAt: timestamp,
});

/** `Participant`: who wrote or did something. @internal */
export const participantSchema = /* @__PURE__ */ object({
  kind: oneOf('visitor|bot|agent|system'),
  id: nullable(id),
  name,
  avatarUrl: nullable(safeUrl),
});

const quickReplyAction = /* @__PURE__ */ tagged('type', {
  reply: { text },
  url: { url: safeUrl },
  handoff: {},
}).schema;

/** `MessagePart`s: unknown part types are dropped, a known one must be whole. @internal */
export const messageParts = /* @__PURE__ */ tagged('type', {
  quick_replies: { replies: array(object({ id, label: title, action: quickReplyAction }), 10, 1) },
  card: { title, text: nullable(text), imageUrl: nullable(safeUrl), url: nullable(safeUrl) },
  article: { articleId: id, title, snippet: nullable(text) },
  event: {
    event: oneOf('assigned|handoff_requested|resolved|reopened|rated'),
    assignee: optional(participantSchema),
    score: optional(score),
  },
});

/** `Message`. @internal */
export const messageSchema = /* @__PURE__ */ object({
  id,
  conversationId: id,
  clientMessageId: nullable(id),
  author: participantSchema,
  text,
  parts: messageParts.list,
  attachments: array(attachmentSchema),
  createdAt: timestamp,
});

/** `ConversationContext`, bounded as in the contract. @internal */
export const contextSchema = /* @__PURE__ */ object({
  pageUrl: optional(string(2048)),
  pageTitle: optional(title),
  referrer: optional(string(2048)),
  locale: optional(string(35)),
  timeZone: optional(string(64)),
  attributes: optional(attributes),
  recentSearches: optional(array(name, 20)),
  viewedArticleIds: optional(array(id, 20)),
});

/** `Conversation`. @internal */
export const conversationSchema = /* @__PURE__ */ object({
  id,
  status: oneOf('open|resolved'),
  assignee: nullable(participantSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
  lastMessage: nullable(messageSchema),
  unreadCount: count,
  lastReadByTeam: nullable(id),
  rating: nullable(object({ score, comment: nullable(displayText), ratedAt: timestamp })),
  context: contextSchema,
});

/** `ConversationPage` (`GET /v1/conversations`). @internal */
export const conversationPageSchema = /* @__PURE__ */ page(conversationSchema);

/** `MessagePage` (`GET /v1/conversations/{id}/messages`). @internal */
export const messagePageSchema = /* @__PURE__ */ page(messageSchema);
