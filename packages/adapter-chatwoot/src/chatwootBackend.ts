import type { Message, RealtimeEvent, Session, WidgetConfig } from '@parley/contract';
import { type Backend, type BackendCall, type ParleyError, requestJson } from '@parley/core';
import { toWidgetConfig } from './config/toWidgetConfig';
import { chatwootError } from './errors/chatwootError';
import type {
  ChatwootContact,
  ChatwootConversation,
  ChatwootMessage,
  ChatwootSender,
} from './mapping/chatwootTypes';
import { toAttributes } from './mapping/toAttributes';
import { toConversation } from './mapping/toConversation';
import { toId } from './mapping/toId';
import { toIso } from './mapping/toIso';
import { toMessage } from './mapping/toMessage';
import { toParticipant } from './mapping/toParticipant';
import { openCable } from './realtime/openCable';
import { IDENTITY_REQUIRED, readToken, writeToken } from './session/readToken';

/** Options of {@link chatwootBackend}. */
export interface ChatwootBackendOptions {
  /**
   * Chatwoot's URL: the Client API is under `/public/api/v1`, the websocket at `/cable`.
   * @example 'https://app.chatwoot.com'
   */
  baseUrl: string;
  /**
   * The `inbox_identifier` of an API-channel inbox (Settings → Inboxes → the inbox → Configuration).
   * @example 'w9Xz3kLmPq7RtYv2'
   */
  inboxIdentifier: string;
  /**
   * The team's name in the widget's header (`brand.name`).
   * @default 'Support'
   */
  name?: string | undefined;
  /**
   * The widget's brand colour (`brand.color`), `#rgb` or `#rrggbb`.
   * @default '#1f93ff'
   */
  color?: string | undefined;
  /**
   * The greeting on the widget's home.
   * @default { title: 'Hi', message: '' }
   */
  greeting?: WidgetConfig['greeting'] | undefined;
  /**
   * The language of the config's texts.
   * @default the client's locale, else 'en'
   */
  locale?: string | undefined;
  /**
   * Whether the inbox sends Chatwoot's CSAT survey when a conversation is resolved: the widget then offers
   * a rating, sent as the survey's answer. Turn it off when the inbox's CSAT survey is off.
   * @default true
   */
  rating?: boolean | undefined;
  /**
   * `required` when the inbox enforces identity validation (`hmac_mandatory`): Chatwoot then refuses
   * anonymous contacts, so a visitor's session has no contact until `identify` with a `hash`. Until then
   * the visitor has no conversations, the realtime connection waits, and a message or any other call fails
   * with `forbidden` (`identity_required`).
   * @default 'optional'
   */
  identityVerification?: 'optional' | 'required' | undefined;
  /**
   * More of the widget config (availability, triggers, bot, limits, forms...), over the defaults and the
   * options above. `capabilities` are the adapter's and cannot be changed.
   */
  config?: Partial<Omit<WidgetConfig, 'widgetKey' | 'capabilities'>> | undefined;
  /**
   * The `fetch` to use. Looked up on `globalThis` at each call when omitted, never captured at import.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch | undefined;
  /**
   * The `WebSocket` constructor to use (in Node 20, the `ws` package's). Looked up on `globalThis` at each
   * connection when omitted.
   * @default globalThis.WebSocket
   */
  WebSocket?: typeof WebSocket | undefined;
  /**
   * How long one request may take before it fails with `code: 'timeout'`.
   * @default 15000
   */
  timeoutMs?: number | undefined;
  /**
   * How long the websocket may stay silent before it counts as dead and is reopened (by core's realtime
   * feed, which takes at least 1000). Chatwoot pings every 3 seconds.
   * @default 10000
   */
  pingTimeoutMs?: number | undefined;
}

