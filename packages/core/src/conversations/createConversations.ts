import type {
  Conversation,
  ConversationContext,
  Message,
  Participant,
  RealtimeEvent,
} from '@parley/contract';
import type { ClientRuntime } from '../client/ClientRuntime';
import { isParleyError, ParleyError } from '../errors/ParleyError';
import type { Outbox } from '../outbox/createOutbox';
import type { OutboxEntry } from '../outbox/OutboxEntry';
import { createStore, type WritableStore } from '../store/createStore';
import { isRetryable } from '../transport/isRetryable';
import type {
  ChatMessage,
  ConversationListSnapshot,
  ConversationListStore,
  ConversationSnapshot,
  ConversationStore,
  ConversationsApi,
  CreateConversationOptions,
  LoadStatus,
  OutgoingFile,
  SendOptions,
} from './ConversationsApi';
import { mergeMessages } from './mergeMessages';
import { newClientMessageId } from './newClientMessageId';

/** How long a typing indicator lasts when the backend never says it stopped. */
const TYPING_EXPIRY_MS = 10_000;
/** While the customer keeps typing, `typing: true` is sent at most this often. */
const TYPING_THROTTLE_MS = 3_000;
/** Without a keystroke for this long, the customer has stopped typing. */
const TYPING_IDLE_MS = 5_000;
/** Catch-up reads at most this many older pages looking for messages it already knows. */
const MAX_CATCH_UP_PAGES = 10;

/** What the conversations domain needs besides the runtime. @internal */
export interface ConversationsDependencies {
  outbox: Outbox;
  /** The page context to attach to a new conversation (URL, title, referrer, locale, time zone...). */
  collectContext(): ConversationContext;
}

/** One conversation's state behind its store. */
interface ConversationState {
  readonly id: string;
  conversation: Conversation | null;
  messages: readonly Message[];
  olderCursor: string | null;
  status: LoadStatus;
  error: ParleyError | null;
  typing: Map<string, { participant: Participant; timer: ReturnType<typeof setTimeout> }>;
  readonly store: WritableStore<ConversationSnapshot>;
  readonly api: ConversationStore;
  loading: Promise<void> | undefined;
}

const asError = (error: unknown, message: string): ParleyError =>
  isParleyError(error) ? error : new ParleyError('network', message, { cause: error });

function localFiles(files: readonly OutgoingFile[] | undefined): { blob: Blob; name: string }[] {
  return (files ?? []).map((file) =>
    'blob' in file ? { blob: file.blob, name: file.name } : { blob: file, name: file.name },
  );
}

/** Shows an outbox entry as a message of the conversation, before the backend has it. */
function toPendingMessage(entry: OutboxEntry, conversationId: string): ChatMessage {
  return {
    id: entry.clientMessageId,
    conversationId,
    clientMessageId: entry.clientMessageId,
    author: { kind: 'visitor', id: null, name: '', avatarUrl: null },
    text: entry.text,
    parts: [],
    attachments: [],
    createdAt: entry.createdAt,
    state: entry.state,
    error: entry.failure
      ? new ParleyError(entry.failure.code as ParleyError['code'], entry.failure.message)
      : null,
    localFiles: entry.files.map(({ blob, name }) => ({ name, size: blob.size, type: blob.type })),
  };
}

const sent = (message: Message): ChatMessage => ({ ...message, state: 'sent', error: null, localFiles: [] });

/**
 * `client.conversations`: the list, one store per conversation, and exactly-once sending through the
 * outbox. Realtime flows while any of its stores has a subscriber.
 * @internal
 */
