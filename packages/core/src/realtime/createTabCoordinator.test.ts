import type { RealtimeEvent } from '@parley/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionStatus } from '../connection/ConnectionStatus';
import { createStore, type WritableStore } from '../store/createStore';
import type { RealtimeConnection } from './createRealtimeConnection';
import { createTabCoordinator, type RealtimeConnectionStart, type TabSignal } from './createTabCoordinator';
import { createFakeLocks } from './testing/createFakeLocks';
import { presenceEvent } from './testing/createFakeRealtimeBackend';

/** A connection opened by a tab, driven by the test. */
interface FakeConnection {
  tab: string;
  start: RealtimeConnectionStart;
  status: WritableStore<ConnectionStatus>;
  closed: boolean;
  /** The backend sends an event (the real connection dedups; this one passes everything on). */
  emit(event: RealtimeEvent): void;
  /** The backend sends a reset with this id. */
  reset(id: string): void;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Waits for the other "tab" to receive what was posted on the BroadcastChannel. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 2 });

function createWorld(environment: { locks?: boolean; channel?: boolean } = {}) {
  // Node 20 has BroadcastChannel as a global, looked up by the coordinator when it needs one.
  if (environment.channel === false) vi.stubGlobal('BroadcastChannel', undefined);
  const fakeLocks = createFakeLocks();
  const connections: FakeConnection[] = [];
  const open = () => connections.filter((connection) => !connection.closed);

  function openTab(tab: string, options: { identity?: () => string; scope?: string } = {}) {
    const lifetime = new AbortController();
    const events: string[] = [];
    const resyncs = vi.fn();
    const signals: TabSignal[] = [];
    const coordinator = createTabCoordinator({
      scope: options.scope ?? 'http://parley.test wk_demo',
      identityKey: options.identity ?? (() => 'anonymous'),
      signal: lifetime.signal,
      locks: environment.locks === false ? undefined : fakeLocks.locks,
      connect(start): RealtimeConnection {
        let lastId = start.lastEventId;
        const status = createStore<ConnectionStatus>('connecting');
        const connection: FakeConnection = {
          tab,
          start,
          status,
          closed: false,
          emit(event) {
            lastId = event.id;
            start.onEvent(event);
          },
          reset(id) {
            lastId = id;
            start.onResync();
          },
        };
        connections.push(connection);
        return {
          status,
          lastEventId: () => lastId,
          close: () => {
            connection.closed = true;
          },
        };
      },
    });
    cleanups.push(() => lifetime.abort());
    const listen = () =>
      coordinator.subscribe({ onEvent: (event) => events.push(event.id), onResync: resyncs });
    const stopSignals = coordinator.onSignal((signal) => signals.push(signal));
    cleanups.push(stopSignals);
    return {
      coordinator,
      events,
      resyncs,
      signals,
      listen,
      status: () => coordinator.status.getSnapshot(),
      /** The tab closes (the client is destroyed with it). */
      close: () => lifetime.abort(),
    };
  }

  return { openTab, connections, open, fakeLocks };
}

