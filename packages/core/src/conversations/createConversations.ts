import type {
  Conversation,
  ConversationContext,
  Message,
  Participant,
  RatingRequest,
  RealtimeEvent,
  SendMessageRequest,
} from '@parley/contract';
import type { BackendCall } from '../backend/Backend';
import { offered } from '../backend/offered';
import type { ClientRuntime } from '../client/ClientRuntime';
import { isOffline } from '../environment/isOffline';
import { isParleyError, ParleyError, type ParleyErrorCode } from '../errors/ParleyError';
import { createOutbox, type Outbox } from '../outbox/createOutbox';
import type { OutboxEntry } from '../outbox/OutboxEntry';
import { createLiveStore, type LiveStore } from '../store/createLiveStore';
import type { Store } from '../store/Store';
import { isRetryable } from '../transport/isRetryable';
import type {
  ChatMessage,
  ConversationListSnapshot,
  ConversationSnapshot,
  ConversationStore,
  ConversationsApi,
  OutgoingFile,
} from './ConversationsApi';
import { newClientMessageId } from './newClientMessageId';

/** The last copy of each item (by id), oldest `date` first. */
const unique = <T extends { id: string } & Record<K, string>, K extends string>(
  items: readonly T[],
  date: K,
) =>
  [...new Map(items.map((item) => [item.id, item])).values()].sort(
    (a, b) => Date.parse(a[date]) - Date.parse(b[date]),
  );
const ignore = () => {};
const fromTeam = ({ kind }: Participant) => kind === 'agent' || kind === 'bot';
const person = ({ kind, id, name }: Participant) => kind + (id ?? name);
/**
 * `known` with `incoming` added, in time order. A message known by id is replaced by its newer copy: the
 * incoming one, but for an `older` page, whose messages also go first among those of the same time.
 */
const merge = (known: readonly ChatMessage[], incoming: readonly Message[], older?: boolean) => {
  const sent = incoming.map(
    (message): ChatMessage => ({ ...message, state: 'sent', error: null, localFiles: [] }),
  );
  return unique(older ? [...sent, ...known] : [...known, ...sent], 'createdAt');
};

/** What the conversations domain needs besides the runtime. @internal */
export interface ConversationsDependencies {
  /** Where unsent messages wait. @default an outbox in the runtime's storage */
  outbox?: Outbox;
  /** The context to attach to a new conversation (page, locale, time zone, recent searches...). */
  collectContext(): ConversationContext;
}

/**
 * `client.conversations`: the list, one store per conversation, and exactly-once sending through the
 * outbox. The stores are live (see {@link createLiveStore}): loaded and fed by realtime while subscribed,
 * reloaded after a realtime gap, emptied when the person changes.
 * @internal
 */
