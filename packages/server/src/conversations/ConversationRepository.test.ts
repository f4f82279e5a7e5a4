import type { Participant } from '@parley/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/createMemoryStore';
import { openSqliteStore } from '../storage/openSqliteStore';
import type { Store } from '../storage/Store';
import { storeKinds } from '../testing/createTestEngine';
import type { ConversationRecord, NewMessageRecord } from './ConversationRecords';

const visitor: Participant = { kind: 'visitor', id: 'ctc_a', name: 'Visitor', avatarUrl: null };
const agent: Participant = { kind: 'agent', id: null, name: 'Lumen Support', avatarUrl: null };
const bot: Participant = { kind: 'bot', id: null, name: 'Lumen Assistant', avatarUrl: null };

function conversation(id: string, changes: Partial<ConversationRecord> = {}): ConversationRecord {
  return {
    id,
    widgetKey: 'wk_demo',
    contactId: 'ctc_a',
    status: 'open',
    assignee: null,
    context: { locale: 'en' },
    rating: null,
    visitorReadMessageId: null,
    teamReadMessageId: null,
    createdAt: 1000,
    updatedAt: 1000,
    ...changes,
  };
}

let counter = 0;
function message(conversationId: string, changes: Partial<NewMessageRecord> = {}): NewMessageRecord {
  counter += 1;
  return {
    id: `msg_${counter}`,
    conversationId,
    clientMessageId: null,
    author: visitor,
    text: `Message ${counter}`,
    parts: [],
    attachmentIds: [],
    createdAt: 2000 + counter,
    ...changes,
  };
}