/**
 * A {@link Backend} over a Chatwoot API-channel inbox: Chatwoot's public Client API
 * (`/public/api/v1/inboxes/{inbox_identifier}/...`) for contacts, conversations, messages, typing, read
 * state and the CSAT survey, and its ActionCable websocket (`/cable`, the `RoomChannel` of the contact's
 * pubsub token) for realtime. It runs in the browser: no secret is needed.
 *
 * - Sessions: a session is a Chatwoot contact of the inbox (a `contact_inbox`); its token (and resume
 *   token) holds the contact's `source_id` and `pubsub_token`. A resume checks that the contact still
 *   exists, else starts a new visitor.
 * - Identity: `identify({ userId, email, name, hash })` creates the inbox's contact for `identifier: userId`
 *   (Chatwoot finds the user's existing contact by it) with `identifier_hash: hash`, then has Chatwoot
 *   verify the hash on it, so that the session sees all of the user's conversations. Chatwoot's
 *   `identifier_hash` is HMAC-SHA256 of the identifier with the inbox's HMAC token (Settings → Inboxes →
 *   Configuration → Identity validation), and Parley's `hash` is HMAC-SHA256 of the user id: sign user ids
 *   with the inbox's HMAC token and the one hash serves both. The anonymous visitor's conversations stay
 *   with the visitor (the Client API does not merge contacts). JWTs are refused (`invalid_request`); a
 *   hash Chatwoot refuses is `forbidden` with `problemCode: 'identity_verification_failed'`. Inboxes that
 *   enforce identity validation refuse anonymous visitors: with `identityVerification: 'required'`, a
 *   visitor's session has no contact until identified.
 * - Sending exactly once without server idempotency: `echo_id` carries the `clientMessageId`, and the
 *   websocket's echo of the visitor's own message is matched by it (shown once). Chatwoot keeps no
 *   `echo_id`, so a retry after a lost answer first reads the latest page and takes the visitor's message
 *   written since the first attempt with the same text and number of files (and not known as another
 *   message) instead of posting again. This holds within one page load: after a reload, an unanswered
 *   message is posted again.
 * - Attachments go with their message (multipart), as Chatwoot has no separate upload: the adapter has no
 *   `uploadAttachment`, so core gives a message's files in `BackendCall.files` (kept in its outbox, they
 *   survive a reload).
 * - Realtime: `message.created`/`message.updated`, typing (`conversation.typing_on|off`), presence
 *   (`presence.update`, the agents not offline) and every other `conversation.*` or `assignee.*` broadcast
 *   as `conversation.updated`, the conversation read again for its counts. Chatwoot cannot replay what was
 *   missed: each reconnection that resumes after an event sends a `reset`, and the client reloads what it
 *   shows. A socket with no frame (Chatwoot pings every 3 s) for `pingTimeoutMs` is closed; core reopens it
 *   with its backoff.
 * - Tickets and the knowledge base (and so article feedback) are not in Chatwoot's Client API: their
 *   members are left out and `capabilities` say so, so the widget hides their views. Chatwoot does not say
 *   who is assigned to a conversation (`assignee` is `null`: the widget shows who answered last).
 *
 * Failures are {@link ParleyError}s: HTTP statuses become their codes (core's `requestJson`), and an answer
 * the adapter cannot read is `invalid_response` (the client reports anything an adapter throws as that).
 *
 * @example
 * ```ts
 * import { createClient } from '@parley/core';
 * import { chatwootBackend } from '@parley/adapter-chatwoot';
 *
 * const backend = chatwootBackend({ baseUrl: 'https://app.chatwoot.com', inboxIdentifier: 'w9Xz3kLmPq7RtYv2' });
 * const client = createClient({ baseUrl: 'https://app.chatwoot.com', widgetKey: 'chatwoot', backend });
 * ```
 */
