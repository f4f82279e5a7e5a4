import type { Store } from '@parley/core';

/** Text typed but not sent, by composer: `new` for a new conversation, `conversation:<id>` for a reply. */
export type Drafts = Readonly<Record<string, string>>;

/** The drafts of one widget, outside the components so that they survive views, routes and reloads. */
export interface DraftStore extends Store<Drafts> {
  /** The draft of one composer, or `''`. */
  get(key: string): string;
  /** Keeps (or, with `''`, forgets) the draft of one composer. */
  set(key: string, text: string): void;
  /** Replaces every draft (a reload restoring them); `{}` forgets them all (a logout). */
  replace(drafts: Drafts): void;
}

/** The most drafts kept: the oldest go first. */
const MAX_DRAFTS = 10;
/** The longest draft kept, in characters (a message is at most 10,000). */
const MAX_LENGTH = 10_000;

/**
 * Creates the draft store of one widget. It lives in memory; navigation/connectPage.ts keeps it in the
 * tab's session storage, once the visitor has interacted with the widget.
 * @internal
 */
export function createDraftStore(): DraftStore {
  let drafts: Drafts = {};
  const listeners = new Set<() => void>();
  const publish = (next: Drafts) => {
    drafts = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    getSnapshot: () => drafts,
    subscribe(listener) {
      const entry = () => listener();
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    get: (key) => drafts[key] ?? '',
    set(key, text) {
      if ((drafts[key] ?? '') === text) return;
      const { [key]: _, ...others } = drafts;
      const kept = Object.entries(others).slice(1 - MAX_DRAFTS);
      publish(Object.fromEntries(text ? [...kept, [key, text.slice(0, MAX_LENGTH)]] : kept));
    },
    replace: (next) => publish({ ...next }),
  };
}
