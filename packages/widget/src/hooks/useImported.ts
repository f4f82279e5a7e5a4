import { useEffect, useState } from 'preact/hooks';

const imported = new Map<() => Promise<unknown>, unknown>();

/**
 * What `load` resolves to, once it has (then at once on every later render, in any widget on the page), for
 * code that loads on demand: the nudge, which only a widget with triggers needs. `undefined` while loading,
 * after a failure (nothing to show: a later mount tries again), and while `load` is `undefined`.
 * @param load - a stable function (module level): results are kept per function.
 * @internal
 */
export function useImported<T>(load: (() => Promise<T>) | undefined): T | undefined {
  const [, setLoadedCount] = useState(0);
  const value = load && (imported.get(load) as T | undefined);
  useEffect(() => {
    if (!load || value !== undefined) return;
    let current = true;
    load().then(
      (result) => {
        imported.set(load, result);
        if (current) setLoadedCount((count) => count + 1);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [load, value]);
  return value;
}
