/**
 * A fake Chatwoot for tests: the Client API of API-channel inboxes and the ActionCable websocket,
 * on 127.0.0.1 and a free port, plus the agent's side as plain methods and switches for faults.
 *
 * ## What it follows
 *
 * Chatwoot v4 (the `develop` branch of chatwoot/chatwoot as published in 2025), read from the public
 * documentation (developers.chatwoot.com, "Client APIs": Contacts API, Conversations API, Messages API;
 * the swagger files under `swagger/paths/public/inboxes/` and `swagger/definitions/{request,resource}/public/`) and,
 * for what the docs leave open, from the public source. Shapes were rebuilt by reading, not copied:
 *
 * - routes: `config/routes.rb`, `namespace :public` → `/public/api/v1/inboxes/{inbox_identifier}/contacts
 *   /{source_id}/conversations/{display_id}/messages/{id}`, plus `toggle_status`, `toggle_typing`,
 *   `update_last_seen`, and `GET /public/api/v1/inboxes/{inbox_identifier}`;
 * - controllers: `app/controllers/public/api/v1/inboxes_controller.rb` and `inboxes/{contacts,
 *   conversations,messages}_controller.rb` (lookups, `process_hmac`, `hmac_verified`, `MessageFinder`
 *   paging: the latest 20, `before` = 20 older than a message id, `after` = up to 100 newer);
 * - REST bodies: the jbuilder views `app/views/public/api/v1/models/{_contact,_conversation,_message}`
 *   and `inboxes/contacts/{create,show}`: a contact is `{ source_id, pubsub_token, id, name, email }`,
 *   `PATCH` answers the contact record, a conversation carries all its chat messages, a message is
 *   `{ id, content, message_type, content_type, content_attributes, created_at (Unix s), conversation_id,
 *   attachments?, sender? }` (no `echo_id`: Chatwoot only echoes it over the websocket);
 * - errors: Rails in production: unknown inbox/contact/conversation/message or route →
 *   404 `{"status":404,"error":"Not Found"}`; a bad `identifier_hash` raises a plain StandardError in
 *   Chatwoot, hence 500 `{"status":500,"error":"Internal Server Error"}`; validation failures →
 *   422 `{ message, attributes }` (`RequestExceptionHandler#render_record_invalid`); `toggle_typing`
 *   and `update_last_seen` answer 200 with an empty body (`head :ok`);
 * - websocket: ActionCable's JSON protocol (`welcome`, `ping` every 3 s, `confirm_subscription`,
 *   `reject_subscription`, `{ identifier, message }`), `app/channels/room_channel.rb` (subscribe with
 *   `{ channel: 'RoomChannel', pubsub_token }`, `presence.update` on subscribe and on the
 *   `update_presence` action) and `app/listeners/action_cable_listener.rb` (who gets what: the contact
 *   gets `message.created` / `message.updated` for non-private, non-activity messages, including its
 *   own with `echo_id`; `conversation.created`, `conversation.status_changed`; agent
 *   `conversation.typing_on|off` as `{ conversation, user, is_private }`; all with `account_id`);
 *   payloads from `Message#push_event_data`, `Contact#push_event_data`, `User#push_event_data`,
 *   `Attachment#push_event_data`, `Conversations::EventDataPresenter#push_data`.
 *
 * ## What it leaves out
 *
 * The Application and Platform APIs and webhooks (agents act through the methods below), the
 * website-widget API (`/api/v1/widget/...`), agent websocket subscriptions (`user_id` in the
 * identifier is rejected), contact merging on `PATCH`, labels/teams/assignment rules, business hours,
 * rate limits (use `failNext(n, 429)`), Active Storage variants (thumbnails are the file itself),
 * the contact's typing reaching agents (it is recorded in `conversations()[i].contactTyping`), and
 * `message.updated` for the read receipts `update_last_seen` causes (Chatwoot updates those in bulk,
 * without broadcasts; the fake does the same). Activity messages' wording is approximate. Presence:
 * `setAgentPresence` pushes `presence.update` to every live contact subscription at once, where
 * Chatwoot sends it when a client subscribes or performs `update_presence`.
 *
 * ## Switches (all bounded; `clearFaults()` removes them)
 *
 * - `dropSockets({ refuseForMs })`: terminates every websocket without a close frame; new upgrades
 *   get `503` for `refuseForMs` (at most 60 s).
 * - `delay(ms, { phase })`: every REST answer waits `ms` (at most 60 s) before the fake acts
 *   (`phase: 'before'`, default) or after it acted (`'after'`). The fake acts even if the client
 *   gave up meanwhile, as a Rails server does.
 * - `failNext(count, status, body?, headers?)`: the next `count` REST requests answer `status`
 *   without acting.
 * - `failWhen(method, path, status, times?, body?)`: the next `times` requests matching the method
 *   (`'*'` for any) and path (a RegExp, or a string the pathname ends with) answer `status`
 *   without acting.
 * - `dropAnswerAfterCommit(method, path, times?)`: the next `times` matching requests are carried out
 *   (stored, broadcast) and then the connection is destroyed without an answer: the network failed
 *   after the server acted.
 * - `close()`: ends sockets, timers and the server.
 *
 * @example
 * const chatwoot = await createFakeChatwoot({ inboxes: [{ identifier: 'inbox-1', hmacToken: 'secret' }] });
 * // ...point the adapter at chatwoot.url / chatwoot.websocketUrl, then:
 * chatwoot.agentReply(1, 'Hello from an agent');
 * await chatwoot.close();
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import {
  attachmentPath,
  chatMessages,
  contactRecord,
  conversationPush,
  messagePush,
  publicContactInbox,
  publicConversation,
  publicMessage,
  userPush,
} from './chatwootPayloads';
import type {
  FakeChatwootAgent,
  FakeChatwootAttachment,
  FakeChatwootContact,
  FakeChatwootContactInbox,
  FakeChatwootConversation,
  FakeChatwootConversationStatus,
  FakeChatwootCsatResponse,
  FakeChatwootInbox,
  FakeChatwootMessage,
  FakeChatwootRequestRecord,
  FakeChatwootSender,
  FakeChatwootState,
} from './fakeChatwootTypes';

/** An API inbox to create. */
export interface FakeChatwootInboxOptions {
  /** The `inbox_identifier`. @default a random 24-character token */
  identifier?: string;
  /** @default 'API inbox' */
  name?: string;
  /** The HMAC key for `identifier_hash`. @default a random token */
  hmacToken?: string;
  /** Require a valid `identifier_hash` on every contact call. @default false */
  hmacMandatory?: boolean;
  /** Send the CSAT survey when a conversation is resolved. @default false */
  csatSurveyEnabled?: boolean;
}

