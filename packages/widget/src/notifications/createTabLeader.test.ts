import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTabLeader, type TabLeader } from './createTabLeader';
import { createFakeLocks } from './testing/createFakeLocks';

const NAME = 'parley-alerts test';

/** A browser tab: its own visibility, the browser's shared locks, its own election. */
function openTab(locks: ReturnType<typeof createFakeLocks> | null, visibility: DocumentVisibilityState) {
  const page = Object.assign(new EventTarget(), { visibilityState: visibility });
  const leader = createTabLeader(NAME, { locks, document: page as unknown as Document });
  const tab = {
    leader,
    show(next: DocumentVisibilityState) {
      page.visibilityState = next;
      page.dispatchEvent(new Event('visibilitychange'));
    },
  };
  opened.push(leader);
  return tab;
}
let opened: TabLeader[] = [];

/** Resolves when a tab asks the others, over the channel, to take the lead. */
function listenForTakeOverRequest() {
  const channel = new BroadcastChannel(NAME);
  return new Promise<void>((resolve) => {
    channel.onmessage = () => {
      channel.close();
      resolve();
    };
  });
}
const leaders = (...tabs: { leader: TabLeader }[]) => tabs.map((tab) => tab.leader.isLeader());

describe('createTabLeader', () => {
  afterEach(() => {
    for (const leader of opened) leader.destroy();
    opened = [];
  });

  it('elects the tab the visitor looked at last, and only one', async () => {
    const locks = createFakeLocks();
    const first = openTab(locks, 'visible');
    await vi.waitFor(() => expect(leaders(first)).toEqual([true]));
    // A second tab opens in front of the first.
    first.show('hidden');
    const second = openTab(locks, 'visible');
    await vi.waitFor(() => expect(leaders(first, second)).toEqual([false, true]));
    // The visitor leaves the browser: the tab seen last stays the leader, and the other waits in line.
    const asked = listenForTakeOverRequest();
    second.show('hidden');
    // The hidden leader asks for a visible tab to take over; there is none, so nothing changes.
    await asked;
    await new Promise((resolve) => setTimeout(resolve));
    expect(leaders(first, second)).toEqual([false, true]);
    expect(locks.waiting(NAME)).toBe(1);
  });

  it('hands over to a waiting tab when the leader closes', async () => {
    const locks = createFakeLocks();
    const first = openTab(locks, 'hidden');
    const second = openTab(locks, 'hidden');
    await vi.waitFor(() => expect(leaders(first, second)).toEqual([true, false]));
    first.leader.destroy();
    expect(first.leader.isLeader()).toBe(false);
    await vi.waitFor(() => expect(second.leader.isLeader()).toBe(true));
  });

  it('lets a tab the visitor comes back to take over, and the former leader wait in line again', async () => {
    const locks = createFakeLocks();
    const first = openTab(locks, 'hidden');
    const second = openTab(locks, 'hidden');
    await vi.waitFor(() => expect(leaders(first, second)).toEqual([true, false]));
    second.show('visible');
    await vi.waitFor(() => expect(leaders(first, second)).toEqual([false, true]));
    // The former leader is next in line when this one closes.
    expect(locks.waiting(NAME)).toBe(1);
    second.leader.destroy();
    await vi.waitFor(() => expect(first.leader.isLeader()).toBe(true));
  });

  it('has a leader that goes hidden hand over to a tab still in view (two windows side by side)', async () => {
    const locks = createFakeLocks();
    const left = openTab(locks, 'visible');
    const right = openTab(locks, 'visible');
    await vi.waitFor(() => expect(leaders(left, right)).toEqual([false, true]));
    right.show('hidden');
    await vi.waitFor(() => expect(leaders(left, right)).toEqual([true, false]));
  });

  it('lets every tab lead on its own without Web Locks', () => {
    const first = openTab(null, 'hidden');
    const second = openTab(null, 'hidden');
    expect(leaders(first, second)).toEqual([true, true]);
  });

  it('leads alone when the browser refuses the lock', async () => {
    const refused = {
      request: () => Promise.reject(new DOMException('No locks in an opaque origin.', 'SecurityError')),
    } as unknown as LockManager;
    const leader = createTabLeader(NAME, {
      locks: refused,
      document: Object.assign(new EventTarget(), { visibilityState: 'hidden' }) as unknown as Document,
    });
    opened.push(leader);
    await vi.waitFor(() => expect(leader.isLeader()).toBe(true));
  });
});
