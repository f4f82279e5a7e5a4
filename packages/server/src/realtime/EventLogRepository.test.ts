import type { RealtimeEvent } from '@parley/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/createMemoryStore';
import { openSqliteStore } from '../storage/openSqliteStore';
import type { Store } from '../storage/Store';
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

const conversationOf = (event: RealtimeEvent) => (event.data as { conversationId: string }).conversationId;

describe.each([
  ['memory', () => createMemoryStore({ seed: false })],
  ['sqlite', () => openSqliteStore({ filename: ':memory:', seed: false })],
])('the %s event log', (_kind, make) => {
  const open = () => {
    const store = make();
    opened.push(store);
    return store.events;
  };

  it('starts empty', async () => {
    const log = open();
    expect(await log.latestId()).toBe(0);
    expect(await log.oldestId()).toBeUndefined();
    expect(await log.after('ctc_a', 0, 10)).toEqual([]);
  });

  it('assigns strictly increasing ids and stores the event as given', async () => {
    const log = open();
    const first = await log.append('wk_demo', 'ctc_a', typing('cnv_1'), 1);
    const second = await log.append('wk_demo', 'team', typing('cnv_2'), 2);
    expect(first).toEqual({ id: '1', ...typing('cnv_1') });
    expect(Number(second.id)).toBeGreaterThan(Number(first.id));
    expect(await log.latestId()).toBe(Number(second.id));
    expect(await log.oldestId()).toBe(Number(first.id));
  });

  it("reads one audience's events after an id, oldest first, up to a limit", async () => {
    const log = open();
    for (const [audience, conversation] of [
      ['ctc_a', 'cnv_1'],
      ['ctc_b', 'cnv_2'],
      ['ctc_a', 'cnv_3'],
      ['team', 'cnv_4'],
      ['ctc_a', 'cnv_5'],
    ] as const) {
      await log.append('wk_demo', audience, typing(conversation), 0);
    }
    expect((await log.after('ctc_a', 0, 10)).map(conversationOf)).toEqual(['cnv_1', 'cnv_3', 'cnv_5']);
    expect((await log.after('ctc_a', 1, 10)).map(conversationOf)).toEqual(['cnv_3', 'cnv_5']);
    expect((await log.after('ctc_a', 0, 2)).map(conversationOf)).toEqual(['cnv_1', 'cnv_3']);
    expect((await log.after('team', 0, 10)).map((event) => event.id)).toEqual(['4']);
    expect(await log.after('ctc_a', 5, 10)).toEqual([]);
  });

  it('keeps the newest events when trimmed, and never reuses an id', async () => {
    const log = open();
    for (let index = 1; index <= 5; index += 1)
      await log.append('wk_demo', 'ctc_a', typing(`cnv_${index}`), 0);
    await log.trim(2);
    expect(await log.oldestId()).toBe(4);
    expect((await log.after('ctc_a', 0, 10)).map(conversationOf)).toEqual(['cnv_4', 'cnv_5']);
    await log.trim(2);
    expect(await log.oldestId()).toBe(4);

    await log.trim(0);
    expect(await log.oldestId()).toBeUndefined();
    expect(await log.latestId()).toBe(5);
    expect((await log.append('wk_demo', 'ctc_a', typing('cnv_6'), 0)).id).toBe('6');
  });

  it('hands out copies that cannot change the log', async () => {
    const log = open();
    const stored = await log.append('wk_demo', 'ctc_a', typing('cnv_1'), 0);
    (stored.data as { conversationId: string }).conversationId = 'changed';
    const [read] = await log.after('ctc_a', 0, 1);
    (read?.data as { conversationId: string }).conversationId = 'changed again';
    expect((await log.after('ctc_a', 0, 1)).map(conversationOf)).toEqual(['cnv_1']);
  });
});