export function chatwootBackend(options: ChatwootBackendOptions): Backend {
  const baseUrl = `${options?.baseUrl}`.trim().replace(/\/+$/, '');
  const { inboxIdentifier } = options;
  if (!/^https?:\/\//i.test(baseUrl) || !inboxIdentifier) {
    throw chatwootError('invalid_request');
  }
  const inboxUrl = `${baseUrl}/public/api/v1/inboxes/${encodeURIComponent(inboxIdentifier)}`;
  // What this page load learnt, for exactly-once sending and echo matching.
  /** The clientMessageId of the visitor's messages this adapter sent or saw echoed, by Chatwoot id. */
  const clientIds = new Map<number, string>();
  /** Those messages, by clientMessageId. */
  const sent = new Map<string, Message>();
  /**
   * Messages posted without an answer yet, by clientMessageId: their conversation, the newest Chatwoot
   * message id known in it before the first attempt, their text and number of files.
   */
  const tried = new Map<string, [string, number, string, number]>();
  /** The newest Chatwoot message id seen, by conversation. */
  const newest = new Map<string, number>();
  /** Conversations created, by idempotency key (`0` while the answer is unknown). */
  const created = new Map<string, number>();
  let widgetKey = '';
  const required = options.identityVerification === 'required';
  let lastEventId = 0;

  /** One call of the Client API, at `path` under the inbox. */
  const api = <T>(path: string, call?: BackendCall, method?: 'POST' | 'PATCH', json?: object) =>
    requestJson<T>(inboxUrl + path, {
      method,
      json,
      signal: call?.signal,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
    });
  const contactPath = (token: string | undefined) =>
    `/contacts/${encodeURIComponent(readToken(token).sourceId)}`;
  const conversationPath = (conversationId: string, call: BackendCall) =>
    `${contactPath(call.token)}/conversations/${/^cnv_(\d{1,20})$/.exec(conversationId)?.[1] ?? 0}`;
  const invalid = (): never => {
    throw chatwootError('invalid_response');
  };
  const array = <T>(value: unknown) => (Array.isArray(value) ? (value as T[]) : invalid());
  /** The latest page of the messages of the conversation at `path`, or the one `query` asks. */
  const page = async (path: string, call: BackendCall, query = '') =>
    array<ChatwootMessage>(await api(`${path}/messages${query}`, call)).filter((raw) => !raw.private);
  /**
   * A message, with what the adapter knows of it and learns from it. Its clientMessageId is the echo's
   * `echo_id`, the one already known, or, for a visitor message that Chatwoot stored while the answer was
   * lost (Chatwoot keeps no echo_id), the one of the unanswered message of the same conversation, text and
   * number of files, posted after the newest message known then.
   */
  const message = (raw: ChatwootMessage, conversationId?: string) => {
    let key = raw.echo_id || clientIds.get(raw.id);
    const mapped = toMessage(raw, conversationId);
    const { conversationId: id } = mapped;
    for (const [unanswered, [where, floor, text, files]] of tried) {
      if (
        !key &&
        raw.message_type === 0 &&
        where === id &&
        raw.id > floor &&
        text === mapped.text &&
        files === mapped.attachments.length
      ) {
        key = unanswered;
      }
    }
    newest.set(id, Math.max(raw.id, newest.get(id) ?? 0));
    if (key) {
      mapped.clientMessageId = key;
      tried.delete(key);
      clientIds.set(raw.id, key);
      sent.set(key, mapped);
    }
    return mapped;
  };
  const conversation = (raw: ChatwootConversation) => toConversation(raw, (id) => clientIds.get(id));
  const getConversation = async (conversationId: string, call: BackendCall) =>
    conversation(await api(conversationPath(conversationId, call), call));
  /** A session of the contact in the token (or of no contact yet); its contact from `raw`. */
  const session = (raw: ChatwootContact, token: string): Session => {
    const { userId, verified } = token === IDENTITY_REQUIRED ? {} : readToken(token);
    return {
      token,
      resumeToken: token,
      widgetKey,
      // Chatwoot's tokens do not expire: after a week, core resumes, which checks that the contact still exists.
      expiresAt: toIso(Date.now() + 6048e5),
      contact: {
        id: toId('ctc', raw.id),
        kind: verified ? 'user' : 'visitor',
        userId: userId ?? null,
        name: raw.name || null,
        email: raw.email || null,
        // Only the contact record (the answer to PATCH) carries them; the Client API's contact view does not.
        attributes: toAttributes(raw.custom_attributes),
      },
    };
  };
  /** A new contact of the inbox (a `contact_inbox`), for a visitor or a user. */
  const createContact = async (
    call: BackendCall | undefined,
    body = {},
    userId?: string,
    verified?: '1' | '',
  ) => {
    const raw = await api<ChatwootContact>('/contacts', call, 'POST', body);
    return session(
      raw,
      writeToken(raw.pubsub_token || invalid(), raw.source_id || invalid(), userId, verified),
    );
  };

  const sendMessage: Backend['sendMessage'] = async (
    conversationId,
    { clientMessageId: key, text },
    call,
  ) => {
    const files = call.files ?? [];
    const path = conversationPath(conversationId, call);
    // Answered before, echoed by the websocket while the answer was lost, or, after an attempt without an
    // answer, stored by Chatwoot: it is on the latest page.
    if (!sent.has(key) && tried.has(key))
      for (const raw of await page(path, call)) message(raw, conversationId);
    let found = sent.get(key);
    if (!found) {
      if (!tried.has(key))
        tried.set(key, [conversationId, newest.get(conversationId) ?? 0, text, files.length]);
      // Multipart, files or not: Chatwoot reads it like JSON.
      const form = new FormData();
      form.append('content', text);
      form.append('echo_id', key);
      for (const file of files) form.append('attachments[]', file.blob, file.name);
      found = message(
        { ...(await api<ChatwootMessage>(`${path}/messages`, call, 'POST', form)), echo_id: key },
        conversationId,
      );
    }
    return found;
  };

  return {
    getConfig: async (request) => toWidgetConfig(options, request),

    async createSession(request, call) {
      widgetKey = request.widgetKey;
      const token = request.resumeToken;
      if (token && token !== IDENTITY_REQUIRED) {
        try {
          return session(await api(contactPath(token), call), token);
        } catch (error) {
          // A contact Chatwoot no longer knows (or a token of something else): a new visitor.
          if (!/^(not_found|unauthorized)$/.test((error as ParleyError).code)) throw error;
        }
      }
      return required ? session({ id: 0 } as ChatwootContact, IDENTITY_REQUIRED) : createContact(call);
    },

    async identify({ userId, email, name, attributes, hash, jwt }, call) {
      // Chatwoot verifies an identifier_hash only, and an inbox that enforces it refuses a user without.
      if (jwt && !hash) throw chatwootError('invalid_request');
      if (required && !hash) throw chatwootError('forbidden', 'identity_verification_required');
      try {
        const next = await createContact(
          call,
          { identifier: userId, identifier_hash: hash, email, name, custom_attributes: attributes },
          userId,
          hash ? '1' : '',
        );
        // Chatwoot verifies the hash of a contact_inbox on a later call, which lets it see all of the user's
        // conversations.
        if (hash) {
          await api(
            `${contactPath(next.token)}?${new URLSearchParams({ identifier: userId, identifier_hash: hash })}`,
            call,
          );
        }
        return next;
      } catch (error) {
        // Chatwoot answers a hash that does not verify with a 500 (a plain exception), or a 401.
        const { status } = error as ParleyError;
        throw hash && (status === 500 || status === 401)
          ? chatwootError('forbidden', 'identity_verification_failed', { status })
          : error;
      }
    },

    updateContact: async ({ email, name, attributes }, call) =>
      session(
        await api(contactPath(call.token), call, 'PATCH', { email, name, custom_attributes: attributes }),
        call.token!,
      ).contact,

    // One page: Chatwoot lists all of the contact's conversations (none before there is a contact).
    async listConversations(_request, call) {
      if (call.token === IDENTITY_REQUIRED) return { data: [], nextCursor: null };
      const data = array<ChatwootConversation>(
        await api(`${contactPath(call.token)}/conversations`, call),
      ).map(conversation);
      return { data: data.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)), nextCursor: null };
    },

    async createConversation({ message: first, context }, call) {
      const key = call.idempotencyKey ?? first?.clientMessageId ?? '';
      const path = `${contactPath(call.token)}/conversations`;
      // Chatwoot keeps the context as the conversation's custom attributes (not the searches and articles).
      const { recentSearches, viewedArticleIds, ...kept } = context ?? {};
      let id = created.get(key);
      if (id === 0) {
        // The answer of an earlier attempt was lost: the newest conversation the visitor has not written in.
        for (const item of array<ChatwootConversation>(await api(path, call))) {
          if (!item.messages?.some((raw) => raw.message_type === 0)) id = Math.max(id, item.id);
        }
      }
      if (!id) {
        created.set(key, 0);
        const { attributes, ...page } = kept;
        id = (
          await api<ChatwootConversation>(path, call, 'POST', {
            custom_attributes: { ...attributes, ...page },
          })
        ).id;
        created.set(key, id);
      }
      const conversationId = toId('cnv', id);
      if (first) await sendMessage(conversationId, first, call);
      // The Client API never sends custom attributes back: the answer to the create shows what Chatwoot got.
      return { ...(await getConversation(conversationId, call)), context: kept };
    },

    getConversation,

    async listMessages(conversationId, { before }, call) {
      // Chatwoot pages backwards only, by message id (20 at a time). A page asked `after` a cursor is the
      // latest page, which holds the newer messages (core asks for none).
      if (before && !/^\d{1,20}$/.test(before)) throw chatwootError('invalid_request', 'invalid_cursor');
      const raws = await page(conversationPath(conversationId, call), call, before && `?before=${before}`);
      return {
        data: raws.map((raw) => message(raw, conversationId)),
        nextCursor: raws.length > 19 ? `${raws[0]!.id}` : null,
      };
    },

    sendMessage,

    setTyping: (conversationId, typing, call) =>
      api(`${conversationPath(conversationId, call)}/toggle_typing`, call, 'POST', {
        typing_status: typing ? 'on' : 'off',
      }),

    // Chatwoot marks everything read up to now: messages after `messageId` arrived since, and were seen too.
    markRead: (conversationId, _messageId, call) =>
      api(`${conversationPath(conversationId, call)}/update_last_seen`, call, 'POST'),

    async rateConversation(conversationId, { score, comment }, call) {
      const path = conversationPath(conversationId, call);
      const raw = await api<ChatwootConversation>(path, call);
      const survey =
        raw.status === 'resolved' && raw.messages?.filter((item) => item.content_type === 'input_csat').pop();
      if (!survey) {
        throw chatwootError('conflict', 'conversation_not_resolved');
      }
      await api(`${path}/messages/${survey.id}`, call, 'PATCH', {
        submitted_values: { csat_survey_response: { rating: score, feedback_message: comment } },
      });
      return getConversation(conversationId, call);
    },

    openEvents(request, handlers) {
      if (request.token === IDENTITY_REQUIRED) {
        // No contact, so no room: nothing to hear until identified (the new session restarts the feed).
        handlers.onOpen(2 ** 31 - 1);
        return new Promise((resolve) => request.signal?.addEventListener('abort', () => resolve()));
      }
      const emit = (type: RealtimeEvent['type'], data: unknown) => {
        // Increasing across reconnections and tabs (core drops an id not above the last it delivered).
        lastEventId = Math.max(Date.now() * 1000, lastEventId + 1);
        handlers.onEvent({ id: `${lastEventId}`, type, data } as RealtimeEvent);
      };
      let refreshing = Promise.resolve();
      /** Sends the conversation again, read from the Client API (for its counts), in the order asked. */
      const refresh = (id: unknown) => {
        refreshing = refreshing
          .then(async () =>
            emit('conversation.updated', { conversation: await getConversation(toId('cnv', id), request) }),
          )
          .catch(() => {});
      };
      return openCable({
        url: `${baseUrl.replace(/^http/i, 'ws')}/cable`,
        WebSocket: options.WebSocket,
        pubsubToken: readToken(request.token).pubsubToken,
        signal: request.signal,
        // Chatwoot counts a contact seen in the last minute as online; its own clients perform
        // update_presence every 10 to 20 s.
        presenceIntervalMs: 20_000,
        onOpen() {
          // Chatwoot pings every 3 s: a socket silent for longer than pingTimeoutMs is dead.
          handlers.onOpen(options.pingTimeoutMs ?? 10_000);
          // Chatwoot cannot replay what this contact missed while disconnected: the client reloads.
          if (request.lastEventId) emit('reset', { reason: 'unknown_id' });
        },
        onActivity: () => handlers.onActivity(),
        onBroadcast({ event, data }) {
          const payload = Object(data) as ChatwootMessage &
            ChatwootConversation & { user?: ChatwootSender; conversation?: { id?: number }; users?: object };
          try {
            if (/^message\.(created|updated)$/.test(event)) {
              if (payload.private) return;
              const mapped = message(payload);
              emit(event as 'message.created', { conversationId: mapped.conversationId, message: mapped });
              refresh(payload.conversation_id);
            } else if (/^conversation\.typing_o/.test(event)) {
              emit('typing', {
                conversationId: toId('cnv', payload.conversation?.id),
                participant: toParticipant(
                  payload.user,
                  payload.user?.type === 'contact' ? 'visitor' : 'agent',
                ),
                typing: event.endsWith('on'),
              });
            } else if (event === 'presence.update') {
              emit('agent.presence', {
                agentsOnline: Object.values(payload.users ?? {}).filter((status) => status !== 'offline')
                  .length,
              });
            } else if (/^(conversation|assignee)\./.test(event)) refresh(payload.id);
          } catch {
            // A payload the adapter cannot read is skipped, as core skips events it does not know.
          }
        },
      });
    },
  };
}
