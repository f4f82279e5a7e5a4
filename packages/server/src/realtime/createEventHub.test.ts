import type { RealtimeEvent } from '@parley/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/createMemoryStore';
import { openSqliteStore } from '../storage/openSqliteStore';
import type { Store } from '../storage/Store';
import { createEventHub } from './createEventHub';
import type { NewRealtimeEvent } from './EventPublisher';

const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

function typing(conversationId: string): NewRealtimeEvent {
  return {
    type: 'typing',
    data: {
      conversationId,
      participant: { kind: 'agent', id: 'agt_1', name: 'Ada', avatarUrl: null },
      typing: true,
    },
  };
}

describe.each([
  ['memory', () => createMemoryStore({ seed: false })],
  ['sqlite', () => openSqliteStore({ filename: ':memory:', seed: false })],
])('createEventHub on the %s log', (_kind, make) => {
  const open = () => {
    const store = make();
    opened.push(store);
    return store.events;
  };

  it('stores each published event with a new id and wakes only that audience', async () => {
    const log = open();
    const hub = createEventHub(log, () => 0);
    const seenByA: RealtimeEvent[] = [];
    const seenByTeam: RealtimeEvent[] = [];
    hub.subscribe({ contactId: 'ctc_a' }, (event) => seenByA.push(event));
    hub.subscribe('team', (event) => seenByTeam.push(event));

    const first = await hub.publish('wk_demo', { contactId: 'ctc_a' }, typing('cnv_1'));
    await hub.publish('wk_demo', { contactId: 'ctc_b' }, typing('cnv_2'));
    const third = await hub.publish('wk_demo', 'team', typing('cnv_3'));

    expect(seenByA).toEqual([first]);
    expect(seenByTeam).toEqual([third]);
    expect(await log.after('ctc_b', 0, 10)).toHaveLength(1);
  });

  it('stops calling a listener once unsubscribed', async () => {
    const hub = createEventHub(open(), () => 0);
    const seen: string[] = [];
    const unsubscribe = hub.subscribe({ contactId: 'ctc_a' }, (event) => seen.push(event.id));
    await hub.publish('wk_demo', { contactId: 'ctc_a' }, typing('cnv_1'));
    unsubscribe();
    await hub.publish('wk_demo', { contactId: 'ctc_a' }, typing('cnv_2'));
    expect(seen).toEqual(['1']);
  });

  it('keeps the newest eventLogSize events', async () => {
    const log = open();
    const hub = createEventHub(log, () => 0, { eventLogSize: 2 });
    for (let index = 1; index <= 4; index += 1) {
      await hub.publish('wk_demo', { contactId: 'ctc_a' }, typing(`cnv_${index}`));
    }
    expect((await log.after('ctc_a', 0, 10)).map((event) => event.id)).toEqual(['3', '4']);
  });

  it('counts a contact online while any of its connections is open, and agents per connection', () => {
    const hub = createEventHub(open(), () => 0);
    expect(hub.isContactOnline('ctc_a')).toBe(false);
    const first = hub.connect({ contactId: 'ctc_a' });
    const second = hub.connect({ contactId: 'ctc_a' });
    expect(hub.isContactOnline('ctc_a')).toBe(true);
    expect(hub.isContactOnline('ctc_b')).toBe(false);
    first();
    first();
    expect(hub.isContactOnline('ctc_a')).toBe(true);
    second();
    expect(hub.isContactOnline('ctc_a')).toBe(false);

    const agents = [hub.connect('team'), hub.connect('team')];
    expect(hub.agentsOnline()).toBe(2);
    agents[0]?.();
    expect(hub.agentsOnline()).toBe(1);
    agents[1]?.();
    expect(hub.agentsOnline()).toBe(0);
  });
});