export function createConversations(
  runtime: ClientRuntime,
  { outbox, collectContext }: ConversationsDependencies,
): ConversationsApi & { destroy(): void } {
  const { backend, session } = runtime;
  const states = new Map<string, ConversationState>();
  /** Sent ids whose realtime echo must not count as a new message for this tab. */
  const ownClientMessageIds = new Set<string>();
  const creations = new Map<string, { resolve(c: Conversation): void; reject(e: ParleyError): void }>();
  let lastUnread: number | undefined;
  let sequence = 0;

  // ---- Realtime: one subscription while anything is watched. ----
  let watchers = 0;
  let stopRealtime: (() => void) | undefined;
  const watch = (): (() => void) => {
    watchers += 1;
    if (watchers === 1) {
      stopRealtime = runtime.realtime.subscribe({ onEvent: handleEvent, onResync: resync });
      void flush();
    }
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      watchers -= 1;
      if (watchers === 0) {
        stopRealtime?.();
        stopRealtime = undefined;
      }
    };
  };

  // ---- The list. ----
  let listCursor: string | null = null;
  const listState = createStore<ConversationListSnapshot>(
    { status: 'idle', conversations: [], unreadCount: 0, hasMore: false, error: null },
    {
      onStart() {
        const stop = watch();
        void refreshList();
        return stop;
      },
    },
  );

  const setList = (
    conversations: readonly Conversation[],
    changes: Partial<ConversationListSnapshot> = {},
  ) => {
    const sorted = [...conversations].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
    const unreadCount = sorted.reduce((total, item) => total + item.unreadCount, 0);
    listState.set({ ...listState.getSnapshot(), ...changes, conversations: sorted, unreadCount });
    if (unreadCount !== lastUnread && listState.getSnapshot().status === 'ready') {
      lastUnread = unreadCount;
      runtime.emit('unread', { count: unreadCount });
    }
  };

  const upsertConversation = (conversation: Conversation): void => {
    const list = listState.getSnapshot();
    if (list.status !== 'idle') {
      setList([...list.conversations.filter((item) => item.id !== conversation.id), conversation]);
    }
    const state = states.get(conversation.id);
    if (state) {
      state.conversation = conversation;
      render(state);
    }
  };

  const refreshList = async (): Promise<void> => {
    const list = listState.getSnapshot();
    listState.set({ ...list, status: list.status === 'ready' ? 'ready' : 'loading', error: null });
    try {
      const page = await runtime.retry((signal) =>
        session.withToken((token) => backend.listConversations({}, { token, signal })),
      );
      listCursor = page.nextCursor;
      setList(page.data, { status: 'ready', hasMore: page.nextCursor !== null, error: null });
    } catch (error) {
      listState.set({
        ...listState.getSnapshot(),
        status: 'error',
        error: asError(error, 'Could not load.'),
      });
    }
  };

  const list: ConversationListStore = {
    getSnapshot: listState.getSnapshot,
    subscribe: listState.subscribe,
    refresh: refreshList,
    async loadMore() {
      if (listCursor === null) return;
      const cursor = listCursor;
      const page = await session.withToken((token) => backend.listConversations({ cursor }, { token }));
      listCursor = page.nextCursor;
      const known = new Set(page.data.map((item) => item.id));
      setList(
        [...listState.getSnapshot().conversations.filter((item) => !known.has(item.id)), ...page.data],
        {
          hasMore: page.nextCursor !== null,
        },
      );
    },
  };

  // ---- One conversation. ----
  const render = (state: ConversationState): void => {
    const pending = outbox.entries
      .getSnapshot()
      .filter((entry) => entry.kind === 'message' && entry.conversationId === state.id);
    const delivered = new Set(state.messages.map((message) => message.clientMessageId));
    const messages: ChatMessage[] = state.messages.map(sent);
    for (const entry of pending) {
      if (!delivered.has(entry.clientMessageId)) messages.push(toPendingMessage(entry, state.id));
    }
    const conversation = state.conversation;
    let answering: Participant | null = conversation?.assignee ?? null;
    if (!answering) {
      for (let index = state.messages.length - 1; index >= 0; index--) {
        const author = state.messages[index]?.author;
        if (author?.kind === 'bot' || author?.kind === 'agent') {
          answering = author;
          break;
        }
      }
    }
    state.store.set({
      status: state.status,
      conversation,
      messages,
      hasOlder: state.olderCursor !== null,
      typing: [...state.typing.values()].map((item) => item.participant),
      answering,
      unreadCount: conversation?.unreadCount ?? 0,
      error: state.error,
    });
  };

  const loadConversation = (state: ConversationState): Promise<void> => {
    state.loading ??= (async () => {
      if (!state.conversation) {
        state.status = 'loading';
        render(state);
      }
      try {
        const [conversation, page] = await runtime.retry((signal) =>
          session.withToken((token) =>
            Promise.all([
              backend.getConversation(state.id, { token, signal }),
              backend.listMessages(state.id, {}, { token, signal }),
            ]),
          ),
        );
        const known = new Set(state.messages.map((message) => message.id));
        const overlaps = state.messages.length === 0 || page.data.some((message) => known.has(message.id));
        state.conversation = conversation;
        state.messages = mergeMessages(state.messages, page.data);
        if (state.olderCursor === null || !overlaps) state.olderCursor = page.nextCursor;
        if (!overlaps) await catchUpOlder(state, page.nextCursor, known);
        state.status = 'ready';
        state.error = null;
      } catch (error) {
        state.status = 'error';
        state.error = asError(error, 'Could not load the conversation.');
      } finally {
        state.loading = undefined;
        render(state);
      }
    })();
    return state.loading;
  };

  /** After a gap, reads older pages until it meets a message it already had. */
  const catchUpOlder = async (state: ConversationState, cursor: string | null, known: Set<string>) => {
    let before = cursor;
    for (let page = 0; before !== null && page < MAX_CATCH_UP_PAGES; page++) {
      const cursorText = before;
      const older = await session.withToken((token) =>
        backend.listMessages(state.id, { before: cursorText }, { token }),
      );
      state.messages = mergeMessages(state.messages, older.data);
      before = older.nextCursor;
      if (older.data.some((message) => known.has(message.id))) return;
    }
  };

  const get = (conversationId: string): ConversationStore => {
    const existing = states.get(conversationId);
    if (existing) return existing.api;
    const store = createStore<ConversationSnapshot>(
      {
        status: 'idle',
        conversation: null,
        messages: [],
        hasOlder: false,
        typing: [],
        answering: null,
        unreadCount: 0,
        error: null,
      },
      {
        onStart() {
          const stop = watch();
          void loadConversation(state);
          return stop;
        },
      },
    );
    const state: ConversationState = {
      id: conversationId,
      conversation: null,
      messages: [],
      olderCursor: null,
      status: 'idle',
      error: null,
      typing: new Map(),
      store,
      loading: undefined,
      api: {
        getSnapshot: store.getSnapshot,
        subscribe: store.subscribe,
        async loadOlder() {
          const cursor = state.olderCursor;
          if (cursor === null) return;
          const page = await session.withToken((token) =>
            backend.listMessages(conversationId, { before: cursor }, { token }),
          );
          state.olderCursor = page.nextCursor;
          state.messages = mergeMessages(state.messages, page.data);
          render(state);
        },
      },
    };
    states.set(conversationId, state);
    return state.api;
  };

  // ---- Realtime events. ----
  const stopTyping = (state: ConversationState, key: string): void => {
    const item = state.typing.get(key);
    if (!item) return;
    clearTimeout(item.timer);
    state.typing.delete(key);
  };
  const participantKey = (participant: Participant): string =>
    `${participant.kind}:${participant.id ?? participant.name}`;

  const receiveMessage = (conversationId: string, message: Message): void => {
    const state = states.get(conversationId);
    let isNew = true;
    if (state) {
      isNew = !state.messages.some((item) => item.id === message.id);
      state.messages = mergeMessages(state.messages, [message]);
      stopTyping(state, participantKey(message.author));
      render(state);
    }
    const own = message.clientMessageId !== null && ownClientMessageIds.has(message.clientMessageId);
    if (message.clientMessageId !== null && outbox.find(message.clientMessageId)) {
      // The echo arrived before the send's answer: the message is delivered.
      ownClientMessageIds.add(message.clientMessageId);
      void outbox.remove(message.clientMessageId);
    } else if (isNew && !own && (message.author.kind === 'agent' || message.author.kind === 'bot')) {
      runtime.emit('message', { conversationId, message });
    }
    const list = listState.getSnapshot();
    const listed = list.conversations.find((item) => item.id === conversationId);
    if (listed && Date.parse(listed.updatedAt) <= Date.parse(message.createdAt)) {
      upsertConversation({ ...listed, lastMessage: message, updatedAt: message.createdAt });
    } else if (!listed && list.status === 'ready') {
      void session
        .withToken((token) => backend.getConversation(conversationId, { token }))
        .then(upsertConversation, () => undefined);
    }
  };

  function handleEvent(event: RealtimeEvent): void {
    switch (event.type) {
      case 'message.created':
      case 'message.updated':
        receiveMessage(event.data.conversationId, event.data.message);
        return;
      case 'conversation.updated':
        upsertConversation(event.data.conversation);
        runtime.emit('conversation', { conversation: event.data.conversation });
        return;
      case 'typing': {
        const { participant, typing, conversationId } = event.data;
        const state = states.get(conversationId);
        if (!state || participant.kind === 'visitor') return;
        const key = participantKey(participant);
        stopTyping(state, key);
        if (typing) {
          const timer = setTimeout(() => {
            state.typing.delete(key);
            render(state);
          }, TYPING_EXPIRY_MS);
          state.typing.set(key, { participant, timer });
        }
        render(state);
        return;
      }
      case 'read': {
        const state = states.get(event.data.conversationId);
        if (state?.conversation && event.data.reader === 'team') {
          state.conversation = { ...state.conversation, lastReadByTeam: event.data.messageId };
          render(state);
        }
        return;
      }
      default:
        return;
    }
  }

  function resync(): void {
    if (listState.getSnapshot().status !== 'idle') void refreshList();
    for (const state of states.values()) if (state.status !== 'idle') void loadConversation(state);
  }

  // ---- The outbox: sending exactly once. ----
  let flushing: Promise<void> | undefined;
  let flushAgain = false;
  let outboxLoaded: Promise<void> | undefined;

  const loadOutbox = (): Promise<void> => {
    outboxLoaded ??= session.restore().then(
      (restored) => outbox.load(restored?.contact.id ?? 'anonymous'),
      () => outbox.load('anonymous'),
    );
    return outboxLoaded;
  };

  const deliverOnce = async (entry: OutboxEntry, token: string, signal: AbortSignal) => {
    const attachmentIds = [...entry.attachmentIds];
    for (let index = attachmentIds.length; index < entry.files.length; index++) {
      const file = entry.files[index];
      if (!file || !backend.uploadAttachment) {
        throw new ParleyError('invalid_request', 'This backend does not accept attachments.');
      }
      const attachment = await backend.uploadAttachment(file, {
        token,
        signal,
        idempotencyKey: `${entry.clientMessageId}_f${index}`,
      });
      attachmentIds.push(attachment.id);
      // Remembered at once, so a retry never uploads the same file twice.
      await outbox.put({ ...entry, attachmentIds: [...attachmentIds] });
    }
    const message = {
      clientMessageId: entry.clientMessageId,
      text: entry.text,
      ...(attachmentIds.length > 0 ? { attachmentIds } : {}),
      ...(entry.quickReplyId === undefined ? {} : { quickReplyId: entry.quickReplyId }),
    };
    const call = { token, signal, idempotencyKey: entry.clientMessageId };
    if (entry.kind === 'message' && entry.conversationId !== null) {
      return { message: await backend.sendMessage(entry.conversationId, message, call) };
    }
    const request = { message, ...(entry.context === undefined ? {} : { context: entry.context }) };
    return { conversation: await backend.createConversation(request, call) };
  };

  /** Sends one entry; `false` when the outbox must wait (offline, or a transient failure). */
  const deliver = async (entry: OutboxEntry): Promise<boolean> => {
    try {
      const result = await runtime.retry(
        (signal) =>
          session.withToken((token) =>
            deliverOnce(outbox.find(entry.clientMessageId) ?? entry, token, signal),
          ),
        { signal: runtime.signal },
      );
      ownClientMessageIds.add(entry.clientMessageId);
      await outbox.remove(entry.clientMessageId);
      if ('message' in result) {
        receiveMessage(result.message.conversationId, result.message);
      } else {
        upsertConversation(result.conversation);
        if (result.conversation.lastMessage) {
          receiveMessage(result.conversation.id, result.conversation.lastMessage);
        }
        runtime.emit('conversation', { conversation: result.conversation });
        creations.get(entry.clientMessageId)?.resolve(result.conversation);
        creations.delete(entry.clientMessageId);
      }
      return true;
    } catch (caught) {
      if (runtime.signal.aborted) return false;
      const error = asError(caught, 'The message could not be sent.');
      const transient = isRetryable(error);
      const current = outbox.find(entry.clientMessageId) ?? entry;
      const offline = (globalThis as { navigator?: Navigator }).navigator?.onLine === false;
      if (!(transient && offline)) {
        await outbox.put({
          ...current,
          state: 'failed',
          failure: { code: error.code, message: error.message, transient },
        });
        runtime.emit('error', { error });
        creations.get(entry.clientMessageId)?.reject(error);
        creations.delete(entry.clientMessageId);
      }
      // A permanent failure (the backend refused this message) must not hold back the messages after it.
      return !transient;
    }
  };

  const flush = (): Promise<void> => {
    if (flushing) {
      flushAgain = true;
      return flushing;
    }
    flushing = (async () => {
      await loadOutbox();
      do {
        flushAgain = false;
        for (const entry of outbox.entries.getSnapshot()) {
          if (runtime.signal.aborted) return;
          if (entry.state !== 'pending' || !outbox.find(entry.clientMessageId)) continue;
          if (!(await deliver(entry))) return;
        }
      } while (flushAgain);
    })().finally(() => {
      flushing = undefined;
    });
    return flushing;
  };

  const enqueue = async (entry: OutboxEntry): Promise<void> => {
    await loadOutbox();
    await outbox.put(entry);
    void flush();
  };

  const checkText = (text: unknown, hasFiles: boolean): string => {
    if (typeof text !== 'string')
      throw new ParleyError('invalid_request', 'The message text must be a string.');
    if (text.trim() === '' && !hasFiles) throw new ParleyError('invalid_request', 'The message is empty.');
    return text;
  };

  const newEntry = (
    kind: OutboxEntry['kind'],
    conversationId: string | null,
    text: string,
    files: readonly OutgoingFile[] | undefined,
    extra: Pick<OutboxEntry, 'quickReplyId' | 'context'>,
  ): OutboxEntry => ({
    clientMessageId: newClientMessageId(),
    kind,
    conversationId,
    text,
    files: localFiles(files),
    attachmentIds: [],
    createdAt: new Date().toISOString(),
    sequence: sequence++,
    state: 'pending',
    failure: null,
    ...extra,
  });

  // Every change of the outbox shows in the conversations on screen.
  const stopOutbox = outbox.entries.subscribe(() => {
    for (const state of states.values()) render(state);
  });
  const stopWake = runtime.onWake(() => {
    // Back online or back in view: what failed for a passing reason is tried again.
    for (const entry of outbox.entries.getSnapshot()) {
      if (entry.state === 'failed' && entry.failure?.transient) {
        void outbox.put({ ...entry, state: 'pending', failure: null });
      }
    }
    void flush();
  });
  let identity = 'anonymous';
  const stopSessionChanges = session.onChange((next) => {
    const nextIdentity = next?.contact.id ?? 'anonymous';
    if (nextIdentity === identity) return;
    const previous = identity;
    identity = nextIdentity;
    // The first session (started or restored): messages written before it now belong to it.
    if (previous === 'anonymous') {
      outboxLoaded = outbox.load(nextIdentity);
      void outboxLoaded.then(() => flush());
      return;
    }
    // Identified as a user (the visitor's data moved with them) or logged out (theirs is forgotten): what
    // is on screen belonged to someone else.
    outboxLoaded = next ? outbox.moveTo(nextIdentity) : outbox.load('anonymous');
    for (const state of states.values()) {
      state.conversation = null;
      state.messages = [];
      state.olderCursor = null;
      state.status = 'idle';
      render(state);
    }
    listCursor = null;
    listState.set({ status: 'idle', conversations: [], unreadCount: 0, hasMore: false, error: null });
    if (watchers > 0) resync();
  });

  return {
    list,
    get,

    async create(options: CreateConversationOptions) {
      const text = checkText(options?.text, (options?.attachments?.length ?? 0) > 0);
      const context = { ...collectContext(), ...runtime.activity.snapshot(), ...options.context };
      const entry = newEntry('conversation', null, text, options.attachments, {
        quickReplyId: undefined,
        context,
      });
      const created = new Promise<Conversation>((resolve, reject) =>
        creations.set(entry.clientMessageId, { resolve, reject }),
      );
      await enqueue(entry);
      return created;
    },

    async send(conversationId: string, options: SendOptions) {
      const text = checkText(options?.text, (options?.files?.length ?? 0) > 0);
      const entry = newEntry('message', conversationId, text, options.files, {
        quickReplyId: options.quickReplyId,
        context: undefined,
      });
      await enqueue(entry);
      return entry.clientMessageId;
    },

    async retry(clientMessageId: string) {
      await loadOutbox();
      const entry = outbox.find(clientMessageId);
      if (!entry) throw new ParleyError('not_found', `No unsent message has the id ${clientMessageId}.`);
      await outbox.put({ ...entry, state: 'pending', failure: null });
      await flush();
    },

    async markRead(conversationId: string, messageId?: string) {
      const state = states.get(conversationId);
      const newest = messageId ?? state?.messages.at(-1)?.id ?? state?.conversation?.lastMessage?.id;
      const markReadMember = backend.markRead;
      if (newest === undefined || !markReadMember) return;
      if (state?.conversation) {
        upsertConversation({ ...state.conversation, unreadCount: 0 });
      } else {
        const listed = listState.getSnapshot().conversations.find((item) => item.id === conversationId);
        if (listed) upsertConversation({ ...listed, unreadCount: 0 });
      }
      await runtime.retry((signal) =>
        session.withToken((token) => markReadMember.call(backend, conversationId, newest, { token, signal })),
      );
    },

    setTyping: createTypingSender(runtime),

    async rate(conversationId: string, rating: { score: number; comment?: string }) {
      const rateMember = backend.rateConversation;
      if (!rateMember) throw new ParleyError('invalid_request', 'This backend does not take ratings.');
      const score = rating?.score;
      if (!Number.isInteger(score) || score < 1 || score > 5) {
        throw new ParleyError('invalid_request', 'A rating is a whole number from 1 to 5.');
      }
      const request = { score, ...(rating.comment ? { comment: rating.comment } : {}) };
      const conversation = await session.withToken((token) =>
        rateMember.call(backend, conversationId, request, { token }),
      );
      upsertConversation(conversation);
      runtime.emit('conversation', { conversation });
      return conversation;
    },

    destroy() {
      stopOutbox();
      stopWake();
      stopSessionChanges();
      stopRealtime?.();
      for (const state of states.values()) for (const key of [...state.typing.keys()]) stopTyping(state, key);
      for (const { reject } of creations.values())
        reject(new ParleyError('aborted', 'The client was destroyed.'));
      creations.clear();
    },
  };
}

