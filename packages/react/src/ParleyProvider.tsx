import { type ClientOptions, createClient, type ParleyClient } from '@parley/core';
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { ParleyContext } from './ParleyContext';

/**
 * Props of {@link ParleyProvider}: a client you made (and destroy yourself), or the options to make one
 * with (the provider then destroys it when it unmounts).
 */
export type ParleyProviderProps = { children?: ReactNode } & (
  | { client: ParleyClient; options?: never }
  | { options: ClientOptions; client?: never }
);

/**
 * Gives the components below it a Parley client, for the hooks (`useConversation`, `useArticleSearch`...)
 * and for `<ParleyWidget>`, so they share one session and one realtime connection.
 *
 * With `options`, it creates the client on first render (no request until a hook subscribes, nothing touched
 * during server rendering) and a new one when `baseUrl`, `widgetKey` or `locale` change; other changes to
 * `options` are not applied to a client already made. It destroys the clients it made when it unmounts (not
 * on StrictMode's simulated unmount). A `client` you pass is yours: it is never destroyed here.
 *
 * @example
 * ```tsx
 * <ParleyProvider options={{ baseUrl: 'https://support.example.com', widgetKey: 'wk_live_123' }}>
 *   <HelpCenter />
 * </ParleyProvider>
 * ```
 */
export function ParleyProvider(props: ParleyProviderProps): ReactNode {
  const { client: given, options, children } = props;
  const { baseUrl, widgetKey, locale } = options ?? {};
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new client only for a new backend, widget or language
  const owned = useMemo(
    () => (given || !options ? undefined : createClient(options)),
    [given, baseUrl, widgetKey, locale],
  );
  const pendingDestroy = useRef<{ client: ParleyClient; timer: ReturnType<typeof setTimeout> }>(undefined);
  useEffect(() => {
    if (!owned) return;
    // StrictMode unmounts and mounts again at once: the destroy waits a task and the mount cancels it.
    if (pendingDestroy.current?.client === owned) clearTimeout(pendingDestroy.current.timer);
    return () => {
      pendingDestroy.current = { client: owned, timer: setTimeout(() => owned.destroy(), 0) };
    };
  }, [owned]);
  return <ParleyContext.Provider value={given ?? owned ?? null}>{children}</ParleyContext.Provider>;
}
