import type { Store } from '@parley/core';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * The current value of a core store, re-rendering on every change. Subscribing starts the store's work
 * (loading, realtime) and unmounting stops it. A change between the render and the subscription is not
 * missed: the value is compared again once subscribed.
 */
export function useStore<T>(store: Store<T>): T {
  const value = store.getSnapshot();
  const rendered = useRef(value);
  rendered.current = value;
  const [, rerender] = useState(0);
  useLayoutEffect(() => {
    const check = () => {
      if (!Object.is(store.getSnapshot(), rendered.current)) rerender((n) => n + 1);
    };
    const stop = store.subscribe(check);
    check();
    return stop;
  }, [store]);
  return value;
}