/** An agent to create. */
export interface FakeChatwootAgentOptions {
  /** @default 1, 2, ... in order */
  id?: number;
  name: string;
  /** @default derived from the name */
  email?: string;
  /** @default '' (Chatwoot's value for an agent without an avatar) */
  avatarUrl?: string;
  /** @default 'online' */
  availability?: FakeChatwootAgent['availability'];
}

export interface FakeChatwootOptions {
  /** The API inboxes. @default one inbox with a random identifier */
  inboxes?: readonly FakeChatwootInboxOptions[];
  /** The agents. @default one online agent, `{ id: 1, name: 'Alex Agent' }` */
  agents?: readonly FakeChatwootAgentOptions[];
  /** The account's id, in payloads as `account_id`. @default 1 */
  accountId?: number;
  /** ActionCable's heartbeat. @default 3000 (Rails' `BEAT_INTERVAL`) */
  pingIntervalMs?: number;
  /**
   * What a subscription with an unknown pubsub token gets. `reject` sends `reject_subscription`;
   * `ignore` sends nothing, which is what a real Chatwoot does (its `subscribed` raises).
   * @default 'reject'
   */
  unknownToken?: 'reject' | 'ignore';
  /** The clock for stored timestamps (Unix ms). @default Date.now */
  now?: () => number;
}

/** A contact with its sessions (one per inbox it used). */
export interface FakeChatwootContactView extends FakeChatwootContact {
  readonly contactInboxes: readonly FakeChatwootContactInbox[];
}

/** A file for `agentReply`. */
export interface FakeChatwootFile {
  name: string;
  type: string;
  data: Uint8Array | string;
}

export interface FakeChatwootReplyOptions {
  /** @default the first agent */
  agentId?: number;
  /** A private note: stored, never shown or sent to the contact. @default false */
  private?: boolean;
  /** @default 'text' */
  contentType?: string;
  /** @default {} */
  contentAttributes?: Record<string, unknown>;
  attachments?: readonly FakeChatwootFile[];
}

export interface FakeChatwoot {
  /** `http://127.0.0.1:{port}`: the Chatwoot base URL. */
  readonly url: string;
  /** `ws://127.0.0.1:{port}/cable`. */
  readonly websocketUrl: string;
  readonly port: number;
  /** The first inbox's identifier. */
  readonly inboxIdentifier: string;
  /** An inbox by identifier (the first by default). */
  inbox(identifier?: string): FakeChatwootInbox;
  /** HMAC-SHA256 hex of `identifier` with the inbox's token: a valid `identifier_hash`. */
  identifierHash(identifier: string, inboxIdentifier?: string): string;

  /** An agent's reply (`message_type` 1), broadcast as `message.created` unless private. */
  agentReply(conversationId: number, text: string, options?: FakeChatwootReplyOptions): FakeChatwootMessage;
  /** `conversation.typing_on` / `conversation.typing_off` from an agent to the contact. */
  agentTyping(conversationId: number, on: boolean, agentId?: number): void;
  /** An agent resolves: `conversation.status_changed`, then the CSAT survey if the inbox sends it. */
  resolve(conversationId: number, agentId?: number): void;
  /** Any status change (`open` reopens), broadcast as `conversation.status_changed`. */
  setStatus(conversationId: number, status: FakeChatwootConversationStatus): void;
  /** The CSAT survey: a template message with `content_type: 'input_csat'`. */
  sendCsat(conversationId: number): FakeChatwootMessage;
  /** Sets an agent's availability and pushes `presence.update` to the live contact subscriptions. */
  setAgentPresence(agentId: number, availability: FakeChatwootAgent['availability']): void;

  contacts(): FakeChatwootContactView[];
  conversations(): FakeChatwootConversation[];
  /** Every stored message of a conversation, private notes and activity included, oldest first. */
  messages(conversationId: number): FakeChatwootMessage[];
  csatResponses(): FakeChatwootCsatResponse[];
  /** The REST requests so far, in order. */
  requests(): FakeChatwootRequestRecord[];
  /** Open websockets. */
  socketCount(): number;

  dropSockets(options?: { refuseForMs?: number }): void;
  delay(ms: number, options?: { phase?: 'before' | 'after' }): void;
  failNext(count: number, status: number, body?: unknown, headers?: Record<string, string>): void;
  failWhen(method: string, path: RegExp | string, status: number, times?: number, body?: unknown): void;
  dropAnswerAfterCommit(method: string, path: RegExp | string, times?: number): void;
  /** Removes every switch: no delay, failures or drops pending, sockets accepted. */
  clearFaults(): void;
  close(): Promise<void>;
}