describe('createTabCoordinator with Web Locks and BroadcastChannel', () => {
  it('opens one connection for two tabs, and both get every event and the status', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    a.listen();
    await until(() => expect(world.open()).toHaveLength(1));
    b.listen();
    await until(() => expect(world.fakeLocks.waitingCount()).toBe(1));

    const connection = world.open()[0]!;
    expect(connection.tab).toBe('a');
    expect(a.coordinator.isLeader()).toBe(true);
    expect(b.coordinator.isLeader()).toBe(false);
    connection.status.set('online');
    connection.emit(presenceEvent('1'));
    connection.emit(presenceEvent('2'));

    expect(a.events).toEqual(['1', '2']);
    expect(a.status()).toBe('online');
    await until(() => expect(b.events).toEqual(['1', '2']));
    expect(b.status()).toBe('online');
    expect(world.connections).toHaveLength(1);
  });

  it('tells a tab that joins later the status of the connection', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    a.listen();
    await until(() => expect(world.open()).toHaveLength(1));
    world.open()[0]!.status.set('reconnecting');
    const b = world.openTab('b');
    b.listen();
    await until(() => expect(b.status()).toBe('reconnecting'));
  });

  it('hands the connection to another tab when the leader closes, resuming from the last id', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    a.listen();
    await until(() => expect(world.open()).toHaveLength(1));
    b.listen();
    const first = world.open()[0]!;
    first.emit(presenceEvent('1'));
    first.emit(presenceEvent('2'));
    await until(() => expect(b.events).toEqual(['1', '2']));

    a.close();
    expect(first.closed).toBe(true);
    await until(() => expect(world.open()).toHaveLength(1));
    const second = world.open()[0]!;
    expect(second.tab).toBe('b');
    expect(second.start.lastEventId).toBe('2');
    expect(b.coordinator.isLeader()).toBe(true);

    // A backend replaying the last one again changes nothing; what is new arrives.
    second.emit(presenceEvent('2'));
    second.emit(presenceEvent('3'));
    expect(b.events).toEqual(['1', '2', '3']);
    expect(b.resyncs).not.toHaveBeenCalled();
  });

  it('hands the connection over when the leader tab’s listeners all leave', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    const stopA = a.listen();
    await until(() => expect(world.open()).toHaveLength(1));
    b.listen();
    await until(() => expect(world.fakeLocks.waitingCount()).toBe(1));
    stopA();
    expect(a.coordinator.isLeader()).toBe(false);
    expect(a.status()).toBe('connecting');
    await until(() => expect(world.open().map((connection) => connection.tab)).toEqual(['b']));
  });

  it('after a takeover with no id to resume from, every tab resyncs', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    const c = world.openTab('c');
    a.listen();
    await until(() => expect(world.open()).toHaveLength(1));
    b.listen();
    c.listen();
    world.open()[0]!.status.set('online');
    await until(() => expect(b.status()).toBe('online'));
    a.close();
    await until(() => expect(world.open()).toHaveLength(1));
    const leader = world.open()[0]!.tab === 'b' ? b : c;
    const follower = leader === b ? c : b;
    expect(leader.resyncs).toHaveBeenCalledTimes(1);
    await until(() => expect(follower.resyncs).toHaveBeenCalledTimes(1));
  });

  it('relays a resync, and followers carry on from the reset’s id', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    a.listen();
    await until(() => expect(world.open()).toHaveLength(1));
    b.listen();
    const connection = world.open()[0]!;
    connection.emit(presenceEvent('90'));
    await until(() => expect(b.events).toEqual(['90']));
    connection.reset('10');
    connection.emit(presenceEvent('11'));
    expect(a.resyncs).toHaveBeenCalledTimes(1);
    await until(() => expect(b.events).toEqual(['90', '11']));
    expect(b.resyncs).toHaveBeenCalledTimes(1);
    expect(a.events).toEqual(['90', '11']);
  });

  it('stops waiting for the lock when a follower’s listeners all leave', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    a.listen();
    await until(() => expect(world.open()).toHaveLength(1));
    const stopB = b.listen();
    await until(() => expect(world.fakeLocks.waitingCount()).toBe(1));
    stopB();
    expect(world.fakeLocks.waitingCount()).toBe(0);
    a.close();
    await until(() => expect(world.fakeLocks.held()).toEqual([]));
    expect(world.connections).toHaveLength(1);
    expect(world.open()).toHaveLength(0);
  });

  it('keeps identities apart: another person’s tab has its own connection', async () => {
    const world = createWorld();
    const a = world.openTab('a', { identity: () => 'ctc_ada' });
    const b = world.openTab('b', { identity: () => 'ctc_bob' });
    a.listen();
    b.listen();
    await until(() => expect(world.open()).toHaveLength(2));
    world
      .open()
      .find((connection) => connection.tab === 'a')!
      .emit(presenceEvent('5'));
    const c = world.openTab('c', { identity: () => 'ctc_bob' });
    c.listen();
    world
      .open()
      .find((connection) => connection.tab === 'b')!
      .emit(presenceEvent('6'));
    await until(() => expect(c.events).toEqual(['6']));
    expect(b.events).toEqual(['6']);
    expect(a.events).toEqual(['5']);
  });

  it('restarts for a new identity, forgetting the previous person’s last id', async () => {
    let identity = 'anonymous';
    const world = createWorld();
    const a = world.openTab('a', { identity: () => identity });
    a.listen();
    await until(() => expect(world.open()).toHaveLength(1));
    const first = world.open()[0]!;
    first.emit(presenceEvent('30'));
    a.coordinator.restart();
    expect(first.closed).toBe(false);

    identity = 'ctc_ada';
    a.coordinator.restart();
    expect(first.closed).toBe(true);
    await until(() => expect(world.open()).toHaveLength(1));
    const second = world.open()[0]!;
    expect(second.start.lastEventId).toBeUndefined();
    expect(world.fakeLocks.held()).toEqual(['parley http://parley.test wk_demo ctc_ada']);
    second.emit(presenceEvent('3'));
    expect(a.events).toEqual(['30', '3']);
  });

  it('ignores messages on the channel that are not its own', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    a.listen();
    await until(() => expect(world.open()).toHaveLength(1));
    b.listen();
    await until(() => expect(world.fakeLocks.waitingCount()).toBe(1));
    const intruder = new BroadcastChannel('parley http://parley.test wk_demo');
    for (const junk of [
      null,
      'logout',
      { kind: 'event', identity: 'anonymous', event: { id: 7 } },
      { kind: 'status', identity: 'anonymous', status: 'hacked' },
      { kind: 'signal', signal: 'format-disk' },
    ]) {
      intruder.postMessage(junk);
    }
    intruder.postMessage({ kind: 'event', identity: 'anonymous', event: presenceEvent('8') });
    intruder.close();
    await until(() => expect(b.events).toEqual(['8']));
    expect(b.status()).toBe('connecting');
    expect(b.signals).toEqual([]);
  });
});

