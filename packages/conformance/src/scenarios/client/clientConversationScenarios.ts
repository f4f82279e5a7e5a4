import { Conversation } from '@parley/contract';
import type { ChatMessage, ConversationSnapshot, ParleyClient } from '@parley/core';
import type { ClientScenario } from '../../client/ClientScenario';
import type { ClientScenarioContext } from '../../client/ClientScenarioContext';
import { eventStore } from './support/eventStore';

function copiesOf(snapshot: ConversationSnapshot, clientMessageId: string): ChatMessage[] {
  return snapshot.messages.filter((message) => message.clientMessageId === clientMessageId);
}

/** The conversation as the backend has it now: read by a fresh client of the same visitor (sharing storage). */
async function readBack(
  ctx: ClientScenarioContext,
  storage: ReturnType<ClientScenarioContext['storage']>,
  conversationId: string,
): Promise<ConversationSnapshot> {
  const reader = ctx.client({ storage });
  return ctx
    .watch(reader.conversations.get(conversationId))
    .until(
      (snapshot) => snapshot.status === 'ready' || snapshot.status === 'error',
      'the conversation to load',
    );
}

/** Fails unless the backend holds exactly one copy of the message (by its client id or its unique text). */
async function expectOneCopy(
  ctx: ClientScenarioContext,
  storage: ReturnType<ClientScenarioContext['storage']>,
  conversationId: string,
  sent: { clientMessageId: string; text: string },
): Promise<void> {
  const stored = await readBack(ctx, storage, conversationId);
  ctx.check(stored.status === 'ready', 'The conversation could not be read back.', {
    actual: stored.error?.message ?? stored.status,
  });
  const copies = stored.messages.filter(
    (message) => message.clientMessageId === sent.clientMessageId || message.text === sent.text,
  );
  ctx.check(copies.length === 1, `The backend holds ${copies.length} copies of the message.`, {
    expected: `one message with clientMessageId ${sent.clientMessageId}`,
    actual:
      copies.map((message) => `${message.id} (clientMessageId ${message.clientMessageId})`).join(', ') ||
      'none',
  });
  ctx.check(
    copies[0]?.clientMessageId === sent.clientMessageId,
    'The stored message lost its clientMessageId.',
    {
      expected: sent.clientMessageId,
      actual: String(copies[0]?.clientMessageId),
    },
  );
}

/** Starts a conversation and waits for its store to load (which keeps its realtime running). */
async function openConversation(ctx: ClientScenarioContext, client: ParleyClient, text: string) {
  const conversation = await client.conversations.create({ text });
  const store = ctx.watch(client.conversations.get(conversation.id));
  await store.until((snapshot) => snapshot.status === 'ready', 'the new conversation to load');
  return { conversation, store };
}