export function createConversations(
  runtime: ClientRuntime,
  { outbox = createOutbox(runtime.storage), collectContext }: ConversationsDependencies,
): ConversationsApi & { destroy(): void } {
  const { backend, session, emit } = runtime;
  /** Each conversation's live store; its `view` is what the public gets. */
  const stores = new Map<string, LiveStore<ConversationSnapshot>>();
  /** Every timer (typing shown, typing sent), by key, so that `destroy` stops them all. */
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** When `typing: true` was last sent, by conversation. */
  const typingSent = new Map<string, number>();
  /** Settles the promise of a `create`, by clientMessageId. */
  const creations = new Map<string, (result: Conversation | ParleyError) => void>();
  let lastEvent: RealtimeEvent | undefined;
  /** The team's messages announced with a `message` event, so that none is announced twice. */
  const announced = new Set<string>();
  /** The newest message this client knows of each conversation it has seen (created, listed, updated). */
  const lastKnown = new Map<string, Message>();
  let lastUnread: number | undefined;
  let listCursor: string | undefined;
  /** The time of the latest action: each gets a later one, so that the outbox keeps their order. */
  let lastAction = 0;
  let loaded: Promise<void> | undefined;
  let flushing = Promise.resolve();

  const entries = () => outbox.entries.getSnapshot();
  const idle = { status: 'idle', unreadCount: 0, error: null } as const;
  /** A backend call with the session's token, retried with backoff. */
  const authed = <T>(run: (call: BackendCall) => Promise<T>) =>
    runtime.retry((signal) => session.withToken((token) => run({ token, signal })));
  /** Cancels the timer under `key`, and sets a new one when `run` is given. */
  const timer = (key: string, run: false | (() => void), ms: number) => {
    clearTimeout(timers.get(key));
    if (run) timers.set(key, setTimeout(run, ms));
  };

  /** What a conversation shows: its messages, then the customer's still on their way; who answers. */
  const render = (conversationId: string, state: ConversationSnapshot): ConversationSnapshot => {
    const messages = state.messages.filter((message) => message.state === 'sent');
    const { conversation } = state;
    return {
      ...state,
      messages: [
        ...messages,
        ...entries()
          .filter(
            (entry) =>
              entry.conversationId === conversationId &&
              !messages.some((message) => message.clientMessageId === entry.id),
          )
          // A local copy: its id is its clientMessageId.
          .map(
            ({ id, text, createdAt, failure, files }): ChatMessage => ({
              id,
              conversationId,
              clientMessageId: id,
              author: { kind: 'visitor', id: null, name: '', avatarUrl: null },
              text,
              parts: [],
              attachments: [],
              createdAt,
              state: failure ? 'failed' : 'pending',
              error: failure ? new ParleyError(failure.code as ParleyErrorCode, failure.message) : null,
              localFiles: files.map(({ blob, name }) => ({ name, size: blob.size, type: blob.type })),
            }),
          ),
      ],
      answering:
        conversation?.assignee ??
        messages.reduce<Participant | null>((last, { author }) => (fromTeam(author) ? author : last), null),
      unreadCount: conversation?.unreadCount ?? 0,
    };
  };
  const edit = (id: string, change?: (state: ConversationSnapshot) => Partial<ConversationSnapshot>) =>
    stores.get(id)?.update((state) => render(id, { ...state, ...change?.(state) }));

  // ---- The list. ----
  /** The list with `conversations` (the last copy of each wins), the most recently updated first. */
  const listed = (
    state: ConversationListSnapshot,
    all: readonly Conversation[],
    hasMore = state.hasMore,
  ): ConversationListSnapshot => {
    const conversations = unique(all, 'updatedAt').reverse();
    const count = conversations.reduce((sum, item) => sum + item.unreadCount, 0);
    // A loaded list (its answer is applied on `ready`) tells a new count, once the list shows it.
    if (state.status === 'ready' && count !== lastUnread) {
      lastUnread = count;
      queueMicrotask(() => emit('unread', { count }));
    }
    return { ...state, conversations, hasMore, unreadCount: count };
  };
  const list = createLiveStore<ConversationListSnapshot>(
    runtime,
    { ...idle, conversations: [], hasMore: false },
    async (call, more) => {
      const page = await call((c) => backend.listConversations({ cursor: more ? listCursor : undefined }, c));
      return (state) => {
        // A reload (a resync, a refresh) brings the newest page up to date and keeps the older pages
        // already shown, and where they end.
        const keepOlder = !more && state.conversations.length > page.data.length;
        if (!keepOlder) listCursor = page.nextCursor ?? undefined;
        return listed(state, [...(more || keepOlder ? state.conversations : []), ...page.data], !!listCursor);
      };
    },
    onEvent,
  );

  /** Shows a newer copy of a conversation, and tells the app. */
  /**
   * The newest message the customer has read, and when it was written, by conversation: a copy of the
   * conversation that was on its way before the read (a realtime event) counts what the read cleared, and
   * must not bring the count back. A copy with a newer message is the backend's word.
   */
  const readUntil = new Map<string, { id: string; at: number }>();
  const upsert = (received: Conversation) => {
    const read = readUntil.get(received.id);
    const last = received.lastMessage;
    // The message read, or an older one (by time: messages of the same millisecond are not told apart).
    const stale =
      !!read &&
      !!last &&
      received.unreadCount > 0 &&
      (last.id === read.id || Date.parse(last.createdAt) < read.at);
    const conversation = stale ? { ...received, unreadCount: 0 } : received;
    if (list.getSnapshot().status !== 'idle') {
      list.update((state) => listed(state, [...state.conversations, conversation]));
    }
    edit(conversation.id, () => ({ conversation }));
    emit('conversation', { conversation });
    // A newer last message than the one known is a reply that arrived (a list or conversation read again
    // after the stream was down, or before it connected).
    const known = lastKnown.get(received.id);
    if (last && (!known || Date.parse(last.createdAt) >= Date.parse(known.createdAt))) {
      lastKnown.set(received.id, last);
      if (known && known.id !== last.id) announce(received.id, last);
    }
    return conversation;
  };

  // ---- One conversation. ----
  const get = (id: string) => {
    if (!stores.has(id)) {
      /** Where older messages start; `undefined` when there are none. */
      let cursor: string | undefined;
      const live = createLiveStore<ConversationSnapshot>(
        runtime,
        { ...idle, conversation: null, messages: [], hasOlder: false, typing: [], answering: null },
        async (call, more) => {
          const [conversation, page] = await Promise.all([
            more ? null : call((c) => backend.getConversation(id, c)),
            call((c) => backend.listMessages(id, more ? { before: cursor } : {}, c)),
          ]);
          return (state) => {
            // Missed messages (a resync, a reopened store) come as the latest page. When it does not reach
            // what is known, the conversation restarts from it, with no gap; older messages load on demand.
            const gap =
              !more && !page.data.some((message) => state.messages.some((known) => known.id === message.id));
            if (more || gap) cursor = page.nextCursor ?? undefined;
            if (!more) {
              // Replies newer than what this client knew of the conversation (its messages, or the last one
              // of its create or of the list) arrived while no event came (before the stream connected, or
              // while it was down): they are announced too. A conversation first seen now is history.
              const known = [...state.messages, lastKnown.get(id)].filter((item) => !!item);
              const newest = Math.max(...known.map((item) => Date.parse(item.createdAt)));
              for (const message of known.length ? page.data : []) {
                const isNew = !known.some((item) => item.id === message.id);
                if (isNew && Date.parse(message.createdAt) >= newest) announce(id, message);
              }
            }
            return render(id, {
              ...state,
              conversation: conversation ?? state.conversation,
              messages: merge(gap ? [] : state.messages, page.data, more),
              hasOlder: !!cursor,
            });
          };
        },
        onEvent,
      );
      stores.set(id, live);
      Object.assign(live.view, {
        loadOlder: async () => {
          if (cursor) await live.run(true);
        },
      });
    }
    // The view got its `loadOlder` when the store was made.
    return stores.get(id)!.view as Store<ConversationSnapshot> as ConversationStore;
  };

  // ---- Realtime. ----
  const showTyping = (id: string, participant: Participant, typing: boolean) => {
    const key = person(participant);
    // A typing indicator the backend never ends lasts 10 s.
    timer(id + key, typing && (() => showTyping(id, participant, false)), 10_000);
    edit(id, (state) => ({
      typing: [...state.typing.filter((item) => person(item) !== key), ...(typing ? [participant] : [])],
    }));
  };

  /**
   * A message from the backend: shown once (by id). The list learns of it from `conversation.updated`,
   * which the backend sends whenever a conversation's last message changes.
   */
  /** Tells the host of a reply from the team, once. */
  const announce = (conversationId: string, message: Message) => {
    if (!fromTeam(message.author) || announced.has(message.id)) return;
    announced.add(message.id);
    // Only recent ids matter: a duplicate comes soon after the first.
    if (announced.size > 500) announced.delete(announced.values().next().value as string);
    emit('message', { conversationId, message });
  };
  const receive = (conversationId: string, message: Message, created = false) => {
    const { author, clientMessageId } = message;
    showTyping(conversationId, author, false);
    edit(conversationId, ({ messages }) => ({ messages: merge(messages, [message]) }));
    // The echo of the customer's own message (perhaps before the send's answer): it is delivered.
    if (clientMessageId && outbox.find(clientMessageId)) void outbox.remove(clientMessageId);
    // A reply is announced when its `message.created` comes, even when a page loaded just before already
    // showed it (a fast bot's answer is often in the page read right after the create).
    if (created) announce(conversationId, message);
  };

  /**
   * The one realtime listener of every store: an event that several stores hear is handled once. Events
   * are validated by type, so their data's fields tell them apart.
   */
  function onEvent(event: RealtimeEvent): void {
    const { data } = event;
    if (event === lastEvent) return;
    lastEvent = event;
    if ('message' in data) receive(data.conversationId, data.message, event.type === 'message.created');
    if ('conversation' in data) upsert(data.conversation);
    if ('typing' in data && data.participant.kind !== 'visitor') {
      showTyping(data.conversationId, data.participant, data.typing);
    }
    if ('reader' in data && data.reader === 'team') {
      edit(data.conversationId, ({ conversation }) => ({
        conversation: conversation && { ...conversation, lastReadByTeam: data.messageId },
      }));
    }
  }

  // ---- The outbox: sending exactly once. ----
  /** The outbox of the stored session's person, loaded once (later persons come through `onChange`). */
  const ready = () => {
    loaded ??= session.restore().then(() => outbox.use(session.identityKey()), ignore);
    return loaded;
  };

  /**
   * Sends the pending entries in order, one pass after another. A pass stops (throws) where the outbox must
   * wait: offline, a transient failure, destroyed. Errors are ParleyErrors: the backend's, the session's and
   * the storages' all are.
   */
  const flush = () =>
    (flushing = flushing
      .then(async () => {
        await ready();
        for (const entry of entries()) {
          const { id, conversationId, files, failure } = entry;
          let { attachmentIds } = entry;
          if (failure || !outbox.find(id)) continue;
          try {
            const result = await authed(async (call) => {
              if (backend.uploadAttachment) {
                for (const file of files.slice(attachmentIds.length)) {
                  const { id: uploaded } = await offered(backend, 'uploadAttachment')(file, {
                    ...call,
                    idempotencyKey: `${id}_f${attachmentIds.length}`,
                  });
                  attachmentIds = [...attachmentIds, uploaded];
                  // Remembered at once, so that no later attempt uploads the same file again.
                  await outbox.put({ ...entry, attachmentIds });
                }
              } else if (files.length) {
                // A backend with no separate upload (a helpdesk's adapter) takes the files with the message.
                call.files = files;
              }
              call.idempotencyKey = id;
              // An absent quick reply stays absent (JSON drops `undefined`).
              const message = {
                clientMessageId: id,
                text: entry.text,
                quickReplyId: entry.quickReplyId,
                attachmentIds,
              } as SendMessageRequest;
              return conversationId
                ? backend.sendMessage(conversationId, message, call)
                : backend.createConversation({ message, context: entry.context! }, call);
            });
            if (conversationId) {
              receive(conversationId, result as Message);
            } else {
              const { lastMessage } = upsert(result as Conversation);
              // A backend that answers at once (a bot) may have replied within the create itself.
              if (lastMessage) announce(lastMessage.conversationId, lastMessage);
              creations.get(id)?.(result as Conversation);
            }
            // Removed only once the message is in the conversation, so that it never blinks out between the two.
            await outbox.remove(id);
          } catch (caught) {
            // Destroyed: stop. Gone (delivered by its echo, or its person logged out): go on.
            if (runtime.signal.aborted) throw caught;
            if (!outbox.find(id)) continue;
            const error = caught as ParleyError;
            const transient = isRetryable(error);
            // Offline, a message simply waits (pending) for the network.
            if (!(transient && isOffline())) {
              await outbox.put({
                ...entry,
                attachmentIds,
                failure: { code: error.code, message: error.message, transient },
              });
              emit('error', { error });
              creations.get(id)?.(error);
            }
            // A permanent failure (the backend refused this message) must not hold back the messages after it.
            if (transient) throw error;
          }
        }
      })
      .catch(ignore));

  /** Keeps a new message (or conversation) in the outbox, and sends it. */
  const enqueue = async (
    conversationId: string | null,
    text: string,
    files: readonly OutgoingFile[] = [],
    extra: Pick<OutboxEntry, 'quickReplyId' | 'context'>,
    onId: (id: string) => void = ignore,
  ) => {
    // Not a string (from JavaScript) counts as empty.
    if (!(text?.trim?.() || files.length)) throw new ParleyError('invalid_request', 'Empty message.');
    lastAction = Math.max(Date.now(), lastAction + 1);
    const id = newClientMessageId();
    onId(id);
    await ready();
    await outbox.put(
      {
        id,
        conversationId,
        text,
        files: files.map((file) => ({ blob: 'blob' in file ? file.blob : file, name: file.name })),
        attachmentIds: [],
        createdAt: new Date(lastAction).toISOString(),
        ...extra,
      },
      true,
    );
    void flush();
    return id;
  };
  /** Makes a failed entry pending again. */
  const pending = (entry: OutboxEntry) => outbox.put({ ...entry, failure: undefined });

  /**
   * `setTyping` for every keystroke: `typing: true` goes out at most every 3 s while the customer types, and
   * `false` once after a `true`, when they stop (or after 5 s without a keystroke). A lost typing indicator
   * is not worth an error.
   */
  const setTyping = (conversationId: string, typing: boolean): void => {
    if (
      typing ? !(Date.now() - typingSent.get(conversationId)! < 3_000) : typingSent.delete(conversationId)
    ) {
      if (typing) typingSent.set(conversationId, Date.now());
      void session
        .withToken((token) => offered(backend, 'setTyping')(conversationId, typing, { token }))
        .catch(ignore);
    }
    timer(conversationId, typing && (() => setTyping(conversationId, false)), 5_000);
  };

  const stops = [
    // Every change of the outbox shows in the conversations.
    outbox.entries.subscribe(() => {
      for (const id of stores.keys()) edit(id);
    }),
    runtime.onWake(() => {
      // Back online or back in view: what failed for a passing reason is tried again.
      for (const entry of entries()) {
        if (entry.failure?.transient) void pending(entry);
      }
      void flush();
    }),
    // A session started (messages written before it now belong to it), was identified (the visitor's move
    // with them), or ended (theirs are forgotten). The stores empty themselves (see createLiveStore).
    session.onChange((next) => {
      loaded = next ? outbox.use(next.contact.id) : outbox.forget();
      void flush();
    }),
  ];
  // Created once a session exists (its code loads on first use), the person's unsent messages go out now.
  if (session.current()) void flush();

  return {
    list: {
      ...list.view,
      loadMore: async () => {
        if (listCursor) await list.run(true);
      },
    },
    get,

    create: ({ text, attachments, context }) =>
      new Promise<Conversation>((resolve, reject) => {
        enqueue(null, text, attachments, { context: { ...collectContext(), ...context } }, (id) =>
          creations.set(id, (result) => {
            creations.delete(id);
            isParleyError(result) ? reject(result) : resolve(result);
          }),
        ).catch(reject);
      }),

    send: (conversationId, { text, files, quickReplyId }) =>
      enqueue(conversationId, text, files, { quickReplyId }),

    async retry(clientMessageId) {
      const entry = outbox.find(clientMessageId);
      if (!entry) throw new ParleyError('not_found', 'Unknown message.');
      await pending(entry);
      return flush();
    },

    async markRead(conversationId, messageId) {
      const conversation =
        stores.get(conversationId)?.getSnapshot().conversation ??
        list.getSnapshot().conversations.find((item) => item.id === conversationId);
      const newest = messageId ?? conversation?.lastMessage?.id;
      if (!newest) return;
      const readMessage =
        stores
          .get(conversationId)
          ?.getSnapshot()
          .messages.find((message) => message.id === newest) ?? conversation?.lastMessage;
      const at = Date.parse(readMessage?.id === newest ? readMessage.createdAt : '');
      if (at >= (readUntil.get(conversationId)?.at ?? 0)) readUntil.set(conversationId, { id: newest, at });
      if (conversation) upsert({ ...conversation, unreadCount: 0 });
      // A backend without read receipts: read here all the same, the team is simply not told.
      const { markRead } = backend;
      if (markRead) await authed((call) => markRead(conversationId, newest, call));
    },

    setTyping,

    async rate(conversationId, { score, comment }) {
      if (![1, 2, 3, 4, 5].includes(score)) throw new ParleyError('invalid_request', 'A rating is 1 to 5.');
      const rate = offered(backend, 'rateConversation');
      return upsert(await authed((call) => rate(conversationId, { score, comment } as RatingRequest, call)));
    },

    destroy() {
      for (const stop of stops) stop();
      for (const timer of timers.values()) clearTimeout(timer);
      for (const settle of creations.values()) settle(new ParleyError('aborted', 'Client destroyed.'));
    },
  };
}