describe('createTabCoordinator signals between tabs', () => {
  it('sends logout and changed to the other tabs only, with or without realtime listeners', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    const c = world.openTab('c');
    a.coordinator.broadcast('logout');
    await until(() => expect(b.signals).toEqual(['logout']));
    await until(() => expect(c.signals).toEqual(['logout']));
    b.listen();
    b.coordinator.broadcast('changed');
    await until(() => expect(a.signals).toEqual(['changed']));
    expect(a.signals).toEqual(['changed']);
    expect(b.signals).toEqual(['logout']);
  });

  it('reaches tabs of another identity of the same widget, and no other widget', async () => {
    const world = createWorld();
    const a = world.openTab('a', { identity: () => 'ctc_ada' });
    const b = world.openTab('b', { identity: () => 'anonymous' });
    const other = world.openTab('other', { scope: 'http://parley.test wk_other' });
    a.coordinator.broadcast('changed');
    await until(() => expect(b.signals).toEqual(['changed']));
    b.coordinator.broadcast('logout');
    await until(() => expect(a.signals).toEqual(['logout']));
    expect(other.signals).toEqual([]);
  });
});

describe('createTabCoordinator without the APIs it shares with', () => {
  it('connects in every tab when Web Locks are missing, still sharing signals', async () => {
    const world = createWorld({ locks: false });
    const a = world.openTab('a');
    const b = world.openTab('b');
    a.listen();
    b.listen();
    expect(world.open().map((connection) => connection.tab)).toEqual(['a', 'b']);
    expect(a.coordinator.isLeader()).toBe(true);
    world.open()[0]!.emit(presenceEvent('1'));
    world.open()[1]!.emit(presenceEvent('1'));
    expect(a.events).toEqual(['1']);
    expect(b.events).toEqual(['1']);
    a.coordinator.broadcast('logout');
    await until(() => expect(b.signals).toEqual(['logout']));
  });

  it('connects in every tab when BroadcastChannel is missing', () => {
    const world = createWorld({ channel: false });
    const a = world.openTab('a');
    const b = world.openTab('b');
    a.listen();
    b.listen();
    expect(world.open()).toHaveLength(2);
    expect(world.fakeLocks.held()).toEqual([]);
    expect(() => a.coordinator.broadcast('logout')).not.toThrow();
  });

  it('connects on its own when the lock is refused (a sandboxed frame)', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const refuse = vi
      .spyOn(world.fakeLocks.locks, 'request')
      .mockRejectedValue(new DOMException('Access denied', 'SecurityError'));
    a.listen();
    await until(() => expect(world.open()).toHaveLength(1));
    expect(refuse).toHaveBeenCalledTimes(1);
    expect(a.coordinator.isLeader()).toBe(true);
  });

  it('starts and stops with its listeners, and is done for good once its signal aborts', async () => {
    const world = createWorld({ locks: false });
    const a = world.openTab('a');
    const stop = a.listen();
    const first = world.open()[0]!;
    first.status.set('online');
    expect(a.status()).toBe('online');
    stop();
    expect(first.closed).toBe(true);
    expect(a.status()).toBe('connecting');
    a.listen();
    const second = world.open()[0]!;
    second.status.set('online');
    a.close();
    expect(second.closed).toBe(true);
    // A destroyed client's stores keep their last value.
    expect(a.status()).toBe('online');
    a.listen();
    expect(world.open()).toHaveLength(0);
  });
});
