import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../security/sha256Hex';
import type { ContactRecord } from '../sessions/SessionRecords';
import { createTestEngine, storeKinds, type TestEngine } from '../testing/createTestEngine';
import type { TicketCommentRecord, TicketRecord } from './TicketRecords';
import { ADA_ACCESS_KEY, adaTicket, ticketTestContent } from './ticketFixtures';
import { ticketStatusRules } from './ticketStatusRules';

const T0 = Date.parse('2026-11-02T10:00:00.000Z');

function contact(id: string): ContactRecord {
  return {
    id,
    widgetKey: 'wk_demo',
    kind: 'visitor',
    userId: null,
    name: null,
    email: null,
    attributes: {},
    createdAt: T0,
  };
}

function ticket(id: string, reference: string, changes: Partial<TicketRecord> = {}): TicketRecord {
  return {
    id,
    widgetKey: 'wk_demo',
    contactId: 'ctc_a',
    reference,
    accessKeyHash: 'f'.repeat(64),
    email: 'Someone@Example.com',
    emailNormalized: 'someone@example.com',
    name: null,
    subject: `About ${reference}`,
    status: 'received',
    statusHistory: [{ status: 'received', at: T0 }],
    locale: 'en',
    fields: { plan: 'plus' },
    context: { pageUrl: 'https://lumen.example/' },
    createdAt: T0,
    updatedAt: T0,
    ...changes,
  };
}

function comment(id: string, ticketId: string, createdAt = T0, authorId = 'ctc_a'): TicketCommentRecord {
  return {
    id,
    ticketId,
    author: { kind: 'visitor', id: authorId, name: 'Someone', avatarUrl: null },
    text: `Comment ${id}`,
    attachments: [{ id: 'att_1', name: 'a.png', contentType: 'image/png', size: 3, createdAt: T0 }],
    createdAt,
  };
}

