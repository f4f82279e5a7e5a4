import { createMemoryStorage, type KeyValueStorage, type Trigger } from '@parley/core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNudge } from './useNudge';

const triggers: Trigger[] = [
  {
    id: 'trg_all',
    pagePattern: '*',
    secondsOnPage: 0,
    oncePerVisitor: false,
    message: 'Need help?',
    articles: [],
  },
];

function Nudge({ storage, open, after = 0 }: { storage: KeyValueStorage; open: boolean; after?: number }) {
  const { trigger, dismiss } = useNudge(
    after ? [{ ...triggers[0]!, secondsOnPage: after }] : triggers,
    storage,
    open,
  );
  return (
    trigger && (
      <button type="button" onClick={dismiss}>
        {trigger.message}
      </button>
    )
  );
}

describe('useNudge', () => {
  const root = document.createElement('div');
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    render(null, root);
    vi.useRealTimers();
  });

  it('renders the nudge when due, and removes it when dismissed', async () => {
    const storage = createMemoryStorage();
    act(() => render(<Nudge storage={storage} open={false} />, root));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(root.textContent).toBe('Need help?');
    act(() => root.querySelector('button')!.click());
    expect(root.textContent).toBe('');
    expect(await storage.get('nudge:trg_all')).toBe('dismissed');
  });

  it('shows nothing when the panel is open from the start', async () => {
    act(() => render(<Nudge storage={createMemoryStorage()} open />, root));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(root.textContent).toBe('');
  });

  it('stops its timers on unmount', async () => {
    act(() => render(<Nudge storage={createMemoryStorage()} open={false} after={10} />, root));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(vi.getTimerCount()).toBe(1);
    act(() => render(null, root));
    expect(vi.getTimerCount()).toBe(0);
  });
});