describe.each(storeKinds)('the conversation repository on %s storage', (kind) => {
  let store: Store;
  afterEach(() => store.close());
  const open = () => {
    store =
      kind === 'memory'
        ? createMemoryStore({ seed: false })
        : openSqliteStore({ filename: ':memory:', seed: false });
    return store.conversations;
  };

  it('stores conversations and gives back copies', async () => {
    const repository = open();
    const record = conversation('cnv_1', { assignee: bot, context: { pageUrl: 'https://x.example/a' } });
    await repository.createConversation(record);
    const got = await repository.getConversation('cnv_1');
    expect(got).toEqual(record);
    got!.context.pageUrl = 'changed';
    record.status = 'resolved';
    expect(await repository.getConversation('cnv_1')).toEqual(
      conversation('cnv_1', { assignee: bot, context: { pageUrl: 'https://x.example/a' } }),
    );
    expect(await repository.getConversation('cnv_nope')).toBeUndefined();
  });

  it('numbers messages in one increasing sequence across conversations, and bumps updatedAt', async () => {
    const repository = open();
    await repository.createConversation(conversation('cnv_1'));
    await repository.createConversation(conversation('cnv_2'));
    const a = await repository.addMessage(message('cnv_1', { createdAt: 5000 }));
    const b = await repository.addMessage(message('cnv_2'));
    const c = await repository.addMessage(
      message('cnv_1', { parts: [{ type: 'event', event: 'resolved' }] }),
    );
    expect(a.created && b.created && c.created).toBe(true);
    expect(a.message.seq).toBeLessThan(b.message.seq);
    expect(b.message.seq).toBeLessThan(c.message.seq);
    expect((await repository.getConversation('cnv_1'))?.updatedAt).toBe(c.message.createdAt);
    expect(await repository.getMessage('cnv_1', c.message.id)).toEqual(c.message);
    expect(await repository.getMessage('cnv_2', c.message.id)).toBeUndefined();
    expect(await repository.getMessageAt('cnv_1', a.message.seq)).toEqual(a.message);
    expect(await repository.getMessageAt('cnv_1', b.message.seq)).toBeUndefined();
    expect(await repository.getLastMessage('cnv_1')).toEqual(c.message);
  });

  it('stores a clientMessageId once per conversation', async () => {
    const repository = open();
    await repository.createConversation(conversation('cnv_1'));
    await repository.createConversation(conversation('cnv_2'));
    const first = await repository.addMessage(message('cnv_1', { clientMessageId: 'same' }));
    const again = await repository.addMessage(message('cnv_1', { clientMessageId: 'same', text: 'other' }));
    expect(again).toEqual({ created: false, message: first.message });
    expect((await repository.addMessage(message('cnv_2', { clientMessageId: 'same' }))).created).toBe(true);
    expect(await repository.findMessageByClientId('cnv_1', 'same')).toEqual(first.message);
    expect(await repository.findMessageByClientId('cnv_2', 'nope')).toBeUndefined();
    expect((await repository.listMessages('cnv_1', { limit: 10 })).messages).toHaveLength(1);
  });

  it('pages messages oldest first: latest, before and after', async () => {
    const repository = open();
    await repository.createConversation(conversation('cnv_1'));
    await repository.createConversation(conversation('cnv_2'));
    const seqs: number[] = [];
    for (let index = 0; index < 5; index += 1) {
      seqs.push((await repository.addMessage(message('cnv_1'))).message.seq);
      await repository.addMessage(message('cnv_2'));
    }
    const seqsOf = (page: { messages: { seq: number }[] }) => page.messages.map((item) => item.seq);
    const latest = await repository.listMessages('cnv_1', { limit: 2 });
    expect([seqsOf(latest), latest.hasMore]).toEqual([seqs.slice(3), true]);
    const before = await repository.listMessages('cnv_1', { before: seqs[3]!, limit: 2 });
    expect([seqsOf(before), before.hasMore]).toEqual([seqs.slice(1, 3), true]);
    const first = await repository.listMessages('cnv_1', { before: seqs[1]!, limit: 2 });
    expect([seqsOf(first), first.hasMore]).toEqual([seqs.slice(0, 1), false]);
    const after = await repository.listMessages('cnv_1', { after: seqs[0]!, limit: 2 });
    expect([seqsOf(after), after.hasMore]).toEqual([seqs.slice(1, 3), true]);
    const end = await repository.listMessages('cnv_1', { after: seqs[2]!, limit: 2 });
    expect([seqsOf(end), end.hasMore]).toEqual([seqs.slice(3), false]);
    expect(await repository.listMessages('cnv_nope', { limit: 2 })).toEqual({ messages: [], hasMore: false });
  });

  it('lists conversations by latest activity, filtered, a page at a time', async () => {
    const repository = open();
    await repository.createConversation(conversation('cnv_1'));
    await repository.createConversation(conversation('cnv_2', { contactId: 'ctc_b' }));
    await repository.createConversation(conversation('cnv_3', { widgetKey: 'wk_other' }));
    await repository.createConversation(conversation('cnv_4'));
    await repository.addMessage(message('cnv_1'));
    await repository.updateConversation('cnv_2', { status: 'resolved', updatedAt: 9000 }, true);
    // Read state is not activity: the order does not change.
    await repository.updateConversation('cnv_4', { visitorReadMessageId: 'msg_x' }, false);

    const ids = (page: { conversations: ConversationRecord[] }) => page.conversations.map((item) => item.id);
    const all = await repository.listConversations({ limit: 10 });
    expect([ids(all), all.next]).toEqual([['cnv_2', 'cnv_1', 'cnv_4', 'cnv_3'], null]);
    const first = await repository.listConversations({ limit: 3 });
    expect(ids(first)).toEqual(['cnv_2', 'cnv_1', 'cnv_4']);
    const rest = await repository.listConversations({ limit: 3, after: first.next! });
    expect([ids(rest), rest.next]).toEqual([['cnv_3'], null]);
    expect(ids(await repository.listConversations({ contactId: 'ctc_a', limit: 10 }))).toEqual([
      'cnv_1',
      'cnv_4',
      'cnv_3',
    ]);
    expect(
      ids(await repository.listConversations({ widgetKey: 'wk_demo', status: 'open', limit: 10 })),
    ).toEqual(['cnv_1', 'cnv_4']);
    expect(await repository.getConversation('cnv_2')).toMatchObject({ status: 'resolved', updatedAt: 9000 });
    expect(await repository.updateConversation('cnv_nope', { status: 'open' }, true)).toBeUndefined();
  });

  it('counts bot and team messages after the visitor’s read position as unread', async () => {
    const repository = open();
    await repository.createConversation(conversation('cnv_1'));
    await repository.addMessage(message('cnv_1'));
    const fromBot = await repository.addMessage(message('cnv_1', { author: bot }));
    await repository.addMessage(message('cnv_1', { author: { ...agent, kind: 'system' } }));
    await repository.addMessage(message('cnv_1', { author: agent }));
    expect(await repository.countUnreadByVisitor('cnv_1')).toBe(2);
    await repository.updateConversation('cnv_1', { visitorReadMessageId: fromBot.message.id }, false);
    expect(await repository.countUnreadByVisitor('cnv_1')).toBe(1);
  });

  it('moves a contact’s conversations and their messages’ author ids to another contact', async () => {
    const repository = open();
    await repository.createConversation(conversation('cnv_1'));
    await repository.createConversation(conversation('cnv_2', { contactId: 'ctc_b' }));
    const mine = await repository.addMessage(message('cnv_1'));
    await repository.addMessage(message('cnv_1', { author: agent }));
    await repository.reassignContact('ctc_a', 'ctc_b');
    expect((await repository.listConversations({ contactId: 'ctc_a', limit: 10 })).conversations).toEqual([]);
    const moved = await repository.listConversations({ contactId: 'ctc_b', limit: 10 });
    expect(moved.conversations.map((item) => item.id).sort()).toEqual(['cnv_1', 'cnv_2']);
    expect((await repository.getMessage('cnv_1', mine.message.id))?.author).toEqual({
      ...visitor,
      id: 'ctc_b',
    });
    expect((await repository.getLastMessage('cnv_1'))?.author).toEqual(agent);
  });
});
