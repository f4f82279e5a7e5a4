/** What {@link createTabLeader} reads from the page; the real objects by default, looked up when called. */
export interface TabLeaderEnvironment {
  /** The Web Locks API; `null` for none. @default navigator.locks */
  locks?: Pick<LockManager, 'request'> | null;
  /** Where visibility is read and watched. @default document */
  document?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
}

/** What {@link createTabLeader} returns. */
export interface TabLeader {
  /** Whether this tab is the one of its name that should alert. */
  isLeader(): boolean;
  /** Leaves the election; another tab takes over. */
  destroy(): void;
}

/**
 * Elects one tab among those of a widget open in the same browser, so that a reply makes one sound and one
 * desktop notification, not one per tab. The leader holds a Web Lock named `name`; when it closes, the lock
 * passes to a tab waiting for it. A tab the visitor looks at takes the lock (it is stolen from the others),
 * and a hidden leader asks the visible tabs over a BroadcastChannel to take it: so while the visitor looks
 * at one of the tabs, that one leads and, being visible, does not alert.
 *
 * Where Web Locks are missing, every tab leads on its own (each may alert); where the lock is refused (an
 * opaque origin), this tab does.
 *
 * @param name identifies the widget: tabs with the same name elect one leader.
 * @example
 * ```ts
 * const leader = createTabLeader(`parley-alerts ${baseUrl} ${widgetKey}`);
 * if (leader.isLeader() && document.visibilityState === 'hidden') chime.play();
 * ```
 */
export function createTabLeader(name: string, environment: TabLeaderEnvironment = {}): TabLeader {
  const locks = 'locks' in environment ? environment.locks : globalThis.navigator?.locks;
  const page = environment.document ?? document;
  let leading = !locks;
  if (!locks) return { isLeader: () => leading, destroy() {} };

  let channel: BroadcastChannel | undefined;
  let waiting: AbortController | undefined;
  let release: (() => void) | undefined;
  // Bumped by every request and by destroy: only the latest request may change the role.
  let generation = 0;
  const visible = () => page.visibilityState === 'visible';
  const askForTakeOver = () => {
    if (leading && !visible()) channel?.postMessage(0);
  };
  const request = (steal: boolean) => {
    waiting?.abort();
    waiting = new AbortController();
    const mine = ++generation;
    locks
      .request(name, steal ? { steal } : { signal: waiting.signal }, () => {
        if (mine !== generation) return;
        leading = true;
        askForTakeOver();
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      })
      .catch((error: unknown) => {
        if (mine !== generation) return;
        // Stolen by a tab the visitor looks at: wait in line again. Refused: lead alone.
        leading = (error as Error | undefined)?.name !== 'AbortError';
        if (!leading) request(false);
      });
  };
  const takeOver = () => {
    if (!leading && visible()) request(true);
  };
  const onVisibilityChange = () => {
    takeOver();
    askForTakeOver();
  };

  try {
    channel = new BroadcastChannel(name);
    channel.onmessage = takeOver;
  } catch {
    // No channel: a hidden leader cannot hand over to a visible tab, but visible tabs still take over.
  }
  page.addEventListener('visibilitychange', onVisibilityChange);
  request(visible());

  return {
    isLeader: () => leading,
    destroy() {
      generation++;
      leading = false;
      waiting?.abort();
      release?.();
      channel?.close();
      page.removeEventListener('visibilitychange', onVisibilityChange);
    },
  };
}