/** Conversations and messages through the client. @internal */
export const clientConversationScenarios: readonly ClientScenario[] = [
  {
    id: 'client.createWithContext',
    title:
      'A new conversation carries its context: locale, time zone, the page given, and the searches made just before',
    requires: 'conversations',
    uses: ['conversations.create', 'conversations.get', 'conversations.list', 'articles.search'],
    async run(ctx) {
      const locale = ctx.config?.locale ?? 'en';
      const client = ctx.client({ locale });
      const searched = ctx.config?.capabilities.knowledgeBase === true ? 'reset password' : undefined;
      if (searched !== undefined) await client.articles.search(searched);
      const text = `Hello, I have a question about my invoice. ${ctx.unique('hello')}`;
      const conversation = ctx.expectSchema(
        Conversation,
        await client.conversations.create({
          text,
          context: { pageUrl: 'https://shop.example/billing', pageTitle: 'Billing' },
        }),
        'The created conversation',
      );
      const { context } = conversation;
      ctx.check(
        context.pageUrl === 'https://shop.example/billing' && context.pageTitle === 'Billing',
        'The page context given to create() did not travel with the conversation.',
        { actual: JSON.stringify(context) },
      );
      ctx.check(context.locale === locale, "The client's locale did not travel with the conversation.", {
        expected: `locale ${locale}`,
        actual: JSON.stringify(context),
      });
      // The client reads the visitor's time zone from Intl, here in this very process.
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      ctx.check(
        context.timeZone === timeZone,
        "The visitor's time zone did not travel with the conversation.",
        {
          expected: `timeZone ${timeZone}`,
          actual: JSON.stringify(context),
        },
      );
      if (searched !== undefined) {
        ctx.check(
          context.recentSearches?.includes(searched) === true,
          'The search made just before did not travel with the conversation.',
          { expected: `recentSearches with "${searched}"`, actual: JSON.stringify(context) },
        );
      }
      await ctx
        .watch(client.conversations.get(conversation.id))
        .until(
          (snapshot) =>
            snapshot.messages.some((message) => message.text === text && message.state === 'sent'),
          'the first message in the conversation store',
        );
      const list = await ctx
        .watch(client.conversations.list)
        .until(
          (snapshot) => snapshot.conversations.some((item) => item.id === conversation.id),
          'the conversation in the list',
        );
      ctx.check(list.error === null, 'The conversation list reports an error.', {
        actual: String(list.error?.message),
      });
    },
  },
  {
    id: 'client.send',
    title: 'A sent message shows as pending at once, then as sent, and the backend has exactly one copy',
    requires: 'conversations',
    uses: [
      'conversations.create',
      'conversations.get',
      'conversations.send',
      'conversations.setTyping',
      'on',
    ],
    async run(ctx) {
      const storage = ctx.storage();
      const client = ctx.client({ storage });
      const errors = ctx.watch(eventStore(client, 'error'));
      const { conversation, store } = await openConversation(ctx, client, 'Hello, my export fails.');
      client.conversations.setTyping(conversation.id, true);
      const text = `It fails with every notebook. ${ctx.unique('msg')}`;
      const clientMessageId = await client.conversations.send(conversation.id, { text });
      client.conversations.setTyping(conversation.id, false);
      const sent = await store.until(
        (snapshot) => copiesOf(snapshot, clientMessageId).some((message) => message.state === 'sent'),
        'the message to be sent',
      );
      // Whether the client's own copy blinks out between the two is the client's business, not the backend's.
      const states = store.history
        .map((snapshot) => copiesOf(snapshot, clientMessageId)[0]?.state)
        .filter((state) => state !== undefined)
        .filter((state, index, all) => state !== all[index - 1]);
      ctx.check(
        states.join(' → ') === 'pending → sent',
        'The message must show as pending at once, then as sent.',
        {
          expected: 'pending → sent',
          actual: states.join(' → '),
        },
      );
      ctx.check(
        copiesOf(sent, clientMessageId).length === 1,
        'The conversation store shows the message twice.',
      );
      ctx.check(copiesOf(sent, clientMessageId)[0]?.text === text, 'The sent message has another text.');
      ctx.check(
        errors.history.every((event) => event === undefined),
        'The client reported an error.',
        {
          actual: errors.history.map((event) => event?.error.message).join('; '),
        },
      );
      await expectOneCopy(ctx, storage, conversation.id, { clientMessageId, text });
    },
  },
  {
    id: 'client.retryExactlyOnce',
    title:
      'When the answer to a send is lost, retry() resends it under the same id and the backend keeps one copy',
    requires: 'conversations',
    uses: ['conversations.create', 'conversations.get', 'conversations.send', 'conversations.retry', 'on'],
    async run(ctx) {
      const storage = ctx.storage();
      const client = ctx.client({ storage, loseFirstSendAnswer: true });
      const conversation = await client.conversations.create({ text: 'Hello, is anyone there?' });
      // Not subscribed: no realtime echo may deliver the message before retry() is called.
      const store = client.conversations.get(conversation.id);
      const errors = ctx.watch(eventStore(client, 'error'));
      const text = `Where is my refund? ${ctx.unique('msg')}`;
      const clientMessageId = await client.conversations.send(conversation.id, { text });
      const failure = await errors.until((event) => event !== undefined, 'the send to fail');
      ctx.check(
        failure?.error.code === 'invalid_response',
        'The send failed for another reason than the lost answer.',
        {
          actual: `${failure?.error.code}: ${failure?.error.message}`,
        },
      );
      const failed = copiesOf(store.getSnapshot(), clientMessageId);
      ctx.check(
        failed.length === 1 && failed[0]?.state === 'failed',
        'The message whose answer was lost is not shown as failed.',
        {
          actual: failed.map((message) => message.state).join(', ') || 'absent',
        },
      );
      await client.conversations.retry(clientMessageId);
      const retried = copiesOf(store.getSnapshot(), clientMessageId);
      ctx.check(
        retried.length === 1 && retried[0]?.state === 'sent',
        'After retry() the message is not shown once as sent.',
        {
          actual: retried.map((message) => message.state).join(', ') || 'absent',
        },
      );
      await expectOneCopy(ctx, storage, conversation.id, { clientMessageId, text });
    },
  },
  {
    id: 'client.teamReplyRealtime',
    title: "The team's reply arrives in the open conversation store in realtime, once, with a message event",
    requires: ['conversations', 'realtime', 'agent'],
    uses: ['conversations.create', 'conversations.get', 'connection', 'on'],
    async run(ctx) {
      const client = ctx.client();
      const { conversation, store } = await openConversation(ctx, client, 'Can someone help me?');
      await ctx.watch(client.connection).until((status) => status === 'online', 'the realtime connection');
      const events = ctx.watch(eventStore(client, 'message'));
      const reply = `Happy to help. ${ctx.unique('reply')}`;
      await ctx.team.reply(conversation.id, reply);
      const event = await events.until(
        (payload) => payload?.message.text === reply,
        "the client's message event for the reply",
      );
      ctx.check(event?.conversationId === conversation.id, 'The message event names another conversation.', {
        actual: String(event?.conversationId),
      });
      const shown = await store.until(
        (snapshot) => snapshot.messages.some((message) => message.text === reply),
        'the reply in the conversation store',
      );
      const copies = shown.messages.filter((message) => message.text === reply);
      ctx.check(copies.length === 1, 'The reply shows more than once.', {
        actual: `${copies.length} copies`,
      });
      ctx.check(copies[0]?.author.kind === 'agent', 'The reply is not from a person of the team.', {
        actual: String(copies[0]?.author.kind),
      });
    },
  },
  {
    id: 'client.markRead',
    title: 'markRead() sets the unread count to 0, in the store and on the backend',
    requires: ['conversations', 'agent'],
    uses: ['conversations.create', 'conversations.get', 'conversations.markRead', 'conversations.list'],
    async run(ctx) {
      const storage = ctx.storage();
      const client = ctx.client({ storage });
      const conversation = await client.conversations.create({ text: 'Did you get my message?' });
      const reply = `Yes, we did. ${ctx.unique('reply')}`;
      await ctx.team.reply(conversation.id, reply);
      const store = ctx.watch(client.conversations.get(conversation.id));
      const loaded = await store.until(
        (snapshot) => snapshot.messages.some((message) => message.text === reply),
        "the team's reply in the conversation",
      );
      ctx.check(loaded.unreadCount > 0, "The team's reply is not counted as unread.", {
        actual: `unreadCount ${loaded.unreadCount}`,
      });
      await client.conversations.markRead(conversation.id);
      const after = store.history.at(-1);
      ctx.check(after?.unreadCount === 0, 'After markRead() the store still counts unread messages.', {
        actual: `unreadCount ${after?.unreadCount}`,
      });
      const stored = await readBack(ctx, storage, conversation.id);
      ctx.check(
        stored.unreadCount === 0,
        'The backend did not record the read: a fresh load counts unread messages.',
        {
          actual: `unreadCount ${stored.unreadCount}`,
        },
      );
      const reader = ctx.client({ storage });
      const list = await ctx
        .watch(reader.conversations.list)
        .until(
          (snapshot) => snapshot.status === 'ready' || snapshot.status === 'error',
          'the conversation list',
        );
      ctx.check(list.unreadCount === 0, 'The conversation list still counts unread messages.', {
        actual: `unreadCount ${list.unreadCount}`,
      });
    },
  },
  {
    id: 'client.ratingOpen',
    title: 'Rating a conversation that is still open is refused with a conflict (conversation_not_resolved)',
    requires: ['conversations', 'rating'],
    uses: ['conversations.create', 'conversations.rate'],
    async run(ctx) {
      const client = ctx.client();
      const conversation = await client.conversations.create({ text: 'I would like to rate this.' });
      const error = await ctx.expectError(
        client.conversations.rate(conversation.id, { score: 5 }),
        'conflict',
        'Rating an open conversation',
      );
      ctx.check(
        error.problemCode === undefined || error.problemCode === 'conversation_not_resolved',
        'The conflict names another problem than conversation_not_resolved.',
        { actual: String(error.problemCode) },
      );
    },
  },
];