/**
 * `setTyping` for every keystroke: `typing: true` goes out at most every few seconds, and `false` once the
 * customer stops (or after a pause). Failures are dropped: a lost typing indicator is not worth an error.
 */
function createTypingSender(runtime: ClientRuntime): (conversationId: string, typing: boolean) => void {
  const last = new Map<string, { sentAt: number; idle: ReturnType<typeof setTimeout> }>();
  const send = (conversationId: string, typing: boolean): void => {
    const member = runtime.backend.setTyping;
    if (!member || runtime.signal.aborted) return;
    runtime.session
      .withToken((token) => member.call(runtime.backend, conversationId, typing, { token }))
      .catch(() => undefined);
  };
  const stop = (conversationId: string): void => {
    const current = last.get(conversationId);
    if (!current) return;
    clearTimeout(current.idle);
    last.delete(conversationId);
    send(conversationId, false);
  };
  runtime.signal.addEventListener('abort', () => {
    for (const { idle } of last.values()) clearTimeout(idle);
    last.clear();
  });
  return (conversationId, typing) => {
    if (!typing) return stop(conversationId);
    const now = Date.now();
    const current = last.get(conversationId);
    if (current) clearTimeout(current.idle);
    const sentAt = current && now - current.sentAt < TYPING_THROTTLE_MS ? current.sentAt : now;
    if (sentAt === now) send(conversationId, true);
    last.set(conversationId, { sentAt, idle: setTimeout(() => stop(conversationId), TYPING_IDLE_MS) });
  };
}
