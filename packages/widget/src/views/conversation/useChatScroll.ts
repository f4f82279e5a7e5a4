import { useLayoutEffect, useRef } from 'preact/hooks';

/** How close to the bottom (px) still counts as "reading the newest messages". */
const NEAR = 40;

/** What {@link useChatScroll} gives its view. @internal */
export interface ChatScroll {
  /** The scrolling element. */
  ref: { current: HTMLDivElement | null };
  /** Whether the reader is at the newest messages (the view follows new ones while they are). */
  atBottom: { current: boolean };
  /** Its scroll handler. */
  onScroll: () => void;
}

/**
 * Scrolling of a chat: follows new messages (and content that grows or a view that shrinks) while the reader
 * is at the bottom, stays put while they read
 * older ones, keeps their place when older messages are put above, and calls `onTop` when they reach the
 * top (to load older messages) and `onBottom` when they reach the bottom (to mark messages read).
 *
 * @param firstKey - The key of the oldest message shown: when it changes, older messages were put above.
 * @internal
 */
export function useChatScroll(
  firstKey: string | undefined,
  onTop: () => void,
  onBottom: () => void,
): ChatScroll {
  const ref = useRef<HTMLDivElement | null>(null);
  const atBottom = useRef(true);
  const first = useRef(firstKey);
  /** The distance from the scroll position to the end of the content, as last seen. */
  const fromEnd = useRef(0);
  // After every render: the content may have grown at either end.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (atBottom.current) element.scrollTop = element.scrollHeight;
    else if (firstKey !== first.current) element.scrollTop = element.scrollHeight - fromEnd.current;
    first.current = firstKey;
    fromEnd.current = element.scrollHeight - element.scrollTop;
  });
  // Content also grows without a render (an image arrives, a web font reflows the text) and the window
  // shrinks (an on-screen keyboard): a reader at the newest messages stays there.
  const element = ref.current;
  useLayoutEffect(() => {
    const scroller = ref.current;
    if (!scroller || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => {
      if (!atBottom.current) return;
      scroller.scrollTop = scroller.scrollHeight;
      fromEnd.current = scroller.scrollHeight - scroller.scrollTop;
    });
    observer.observe(scroller);
    for (const child of Array.from(scroller.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [element]);
  return {
    ref,
    atBottom,
    onScroll() {
      const element = ref.current;
      if (!element) return;
      fromEnd.current = element.scrollHeight - element.scrollTop;
      atBottom.current = fromEnd.current - element.clientHeight < NEAR;
      if (element.scrollTop < NEAR) onTop();
      if (atBottom.current) onBottom();
    },
  };
}