const MAX_SWITCH_MS = 60_000;
const MAX_TIMES = 1000;
const MAX_BODY_BYTES = 50 * 1024 * 1024;
const CHAT_PAGE = 20;
/** The Client API's routes under `/public/api/v1/inboxes/{inbox_identifier}/` (config/routes.rb). */
const ROUTES = new Set([
  'GET ',
  'POST contacts',
  'GET contacts/:id',
  'PATCH contacts/:id',
  'PUT contacts/:id',
  'GET contacts/:id/conversations',
  'POST contacts/:id/conversations',
  'GET contacts/:id/conversations/:id',
  'POST contacts/:id/conversations/:id/toggle_status',
  'POST contacts/:id/conversations/:id/toggle_typing',
  'POST contacts/:id/conversations/:id/update_last_seen',
  'GET contacts/:id/conversations/:id/messages',
  'POST contacts/:id/conversations/:id/messages',
  'PATCH contacts/:id/conversations/:id/messages/:id',
  'PUT contacts/:id/conversations/:id/messages/:id',
]);
const AFTER_PAGE = 100;
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const EMAIL = /^[^@\s]+@[^@\s]+$/;
const E164 = /^\+[1-9]\d{1,14}$/;

/** Rails' `has_secure_token`: 24 base58 characters. */
function secureToken(): string {
  const bytes = randomBytes(24);
  let token = '';
  for (const byte of bytes) token += BASE58[byte % BASE58.length];
  return token;
}

const clampMs = (ms: number): number => Math.max(0, Math.min(MAX_SWITCH_MS, Math.floor(ms)));
const clampTimes = (n: number): number => Math.max(0, Math.min(MAX_TIMES, Math.floor(n)));

function hmacHex(key: string, identifier: string): string {
  return createHmac('sha256', key).update(identifier).digest('hex');
}

function matchesPath(pattern: RegExp | string, path: string): boolean {
  return typeof pattern === 'string' ? path.endsWith(pattern) : pattern.test(path);
}

/** An answer the router gives instead of a result. */
class HttpAnswer extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

const railsError = (status: number): HttpAnswer =>
  new HttpAnswer(status, { status, error: STATUS_CODES[status] ?? 'Error' });
const notFound = (): HttpAnswer => railsError(404);