describe.each(storeKinds)('TicketRepository on %s storage', (kind) => {
  let engine: TestEngine;
  afterEach(() => engine.close());

  async function start() {
    engine = await createTestEngine(kind, { seed: ticketTestContent });
    for (const id of ['ctc_a', 'ctc_b', 'ctc_user']) await engine.store.sessions.createContact(contact(id));
    return engine.store.tickets;
  }

  it('seeds tickets with their thread and history, owned by no one and found by reference', async () => {
    const tickets = await start();
    const ada = await tickets.findTicketByReference('wk_demo', 'PRL-4821');
    expect(ada).toMatchObject({
      contactId: null,
      email: 'Ada@Example.com',
      emailNormalized: 'ada@example.com',
      status: 'waiting_on_customer',
      commentCount: 2,
      accessKeyHash: await sha256Hex(ADA_ACCESS_KEY),
      createdAt: Date.parse('2026-10-27T08:42:13.000Z'),
      updatedAt: Date.parse('2026-10-27T10:18:40.000Z'),
    });
    expect(ada?.id).toMatch(/^tkt_/);
    expect(ada?.statusHistory.map((change) => change.status)).toEqual([
      'received',
      'open',
      'waiting_on_customer',
    ]);
    const thread = await tickets.listComments(ada?.id ?? '', { limit: 10 });
    expect(thread.map((item) => [item.author.kind, item.author.name])).toEqual([
      ['visitor', 'Ada Okafor'],
      ['agent', 'Priya from Lumen'],
    ]);
    expect(await tickets.findTicketByReference('wk_other', 'PRL-4821')).toBeUndefined();
    expect(await tickets.findTicketByReference('wk_other', 'PRL-9999')).toBeDefined();
  });

  it('replaces a seeded ticket with the same reference, keeping its id and grants', async () => {
    const tickets = await start();
    const before = await tickets.findTicketByReference('wk_demo', 'PRL-4821');
    await tickets.grantAccess(before?.id ?? '', 'ctc_b', T0);
    await engine.store.seed({
      widgets: [],
      tickets: [{ ...adaTicket, subject: 'Renamed', comments: adaTicket.comments.slice(0, 1) }],
    });
    const after = await tickets.findTicketByReference('wk_demo', 'PRL-4821');
    expect(after).toMatchObject({ id: before?.id, subject: 'Renamed', commentCount: 1 });
    expect(await tickets.hasAccess(before?.id ?? '', 'ctc_b')).toBe(true);
  });

  it.each([
    ['a malformed reference', { reference: 'ticket 1' }],
    ['a short access key', { accessKey: 'short' }],
    ['a history that does not end in the status', { status: 'solved' as const }],
    ['no comments', { comments: [] }],
    ['a date that is not ISO 8601', { createdAt: 'yesterday' }],
  ])('refuses a seed ticket with %s and writes nothing', async (_name, change) => {
    const tickets = await start();
    const fresh = { ...adaTicket, reference: 'PRL-1234' };
    await expect(
      engine.store.seed({ widgets: [], tickets: [fresh, { ...adaTicket, ...change }] }),
    ).rejects.toThrow(TypeError);
    expect(await tickets.findTicketByReference('wk_demo', 'PRL-1234')).toBeUndefined();
  });

  it('refuses two seed tickets with the same reference', async () => {
    await start();
    await expect(engine.store.seed({ widgets: [], tickets: [adaTicket, adaTicket] })).rejects.toThrow(
      /same reference/,
    );
  });

  it('creates a ticket with its first comment, unless the reference is taken in the widget', async () => {
    const tickets = await start();
    const created = await tickets.createTicket(ticket('tkt_one', 'PRL-1001'), comment('tcm_1', 'tkt_one'));
    expect(created).toMatchObject({ id: 'tkt_one', commentCount: 1, fields: { plan: 'plus' } });
    expect(created?.context).toEqual({ pageUrl: 'https://lumen.example/' });
    expect(await tickets.createTicket(ticket('tkt_two', 'PRL-1001'), comment('tcm_2', 'tkt_two'))).toBe(
      undefined,
    );
    expect(await tickets.getTicket('tkt_two')).toBeUndefined();
    expect(
      await tickets.createTicket(
        ticket('tkt_three', 'PRL-1001', { widgetKey: 'wk_other' }),
        comment('tcm_3', 'tkt_three'),
      ),
    ).toBeDefined();
    const [first] = await tickets.listComments('tkt_one', { limit: 5 });
    expect(first?.attachments).toEqual([
      { id: 'att_1', name: 'a.png', contentType: 'image/png', size: 3, createdAt: T0 },
    ]);
  });

  it('lists tickets newest first, filtered, a page at a time (ties in creation order, newest first)', async () => {
    const tickets = await start();
    await tickets.createTicket(ticket('tkt_1', 'PRL-2001'), comment('tcm_1', 'tkt_1'));
    await tickets.createTicket(ticket('tkt_2', 'PRL-2002'), comment('tcm_2', 'tkt_2'));
    await tickets.createTicket(ticket('tkt_3', 'PRL-2003', { createdAt: T0 + 1 }), comment('tcm_3', 'tkt_3'));
    await tickets.createTicket(
      ticket('tkt_4', 'PRL-2004', { contactId: 'ctc_b' }),
      comment('tcm_4', 'tkt_4'),
    );
    const first = await tickets.listTickets({ contactId: 'ctc_a' }, { limit: 2 });
    expect(first.map((item) => item.id)).toEqual(['tkt_3', 'tkt_2']);
    const last = first[1]!;
    const second = await tickets.listTickets({ contactId: 'ctc_a' }, { limit: 2, after: last });
    expect(second.map((item) => item.id)).toEqual(['tkt_1']);
    const open = await tickets.listTickets({ status: 'open' }, { limit: 10 });
    expect(open.map((item) => item.reference)).toEqual(['PRL-4863', 'PRL-9999']);
    const openHere = await tickets.listTickets({ status: 'open', widgetKey: 'wk_demo' }, { limit: 10 });
    expect(openHere.map((item) => item.reference)).toEqual(['PRL-4863']);
  });

  it('lists comments oldest first, a page at a time', async () => {
    const tickets = await start();
    await tickets.createTicket(ticket('tkt_1', 'PRL-2001'), comment('tcm_1', 'tkt_1'));
    await tickets.addComment(comment('tcm_2', 'tkt_1', T0 + 10), ticketStatusRules.customerReply);
    await tickets.addComment(comment('tcm_3', 'tkt_1', T0 + 10), ticketStatusRules.customerReply);
    const first = await tickets.listComments('tkt_1', { limit: 2 });
    expect(first.map((item) => item.id)).toEqual(['tcm_1', 'tcm_2']);
    const second = await tickets.listComments('tkt_1', { limit: 2, after: first[1]! });
    expect(second.map((item) => item.id)).toEqual(['tcm_3']);
    expect(await tickets.listComments('tkt_nope', { limit: 2 })).toEqual([]);
  });

  it('adds a comment and moves the status as the rule says, or refuses and writes nothing', async () => {
    const tickets = await start();
    await tickets.createTicket(ticket('tkt_1', 'PRL-2001'), comment('tcm_1', 'tkt_1'));
    const replied = await tickets.addComment(comment('tcm_2', 'tkt_1', T0 + 5), ticketStatusRules.agentReply);
    expect(replied).toMatchObject({ refused: false, statusChanged: true });
    expect(replied?.ticket).toMatchObject({
      status: 'waiting_on_customer',
      updatedAt: T0 + 5,
      commentCount: 2,
    });
    expect(replied?.ticket.statusHistory).toEqual([
      { status: 'received', at: T0 },
      { status: 'waiting_on_customer', at: T0 + 5 },
    ]);
    const same = await tickets.addComment(comment('tcm_3', 'tkt_1', T0 + 6), ticketStatusRules.agentReply);
    expect(same).toMatchObject({ refused: false, statusChanged: false, ticket: { updatedAt: T0 + 6 } });
    expect(same?.ticket.statusHistory).toHaveLength(2);
    const refused = await tickets.addComment(comment('tcm_4', 'tkt_1', T0 + 7), () => 'refuse');
    expect(refused).toMatchObject({ refused: true, ticket: { commentCount: 3, updatedAt: T0 + 6 } });
    expect(await tickets.addComment(comment('tcm_5', 'tkt_nope'), () => 'open')).toBeUndefined();
  });

  it('changes the status with a history entry; the same status writes nothing', async () => {
    const tickets = await start();
    await tickets.createTicket(ticket('tkt_1', 'PRL-2001'), comment('tcm_1', 'tkt_1'));
    const solved = await tickets.changeStatus('tkt_1', ticketStatusRules.setByAgent('solved'), T0 + 9);
    expect(solved).toMatchObject({ refused: false, statusChanged: true, ticket: { status: 'solved' } });
    const again = await tickets.changeStatus('tkt_1', ticketStatusRules.setByAgent('solved'), T0 + 20);
    expect(again).toMatchObject({ refused: false, statusChanged: false, ticket: { updatedAt: T0 + 9 } });
    expect(again?.ticket.statusHistory).toHaveLength(2);
    expect(await tickets.changeStatus('tkt_nope', () => 'open', T0)).toBeUndefined();
  });

  it('moves tickets, grants and comment authors to another contact', async () => {
    const tickets = await start();
    await tickets.createTicket(ticket('tkt_1', 'PRL-2001'), comment('tcm_1', 'tkt_1'));
    await tickets.createTicket(
      ticket('tkt_2', 'PRL-2002', { contactId: 'ctc_b' }),
      comment('tcm_2', 'tkt_2', T0, 'ctc_b'),
    );
    const ada = await tickets.findTicketByReference('wk_demo', 'PRL-4821');
    await tickets.grantAccess(ada?.id ?? '', 'ctc_a', T0);
    await tickets.grantAccess('tkt_2', 'ctc_a', T0);
    await tickets.grantAccess('tkt_1', 'ctc_user', T0);
    await tickets.reassignContact('ctc_a', 'ctc_user');

    const owned = await tickets.listTickets({ contactId: 'ctc_user' }, { limit: 10 });
    expect(owned.map((item) => item.id)).toEqual(['tkt_1']);
    expect(await tickets.listTickets({ contactId: 'ctc_a' }, { limit: 10 })).toEqual([]);
    expect(await tickets.hasAccess(ada?.id ?? '', 'ctc_user')).toBe(true);
    expect(await tickets.hasAccess(ada?.id ?? '', 'ctc_a')).toBe(false);
    expect(await tickets.listAccess('tkt_2')).toEqual(['ctc_user']);
    const [first] = await tickets.listComments('tkt_1', { limit: 1 });
    expect(first?.author.id).toBe('ctc_user');
    const [other] = await tickets.listComments('tkt_2', { limit: 1 });
    expect(other?.author.id).toBe('ctc_b');
  });

  it('grants access once per contact and lists grants oldest first', async () => {
    const tickets = await start();
    await tickets.createTicket(ticket('tkt_1', 'PRL-2001'), comment('tcm_1', 'tkt_1'));
    await tickets.grantAccess('tkt_1', 'ctc_b', T0 + 2);
    await tickets.grantAccess('tkt_1', 'ctc_user', T0 + 3);
    await tickets.grantAccess('tkt_1', 'ctc_b', T0 + 4);
    expect(await tickets.listAccess('tkt_1')).toEqual(['ctc_b', 'ctc_user']);
    expect(await tickets.hasAccess('tkt_1', 'ctc_a')).toBe(false);
  });

  it('returns copies: changing what it returned changes nothing stored', async () => {
    const tickets = await start();
    const created = await tickets.createTicket(ticket('tkt_1', 'PRL-2001'), comment('tcm_1', 'tkt_1'));
    created!.statusHistory.push({ status: 'closed', at: T0 });
    created!.fields.plan = 'free';
    const [first] = await tickets.listComments('tkt_1', { limit: 1 });
    first!.author.name = 'Mallory';
    const again = await tickets.getTicket('tkt_1');
    expect(again?.statusHistory).toHaveLength(1);
    expect(again?.fields).toEqual({ plan: 'plus' });
    expect((await tickets.listComments('tkt_1', { limit: 1 }))[0]?.author.name).toBe('Someone');
  });
});
