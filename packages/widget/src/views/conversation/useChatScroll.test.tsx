import { render } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useChatScroll } from './useChatScroll';

/** A ResizeObserver whose callbacks the test fires, with what each one watches. */
function installFakeResizeObserver() {
  const observers: { callback: () => void; targets: Element[]; disconnected: boolean }[] = [];
  class FakeResizeObserver {
    entry: (typeof observers)[number];
    constructor(callback: () => void) {
      this.entry = { callback, targets: [], disconnected: false };
      observers.push(this.entry);
    }
    observe(target: Element) {
      this.entry.targets.push(target);
    }
    disconnect() {
      this.entry.disconnected = true;
    }
  }
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  return observers;
}

let scroll: ReturnType<typeof useChatScroll> | undefined;
function Chat() {
  scroll = useChatScroll(
    'first',
    () => undefined,
    () => undefined,
  );
  return (
    <div ref={scroll.ref} onScroll={scroll.onScroll}>
      <div class="log">messages</div>
    </div>
  );
}

/** Gives the scrolling element the sizes a browser would measure. */
function measure(element: HTMLElement, sizes: { scrollHeight: number; clientHeight: number }) {
  Object.defineProperty(element, 'scrollHeight', { configurable: true, value: sizes.scrollHeight });
  Object.defineProperty(element, 'clientHeight', { configurable: true, value: sizes.clientHeight });
}

describe('useChatScroll', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('keeps a reader at the newest messages there when the content grows without a render', () => {
    const observers = installFakeResizeObserver();
    const { container, unmount } = render(<Chat />);
    const scroller = container.firstElementChild as HTMLElement;
    const observer = observers.at(-1);
    expect(observer?.targets).toEqual([scroller, scroller.firstElementChild]);

    measure(scroller, { scrollHeight: 900, clientHeight: 400 });
    act(() => observer?.callback());
    expect(scroller.scrollTop).toBe(900);

    unmount();
    expect(observer?.disconnected).toBe(true);
  });

  it('leaves a reader of older messages where they are', () => {
    const observers = installFakeResizeObserver();
    const { container } = render(<Chat />);
    const scroller = container.firstElementChild as HTMLElement;
    measure(scroller, { scrollHeight: 900, clientHeight: 400 });
    scroller.scrollTop = 100;
    act(() => scroll?.onScroll());
    expect(scroll?.atBottom.current).toBe(false);
    measure(scroller, { scrollHeight: 1200, clientHeight: 400 });
    act(() => observers.at(-1)?.callback());
    expect(scroller.scrollTop).toBe(100);
  });
});