interface Params {
  readonly values: Record<string, unknown>;
  readonly files: File[];
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
const present = (value: unknown): string | undefined => {
  const s = str(value);
  return s === undefined || s.trim() === '' ? undefined : s;
};
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface FailRule {
  method: string;
  path: RegExp | string;
  status: number;
  body: unknown;
  headers: Record<string, string>;
  remaining: number;
}

interface DropRule {
  method: string;
  path: RegExp | string;
  remaining: number;
}

interface CableClient {
  readonly ws: WebSocket;
  /** identifier string (as the client sent it) → pubsub token */
  readonly subscriptions: Map<string, string>;
}

/**
 * Starts a fake Chatwoot on 127.0.0.1 and a free port. See the top of this file for what it
 * follows, what it leaves out, and its switches.
 */
export async function createFakeChatwoot(options: FakeChatwootOptions = {}): Promise<FakeChatwoot> {
  const now = options.now ?? Date.now;
  const pingIntervalMs = Math.max(10, options.pingIntervalMs ?? 3000);
  const unknownToken = options.unknownToken ?? 'reject';
  let port = 0;

  const state: FakeChatwootState = {
    accountId: options.accountId ?? 1,
    baseUrl: () => `http://127.0.0.1:${port}`,
    inboxes: new Map(),
    agents: new Map(),
    contacts: new Map(),
    contactInboxes: new Map(),
    conversations: new Map(),
    messages: new Map(),
  };
  const csat: FakeChatwootCsatResponse[] = [];
  const requestLog: FakeChatwootRequestRecord[] = [];
  const attachmentsById = new Map<number, FakeChatwootAttachment>();
  const ids = { contact: 0, contactInbox: 0, conversation: 0, message: 0, attachment: 0 };

  (options.inboxes ?? [{}]).forEach((inbox, index) => {
    const record: FakeChatwootInbox = {
      id: index + 1,
      identifier: inbox.identifier ?? secureToken(),
      name: inbox.name ?? 'API inbox',
      hmacToken: inbox.hmacToken ?? secureToken(),
      hmacMandatory: inbox.hmacMandatory ?? false,
      csatSurveyEnabled: inbox.csatSurveyEnabled ?? false,
    };
    state.inboxes.set(record.id, record);
  });
  (options.agents ?? [{ name: 'Alex Agent' }]).forEach((agent, index) => {
    const id = agent.id ?? index + 1;
    state.agents.set(id, {
      id,
      name: agent.name,
      email: agent.email ?? `${agent.name.toLowerCase().replace(/\W+/g, '.')}@agents.example`,
      avatarUrl: agent.avatarUrl ?? '',
      availability: agent.availability ?? 'online',
    });
  });
  const firstInbox = [...state.inboxes.values()][0];
  if (!firstInbox) throw new Error('[fake-chatwoot] at least one inbox is needed');

  // ---- faults -------------------------------------------------------------------------------
  let delayMs = 0;
  let delayPhase: 'before' | 'after' = 'before';
  const failRules: FailRule[] = [];
  const dropRules: DropRule[] = [];
  let refusingSockets = false;
  let closed = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  function takeFailure(method: string, path: string): FailRule | undefined {
    const rule = failRules.find(
      (r) => r.remaining > 0 && (r.method === '*' || r.method === method) && matchesPath(r.path, path),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining === 0) failRules.splice(failRules.indexOf(rule), 1);
    return rule;
  }

  function takeDrop(method: string, path: string): boolean {
    const rule = dropRules.find(
      (r) => r.remaining > 0 && (r.method === '*' || r.method === method) && matchesPath(r.path, path),
    );
    if (!rule) return false;
    rule.remaining -= 1;
    if (rule.remaining === 0) dropRules.splice(dropRules.indexOf(rule), 1);
    return true;
  }

  // ---- lookups ------------------------------------------------------------------------------
  const inboxByIdentifier = (identifier: string): FakeChatwootInbox | undefined =>
    [...state.inboxes.values()].find((inbox) => inbox.identifier === identifier);

  function conversationOrThrow(id: number): FakeChatwootConversation {
    const conversation = state.conversations.get(id);
    if (!conversation) throw new Error(`[fake-chatwoot] no conversation ${id}`);
    return conversation;
  }

  function agentOrThrow(id?: number): FakeChatwootAgent {
    const agent = id === undefined ? [...state.agents.values()][0] : state.agents.get(id);
    if (!agent) throw new Error(`[fake-chatwoot] no agent ${id ?? '(none configured)'}`);
    return agent;
  }

  /** ActionCableListener#contact_inbox_tokens: every verified session of the contact, or just this one. */
  function contactTokens(conversation: FakeChatwootConversation): string[] {
    const contactInbox = state.contactInboxes.get(conversation.contactInboxId);
    if (!contactInbox) return [];
    if (!contactInbox.hmacVerified) return [contactInbox.pubsubToken];
    return [...state.contactInboxes.values()]
      .filter((ci) => ci.contactId === contactInbox.contactId && ci.hmacVerified)
      .map((ci) => ci.pubsubToken);
  }

  // ---- ActionCable --------------------------------------------------------------------------
  const clients = new Set<CableClient>();
  let pingTimer: ReturnType<typeof setInterval> | undefined;

  function send(client: CableClient, payload: unknown): void {
    if (client.ws.readyState === client.ws.OPEN) client.ws.send(JSON.stringify(payload));
  }

  function broadcast(tokens: readonly string[], event: string, data: Record<string, unknown>): void {
    const wanted = new Set(tokens);
    for (const client of clients) {
      for (const [identifier, token] of client.subscriptions) {
        if (wanted.has(token)) send(client, { identifier, message: { event, data } });
      }
    }
  }

  function broadcastPresence(token: string): void {
    const users: Record<string, string> = {};
    for (const agent of state.agents.values()) {
      if (agent.availability !== 'offline') users[String(agent.id)] = agent.availability;
    }
    broadcast([token], 'presence.update', { account_id: state.accountId, users });
  }

  function startPings(): void {
    if (pingTimer !== undefined) return;
    pingTimer = setInterval(() => {
      for (const client of clients) send(client, { type: 'ping', message: Math.floor(Date.now() / 1000) });
    }, pingIntervalMs);
  }

  function stopPingsIfIdle(): void {
    if (clients.size === 0 && pingTimer !== undefined) {
      clearInterval(pingTimer);
      pingTimer = undefined;
    }
  }

  function onCableMessage(client: CableClient, raw: RawData): void {
    let frame: unknown;
    try {
      frame = JSON.parse(raw.toString());
    } catch {
      return; // ActionCable logs and drops what it cannot parse.
    }
    if (!isRecord(frame) || typeof frame.identifier !== 'string') return;
    const identifier = frame.identifier;
    let channelParams: unknown;
    try {
      channelParams = JSON.parse(identifier);
    } catch {
      return;
    }
    if (!isRecord(channelParams) || channelParams.channel !== 'RoomChannel') return;
    const token = str(channelParams.pubsub_token) ?? '';

    if (frame.command === 'subscribe') {
      if (client.subscriptions.has(identifier)) return; // "Already subscribed"
      const known =
        present(channelParams.user_id) === undefined &&
        [...state.contactInboxes.values()].some((ci) => ci.pubsubToken === token);
      if (!known) {
        if (unknownToken === 'reject') send(client, { identifier, type: 'reject_subscription' });
        return;
      }
      client.subscriptions.set(identifier, token);
      send(client, { identifier, type: 'confirm_subscription' });
      broadcastPresence(token);
    } else if (frame.command === 'unsubscribe') {
      client.subscriptions.delete(identifier);
    } else if (frame.command === 'message' && client.subscriptions.has(identifier)) {
      let data: unknown;
      try {
        data = typeof frame.data === 'string' ? JSON.parse(frame.data) : undefined;
      } catch {
        return;
      }
      if (isRecord(data) && data.action === 'update_presence') broadcastPresence(token);
    }
  }

  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => (protocols.has('actioncable-v1-json') ? 'actioncable-v1-json' : false),
  });

  wss.on('connection', (ws) => {
    const client: CableClient = { ws, subscriptions: new Map() };
    clients.add(client);
    ws.on('message', (raw) => onCableMessage(client, raw));
    ws.on('error', () => {
      // A peer that vanished mid-frame: the close handler below cleans up.
    });
    ws.on('close', () => {
      clients.delete(client);
      stopPingsIfIdle();
    });
    send(client, { type: 'welcome' });
    startPings();
  });

  // ---- domain actions -----------------------------------------------------------------------
  function createMessage(
    conversation: FakeChatwootConversation,
    fields: {
      content: string | null;
      messageType: FakeChatwootMessage['messageType'];
      contentType?: string;
      contentAttributes?: Record<string, unknown>;
      private?: boolean;
      sender: FakeChatwootSender | null;
      echoId?: string | null;
      files?: readonly { name: string; type: string; data: Uint8Array }[];
    },
  ): FakeChatwootMessage {
    const at = now();
    const id = ++ids.message;
    const attachments = (fields.files ?? []).map((file): FakeChatwootAttachment => {
      const type = file.type || 'application/octet-stream';
      const dot = file.name.lastIndexOf('.');
      const attachment: FakeChatwootAttachment = {
        id: ++ids.attachment,
        messageId: id,
        fileType: type.startsWith('image/')
          ? 'image'
          : type.startsWith('video/')
            ? 'video'
            : type.includes('audio/')
              ? 'audio'
              : 'file',
        fileName: file.name,
        contentType: type,
        fileSize: file.data.byteLength,
        extension: dot > 0 ? file.name.slice(dot + 1) : null,
        data: file.data,
      };
      attachmentsById.set(attachment.id, attachment);
      return attachment;
    });
    const message: FakeChatwootMessage = {
      id,
      conversationId: conversation.id,
      inboxId: conversation.inboxId,
      content: fields.content,
      messageType: fields.messageType,
      contentType: fields.contentType ?? 'text',
      contentAttributes: fields.contentAttributes ?? {},
      private: fields.private ?? false,
      status: 'sent',
      sender: fields.sender,
      echoId: fields.echoId ?? null,
      attachments,
      createdAt: at,
      updatedAt: at,
    };
    state.messages.set(id, message);
    conversation.lastActivityAt = at;
    conversation.updatedAt = at;
    if (message.messageType === 0 && conversation.status === 'resolved') {
      // Message#reopen_conversation: a contact writing to a resolved conversation reopens it.
      changeStatus(conversation, 'open', null);
    }
    if (!message.private && message.messageType !== 2) {
      broadcast(contactTokens(conversation), 'message.created', messagePush(state, message));
    }
    return message;
  }

  function changeStatus(
    conversation: FakeChatwootConversation,
    status: FakeChatwootConversationStatus,
    activity: string | null,
  ): void {
    if (conversation.status === status) return;
    conversation.status = status;
    conversation.updatedAt = now();
    broadcast(contactTokens(conversation), 'conversation.status_changed', {
      ...conversationPush(state, conversation),
      account_id: state.accountId,
    });
    if (activity !== null) createMessage(conversation, { content: activity, messageType: 2, sender: null });
    const inbox = state.inboxes.get(conversation.inboxId);
    if (status === 'resolved' && inbox?.csatSurveyEnabled) sendCsatTo(conversation);
  }

  function sendCsatTo(conversation: FakeChatwootConversation): FakeChatwootMessage {
    return createMessage(conversation, {
      content: 'Please rate the conversation',
      messageType: 3,
      contentType: 'input_csat',
      sender: null,
    });
  }

  function createContactInbox(contact: FakeChatwootContact, inbox: FakeChatwootInbox, sourceId: string) {
    const at = now();
    const contactInbox: FakeChatwootContactInbox = {
      id: ++ids.contactInbox,
      contactId: contact.id,
      inboxId: inbox.id,
      sourceId,
      pubsubToken: secureToken(),
      hmacVerified: false,
      createdAt: at,
      updatedAt: at,
    };
    state.contactInboxes.set(contactInbox.id, contactInbox);
    return contactInbox;
  }

  // ---- REST ---------------------------------------------------------------------------------
  function validateContact(email: string | null, phoneNumber: string | null): void {
    const messages: string[] = [];
    const attributes: string[] = [];
    if (email !== null && email !== '' && !EMAIL.test(email)) {
      messages.push('Email Invalid email');
      attributes.push('email');
    }
    if (phoneNumber !== null && phoneNumber !== '' && !E164.test(phoneNumber)) {
      messages.push('Phone number should be in e164 format');
      attributes.push('phone_number');
    }
    if (messages.length > 0) throw new HttpAnswer(422, { message: messages.join(', '), attributes });
  }

  /** Public::Api::V1::Inboxes::ContactsController#process_hmac. */
  function processHmac(
    inbox: FakeChatwootInbox,
    params: Params,
    contactInbox?: FakeChatwootContactInbox,
  ): void {
    const hash = present(params.values.identifier_hash);
    if (hash === undefined && !inbox.hmacMandatory) return;
    const identifier = str(params.values.identifier) ?? '';
    if (hash !== hmacHex(inbox.hmacToken, identifier)) throw railsError(500);
    if (!contactInbox) return;
    const contact = state.contacts.get(contactInbox.contactId);
    const own = contact?.identifier ?? '';
    if (own !== '' && own !== identifier) throw railsError(500);
    if (own !== '' && own === identifier) contactInbox.hmacVerified = true;
  }

  function contactFields(params: Params) {
    const email = present(params.values.email) ?? null;
    const phoneNumber = present(params.values.phone_number) ?? null;
    validateContact(email, phoneNumber);
    return {
      name: present(params.values.name),
      email,
      phoneNumber,
      avatarUrl: present(params.values.avatar_url) ?? null,
      customAttributes: isRecord(params.values.custom_attributes)
        ? params.values.custom_attributes
        : undefined,
    };
  }

  function createContact(inbox: FakeChatwootInbox, params: Params): unknown {
    processHmac(inbox, params);
    const sourceId = present(params.values.source_id) ?? randomUUID();
    const existing = [...state.contactInboxes.values()].find(
      (ci) => ci.inboxId === inbox.id && ci.sourceId === sourceId,
    );
    if (existing) return publicContactInbox(state, existing);
    const fields = contactFields(params);
    const identifier = present(params.values.identifier) ?? null;
    const all = [...state.contacts.values()];
    let contact =
      (identifier !== null ? all.find((c) => c.identifier === identifier) : undefined) ??
      (fields.email !== null
        ? all.find((c) => c.email?.toLowerCase() === fields.email?.toLowerCase())
        : undefined) ??
      (fields.phoneNumber !== null ? all.find((c) => c.phoneNumber === fields.phoneNumber) : undefined);
    if (!contact) {
      const at = now();
      const id = ++ids.contact;
      contact = {
        id,
        name: fields.name ?? `visitor-${id}`,
        email: fields.email,
        phoneNumber: fields.phoneNumber,
        identifier,
        avatarUrl: fields.avatarUrl,
        customAttributes: fields.customAttributes ?? {},
        additionalAttributes: {},
        createdAt: at,
        updatedAt: at,
      };
      state.contacts.set(id, contact);
    }
    return publicContactInbox(state, createContactInbox(contact, inbox, sourceId));
  }

  function updateContact(contactInbox: FakeChatwootContactInbox, params: Params): unknown {
    const contact = state.contacts.get(contactInbox.contactId);
    if (!contact) throw notFound();
    const fields = contactFields(params);
    if (fields.name !== undefined) contact.name = fields.name;
    if (fields.email !== null) contact.email = fields.email;
    if (fields.phoneNumber !== null) contact.phoneNumber = fields.phoneNumber;
    if (fields.avatarUrl !== null) contact.avatarUrl = fields.avatarUrl;
    if (fields.customAttributes)
      contact.customAttributes = { ...contact.customAttributes, ...fields.customAttributes };
    contact.updatedAt = now();
    return contactRecord(state, contact);
  }

  function conversationsOf(contactInbox: FakeChatwootContactInbox): FakeChatwootConversation[] {
    return [...state.conversations.values()]
      .filter((c) =>
        contactInbox.hmacVerified
          ? c.contactId === contactInbox.contactId
          : c.contactInboxId === contactInbox.id,
      )
      .sort((a, b) => a.id - b.id);
  }

  function listMessages(conversation: FakeChatwootConversation, query: URLSearchParams): unknown {
    const all = chatMessages(state, conversation.id);
    const before = present(query.get('before'));
    const after = present(query.get('after'));
    let page: FakeChatwootMessage[];
    if (after !== undefined && before !== undefined) {
      page = all.filter((m) => m.id >= Number(after) && m.id < Number(before)).slice(0, 1000);
    } else if (before !== undefined) {
      page = all.filter((m) => m.id < Number(before)).slice(-CHAT_PAGE);
    } else if (after !== undefined) {
      page = all.filter((m) => m.id > Number(after)).slice(0, AFTER_PAGE);
    } else {
      page = all.slice(-CHAT_PAGE);
    }
    return page.map((m) => publicMessage(state, m));
  }

  function submitMessage(
    conversation: FakeChatwootConversation,
    message: FakeChatwootMessage,
    params: Params,
  ) {
    const submitted = params.values.submitted_values;
    if (!isRecord(submitted) && !Array.isArray(submitted)) return publicMessage(state, message);
    const before = message.contentAttributes;
    message.contentAttributes = { ...before, submitted_values: submitted };
    message.updatedAt = now();
    if (
      message.contentType === 'input_csat' &&
      isRecord(submitted) &&
      isRecord(submitted.csat_survey_response)
    ) {
      const answer = submitted.csat_survey_response;
      const previous = csat.findIndex((r) => r.messageId === message.id);
      const response: FakeChatwootCsatResponse = {
        conversationId: conversation.id,
        messageId: message.id,
        rating: Number(answer.rating),
        feedbackMessage: str(answer.feedback_message) ?? null,
      };
      if (previous >= 0) csat[previous] = response;
      else csat.push(response);
    }
    broadcast(contactTokens(conversation), 'message.updated', {
      ...messagePush(state, message),
      previous_changes: { content_attributes: [before, message.contentAttributes] },
    });
    return publicMessage(state, message);
  }

  async function readParams(req: IncomingMessage, body: Buffer, query: URLSearchParams): Promise<Params> {
    const values: Record<string, unknown> = Object.fromEntries(query);
    const files: File[] = [];
    const type = req.headers['content-type'] ?? '';
    if (body.length === 0) return { values, files };
    if (type.includes('application/json')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        throw railsError(400);
      }
      if (isRecord(parsed)) Object.assign(values, parsed);
    } else if (type.includes('multipart/form-data')) {
      let form: FormData;
      try {
        form = await new Response(Uint8Array.from(body), { headers: { 'content-type': type } }).formData();
      } catch {
        throw railsError(400);
      }
      for (const [key, value] of form) {
        if (typeof value !== 'string') {
          if (key === 'attachments[]' || key === 'attachments') files.push(value);
        } else if (key.endsWith('[]')) {
          const name = key.slice(0, -2);
          const list = Array.isArray(values[name]) ? (values[name] as unknown[]) : [];
          values[name] = [...list, value];
        } else {
          values[key] = value;
        }
      }
    } else if (type.includes('application/x-www-form-urlencoded')) {
      Object.assign(values, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
    }
    return { values, files };
  }

  async function route(
    req: IncomingMessage,
    method: string,
    url: URL,
    body: Buffer,
  ): Promise<[number, unknown]> {
    const segments = url.pathname
      .split('/')
      .filter(Boolean)
      .map((s) => decodeURIComponent(s));
    const [p0, p1, p2, p3, inboxId, ...rest] = segments;
    if (p0 !== 'public' || p1 !== 'api' || p2 !== 'v1' || p3 !== 'inboxes' || inboxId === undefined) {
      throw notFound();
    }
    // Odd positions are ids, even ones literals: `contacts/:id/conversations/:id/messages/:id`.
    const shape = `${method} ${rest.map((s, i) => (i % 2 === 1 ? ':id' : s)).join('/')}`;
    if (!ROUTES.has(shape)) throw notFound();

    const inbox = inboxByIdentifier(inboxId);
    if (!inbox) throw notFound();
    const params = await readParams(req, body, url.searchParams);
    const [, sourceId, , conversationParam, action, messageParam] = rest;

    if (rest.length === 0) {
      return [
        200,
        {
          identifier: inbox.identifier,
          identity_validation_enabled: inbox.hmacMandatory,
          name: inbox.name,
          timezone: 'UTC',
          working_hours: [],
          working_hours_enabled: false,
          csat_survey_enabled: inbox.csatSurveyEnabled,
          csat_response_visible: false,
          greeting_enabled: false,
        },
      ];
    }
    if (sourceId === undefined) return [200, createContact(inbox, params)];

    const contactInbox = [...state.contactInboxes.values()].find(
      (ci) => ci.inboxId === inbox.id && ci.sourceId === sourceId,
    );
    if (!contactInbox) throw notFound();

    if (rest.length === 2) {
      processHmac(inbox, params, contactInbox);
      if (method === 'GET') return [200, publicContactInbox(state, contactInbox)];
      return [200, updateContact(contactInbox, params)];
    }

    if (conversationParam === undefined) {
      if (method === 'GET') {
        return [200, conversationsOf(contactInbox).map((c) => publicConversation(state, c))];
      }
      const at = now();
      const conversation: FakeChatwootConversation = {
        id: ++ids.conversation,
        uuid: randomUUID(),
        inboxId: inbox.id,
        contactId: contactInbox.contactId,
        contactInboxId: contactInbox.id,
        status: 'open',
        customAttributes: isRecord(params.values.custom_attributes) ? params.values.custom_attributes : {},
        assigneeId: null,
        contactLastSeenAt: null,
        agentLastSeenAt: null,
        firstReplyCreatedAt: null,
        contactTyping: null,
        createdAt: at,
        lastActivityAt: at,
        updatedAt: at,
      };
      state.conversations.set(conversation.id, conversation);
      broadcast(contactTokens(conversation), 'conversation.created', {
        ...conversationPush(state, conversation),
        account_id: state.accountId,
      });
      return [200, publicConversation(state, conversation)];
    }

    const displayId = /^\d+$/.test(conversationParam) ? Number(conversationParam) : Number.NaN;
    if (action === 'messages') {
      // InboxesController#set_conversation: any conversation of the contact.
      const conversation = state.conversations.get(displayId);
      if (!conversation || conversation.contactId !== contactInbox.contactId) throw notFound();
      if (messageParam === undefined && method === 'GET')
        return [200, listMessages(conversation, url.searchParams)];
      if (messageParam === undefined) {
        const content = str(params.values.content) ?? null;
        if (content !== null && content.length > 150_000) {
          throw new HttpAnswer(422, {
            message: 'Content is too long (maximum is 150000 characters)',
            attributes: ['content'],
          });
        }
        const contact = state.contacts.get(contactInbox.contactId);
        const files = await Promise.all(
          params.files.map(async (file) => ({
            name: file.name,
            type: file.type,
            data: new Uint8Array(await file.arrayBuffer()),
          })),
        );
        const message = createMessage(conversation, {
          content,
          messageType: 0,
          sender: contact ? { type: 'contact', id: contact.id } : null,
          echoId: present(params.values.echo_id) ?? null,
          files,
        });
        return [200, publicMessage(state, message)];
      }
      const message = state.messages.get(/^\d+$/.test(messageParam) ? Number(messageParam) : Number.NaN);
      if (!message || message.conversationId !== conversation.id) throw notFound();
      return [200, submitMessage(conversation, message, params)];
    }

    // ConversationsController#set_conversation: the session's conversations (the contact's if verified).
    const conversation = conversationsOf(contactInbox).find((c) => c.id === displayId);
    if (!conversation) throw notFound();
    if (action === undefined) return [200, publicConversation(state, conversation)];
    if (action === 'toggle_status') {
      const contact = state.contacts.get(conversation.contactId);
      changeStatus(
        conversation,
        'resolved',
        `Conversation was resolved by ${contact?.name ?? 'the contact'}`,
      );
      return [200, publicConversation(state, conversation)];
    }
    if (action === 'toggle_typing') {
      const typing = str(params.values.typing_status);
      if (typing === 'on' || typing === 'off' || typing === 'recording') conversation.contactTyping = typing;
      return [200, null];
    }
    // update_last_seen: Conversations::UpdateMessageStatusJob marks what the contact has seen as read.
    const seenAt = now();
    conversation.contactLastSeenAt = seenAt;
    for (const message of state.messages.values()) {
      if (
        message.conversationId === conversation.id &&
        message.messageType !== 0 &&
        message.createdAt <= seenAt &&
        (message.status === 'sent' || message.status === 'delivered')
      ) {
        message.status = 'read';
      }
    }
    return [200, null];
  }

  function readBody(req: IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          reject(railsError(413));
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  }

  function answer(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    if (res.destroyed || res.headersSent) return;
    if (body === null || body === undefined) {
      res.writeHead(status, { ...headers, 'content-length': '0' });
      res.end();
    } else if (typeof body === 'string') {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      res.end(body);
    } else {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(body));
    }
  }

  function serveAttachment(res: ServerResponse, pathname: string): void {
    const match = /^\/rails\/active_storage\/blobs\/redirect\/(\d+)\/[^/]+$/.exec(pathname);
    const attachment = match ? attachmentsById.get(Number(match[1])) : undefined;
    if (!attachment || pathname !== attachmentPath(attachment)) {
      answer(res, 404, { status: 404, error: 'Not Found' });
      return;
    }
    res.writeHead(200, {
      'content-type': attachment.contentType,
      'content-length': String(attachment.fileSize),
      'content-disposition': `inline; filename="${attachment.fileName.replace(/"/g, '')}"`,
    });
    res.end(Buffer.from(attachment.data));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // config/initializers/cors.rb opens /public/api/* to any origin.
    res.setHeader('access-control-allow-origin', '*');
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, PATCH, PUT, OPTIONS',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'content-type',
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }
    if (method === 'GET' && url.pathname.startsWith('/rails/active_storage/')) {
      serveAttachment(res, url.pathname);
      return;
    }

    const log = (status: number | 'dropped') => requestLog.push({ method, path: url.pathname, status });
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch {
      log(413);
      answer(res, 413, { status: 413, error: STATUS_CODES[413] });
      return;
    }

    const wait = delayMs;
    const phase = delayPhase;
    if (wait > 0 && phase === 'before') await sleep(wait);
    if (closed) return;

    const failure = takeFailure(method, url.pathname);
    if (failure) {
      log(failure.status);
      answer(res, failure.status, failure.body ?? railsError(failure.status).body, failure.headers);
      return;
    }

    let status: number;
    let result: unknown;
    try {
      [status, result] = await route(req, method, url, body);
    } catch (error) {
      if (!(error instanceof HttpAnswer)) throw error;
      status = error.status;
      result = error.body;
    }

    if (takeDrop(method, url.pathname)) {
      log('dropped');
      req.socket.destroy();
      return;
    }
    if (wait > 0 && phase === 'after') await sleep(wait);
    if (closed) return;
    log(status);
    answer(res, status, result);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      answer(res, 500, { status: 500, error: STATUS_CODES[500], detail: String(error) });
    });
  });

  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname !== '/cable' || refusingSockets || closed) {
      const status = pathname === '/cable' ? 503 : 404;
      socket.end(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      );
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  const fake: FakeChatwoot = {
    url: `http://127.0.0.1:${port}`,
    websocketUrl: `ws://127.0.0.1:${port}/cable`,
    port,
    inboxIdentifier: firstInbox.identifier,

    inbox(identifier) {
      const inbox = identifier === undefined ? firstInbox : inboxByIdentifier(identifier);
      if (!inbox) throw new Error(`[fake-chatwoot] no inbox ${identifier}`);
      return { ...inbox };
    },

    identifierHash(identifier, inboxIdentifier) {
      return hmacHex(fake.inbox(inboxIdentifier).hmacToken, identifier);
    },

    agentReply(conversationId, text, replyOptions = {}) {
      const conversation = conversationOrThrow(conversationId);
      const agent = agentOrThrow(replyOptions.agentId);
      const message = createMessage(conversation, {
        content: text,
        messageType: 1,
        contentType: replyOptions.contentType ?? 'text',
        contentAttributes: replyOptions.contentAttributes ?? {},
        private: replyOptions.private ?? false,
        sender: { type: 'user', id: agent.id },
        files: (replyOptions.attachments ?? []).map((file) => ({
          name: file.name,
          type: file.type,
          data: typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data,
        })),
      });
      if (!message.private) conversation.firstReplyCreatedAt ??= message.createdAt;
      return { ...message };
    },

    agentTyping(conversationId, on, agentId) {
      const conversation = conversationOrThrow(conversationId);
      const agent = agentOrThrow(agentId);
      const contactInbox = state.contactInboxes.get(conversation.contactInboxId);
      if (!contactInbox) return;
      broadcast([contactInbox.pubsubToken], on ? 'conversation.typing_on' : 'conversation.typing_off', {
        conversation: conversationPush(state, conversation),
        user: userPush(agent),
        is_private: false,
        account_id: state.accountId,
      });
    },

    resolve(conversationId, agentId) {
      const agent = agentOrThrow(agentId);
      changeStatus(
        conversationOrThrow(conversationId),
        'resolved',
        `Conversation was marked resolved by ${agent.name}`,
      );
    },

    setStatus(conversationId, status) {
      changeStatus(conversationOrThrow(conversationId), status, null);
    },

    sendCsat(conversationId) {
      return { ...sendCsatTo(conversationOrThrow(conversationId)) };
    },

    setAgentPresence(agentId, availability) {
      agentOrThrow(agentId).availability = availability;
      const tokens = new Set<string>();
      for (const client of clients) for (const token of client.subscriptions.values()) tokens.add(token);
      for (const token of tokens) broadcastPresence(token);
    },

    contacts() {
      return [...state.contacts.values()].map((contact) => ({
        ...contact,
        contactInboxes: [...state.contactInboxes.values()]
          .filter((ci) => ci.contactId === contact.id)
          .map((ci) => ({ ...ci })),
      }));
    },

    conversations() {
      return [...state.conversations.values()].map((c) => ({ ...c }));
    },

    messages(conversationId) {
      return [...state.messages.values()]
        .filter((m) => m.conversationId === conversationId)
        .sort((a, b) => a.createdAt - b.createdAt || a.id - b.id)
        .map((m) => ({ ...m }));
    },

    csatResponses: () => [...csat],
    requests: () => [...requestLog],
    socketCount: () => clients.size,

    dropSockets(dropOptions = {}) {
      for (const client of clients) client.ws.terminate();
      const refuseFor = clampMs(dropOptions.refuseForMs ?? 0);
      if (refuseFor > 0) {
        refusingSockets = true;
        const timer = setTimeout(() => {
          timers.delete(timer);
          refusingSockets = false;
        }, refuseFor);
        timers.add(timer);
      }
    },

    delay(ms, delayOptions = {}) {
      delayMs = clampMs(ms);
      delayPhase = delayOptions.phase ?? 'before';
    },

    failNext(count, status, body, headers = {}) {
      const remaining = clampTimes(count);
      if (remaining > 0) failRules.push({ method: '*', path: /(?:)/, status, body, headers, remaining });
    },

    failWhen(method, path, status, times = 1, body) {
      const remaining = clampTimes(times);
      if (remaining > 0) {
        failRules.push({ method: method.toUpperCase(), path, status, body, headers: {}, remaining });
      }
    },

    dropAnswerAfterCommit(method, path, times = 1) {
      const remaining = clampTimes(times);
      if (remaining > 0) dropRules.push({ method: method.toUpperCase(), path, remaining });
    },

    clearFaults() {
      delayMs = 0;
      failRules.length = 0;
      dropRules.length = 0;
      refusingSockets = false;
    },

    async close() {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      if (pingTimer !== undefined) clearInterval(pingTimer);
      pingTimer = undefined;
      for (const client of clients) client.ws.terminate();
      clients.clear();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
  return fake;
}
