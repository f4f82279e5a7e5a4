import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/createMemoryStore';
import { openSqliteStore } from '../storage/openSqliteStore';
import type { Store } from '../storage/Store';
import { storeKinds } from '../testing/createTestEngine';
import type { OutboxRecord } from './OutboxRecord';

function email(id: string, changes: Partial<OutboxRecord> = {}): OutboxRecord {
  return {
    id,
    widgetKey: 'wk_demo',
    contactId: 'ctc_a',
    conversationId: 'cnv_a',
    to: 'ada@example.com',
    subject: 'New reply from Lumen',
    text: 'Hello',
    link: `https://lumen.example/?parley_link=${id}`,
    linkTokenHash: `hash-${id}`,
    linkExpiresAt: 10_000,
    createdAt: 1000,
    usedAt: null,
    ...changes,
  };
}

describe.each(storeKinds)('the outbox repository on %s storage', (kind) => {
  let store: Store;
  afterEach(() => store.close());
  const open = () => {
    store =
      kind === 'memory'
        ? createMemoryStore({ seed: false })
        : openSqliteStore({ filename: ':memory:', seed: false });
    return store.outbox;
  };

  it('lists emails newest first, a page at a time', async () => {
    const outbox = open();
    for (const id of ['eml_1', 'eml_2', 'eml_3', 'eml_4', 'eml_5']) await outbox.addEmail(email(id));
    const ids = (page: { emails: OutboxRecord[] }) => page.emails.map((item) => item.id);
    const first = await outbox.listEmails({ limit: 2 });
    expect(ids(first)).toEqual(['eml_5', 'eml_4']);
    const second = await outbox.listEmails({ limit: 2, after: first.next! });
    expect(ids(second)).toEqual(['eml_3', 'eml_2']);
    const last = await outbox.listEmails({ limit: 2, after: second.next! });
    expect([ids(last), last.next]).toEqual([['eml_1'], null]);
    expect((await outbox.listEmails({ limit: 10 })).emails[0]).toEqual(email('eml_5'));
  });

  it('redeems a link once, before it expires', async () => {
    const outbox = open();
    await outbox.addEmail(email('eml_1'));
    await outbox.addEmail(email('eml_2'));
    expect(await outbox.redeemLink('hash-unknown', 5000)).toBeUndefined();
    expect(await outbox.redeemLink('hash-eml_2', 10_000)).toBe('expired');
    expect(await outbox.redeemLink('hash-eml_1', 5000)).toEqual({
      contactId: 'ctc_a',
      conversationId: 'cnv_a',
      widgetKey: 'wk_demo',
    });
    expect(await outbox.redeemLink('hash-eml_1', 5001)).toBe('used');
    expect(await outbox.redeemLink('hash-eml_1', 20_000)).toBe('used');
    const stored = (await outbox.listEmails({ limit: 10 })).emails;
    expect(stored.map((item) => [item.id, item.usedAt])).toEqual([
      ['eml_2', null],
      ['eml_1', 5000],
    ]);
  });

  it('moves a contact’s links to the contact it was merged into', async () => {
    const outbox = open();
    await outbox.addEmail(email('eml_1'));
    await outbox.addEmail(email('eml_2', { contactId: 'ctc_other' }));
    await outbox.reassignContact('ctc_a', 'ctc_user');
    expect(await outbox.redeemLink('hash-eml_1', 5000)).toMatchObject({ contactId: 'ctc_user' });
    expect(await outbox.redeemLink('hash-eml_2', 5000)).toMatchObject({ contactId: 'ctc_other' });
  });
});
