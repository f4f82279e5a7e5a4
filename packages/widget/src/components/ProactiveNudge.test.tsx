import { createMemoryStorage, type KeyValueStorage, type Trigger } from '@parley/core';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { englishMessages } from '../i18n/englishMessages';
import { ProactiveNudge, type ProactiveNudgeProps } from './ProactiveNudge';

const trigger: Trigger = {
  id: 'trg_pricing',
  pagePattern: '*',
  secondsOnPage: 5,
  oncePerVisitor: false,
  message: 'Not sure which plan suits you?',
  articles: [
    { id: 'art_compare_plans', title: 'Compare plans' },
    { id: 'art_request_refund', title: 'Request a refund' },
  ],
};

async function showNudge(props: Partial<ProactiveNudgeProps> & { storage?: KeyValueStorage } = {}) {
  const onOpen = vi.fn();
  const onDismissed = vi.fn();
  const all: ProactiveNudgeProps = {
    triggers: [trigger],
    storage: createMemoryStorage(),
    open: false,
    brand: 'Lumen',
    messages: englishMessages,
    showArticles: true,
    onOpen,
    onDismissed,
    ...props,
  };
  const view = render(<ProactiveNudge {...all} />);
  await act(async () => {
    await vi.advanceTimersByTimeAsync(5000);
  });
  return { ...view, onOpen, onDismissed, props: all };
}

describe('ProactiveNudge', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it("shows the trigger's message and articles when due, announced politely", async () => {
    const onOpen = vi.fn();
    render(
      <ProactiveNudge
        triggers={[trigger]}
        storage={createMemoryStorage()}
        open={false}
        brand="Lumen"
        messages={englishMessages}
        showArticles
        onOpen={onOpen}
      />,
    );
    const status = screen.getByRole('status');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(4000);
    });
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(status.textContent).toBe('');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    const nudge = screen.getByRole('complementary', { name: 'Message from Lumen' });
    expect(status.textContent).toBe('Message from Lumen Not sure which plan suits you?');

    fireEvent.click(within(nudge).getByRole('button', { name: 'Request a refund' }));
    expect(onOpen).toHaveBeenLastCalledWith('art_request_refund');
    fireEvent.click(within(nudge).getByRole('button', { name: 'Not sure which plan suits you?' }));
    expect(onOpen).toHaveBeenLastCalledWith();
  });

  it('goes away for good when dismissed, and hands focus on', async () => {
    const storage = createMemoryStorage();
    const { onDismissed } = await showNudge({ storage });
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(onDismissed).toHaveBeenCalledTimes(1);
    expect(await storage.get('nudge:trg_pricing')).toBe('dismissed');
  });

  it('is dismissed with Escape from inside it', async () => {
    const { onDismissed } = await showNudge();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Compare plans' }), { key: 'Escape' });
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(onDismissed).toHaveBeenCalledTimes(1);
  });

  it('offers no article when the knowledge base is off', async () => {
    await showNudge({ showArticles: false });
    const nudge = screen.getByRole('complementary');
    expect(within(nudge).getByRole('button', { name: 'Not sure which plan suits you?' })).toBeTruthy();
    expect(within(nudge).queryByRole('list')).toBeNull();
    expect(within(nudge).queryByRole('button', { name: 'Compare plans' })).toBeNull();
  });

  it('hides when the panel opens', async () => {
    const { rerender, props } = await showNudge();
    expect(screen.getByRole('complementary')).toBeTruthy();
    rerender(<ProactiveNudge {...props} open />);
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});
