/** Writes the page title with an unread count; the default is `(3) Host title`. */
export type TitleFormat = (count: number, title: string) => string;

/** What {@link createTitleBadge} returns. */
export interface TitleBadge {
  /** Shows `count` in the page title, or the host's own title again when it is 0. */
  set(count: number): void;
  /** Gives the title back to the host. */
  destroy(): void;
}

/**
 * Keeps an unread count in the page title (`(3) Pricing - Lumen`) and gives the title back when nothing is
 * unread. A title the host sets meanwhile (a single-page app changing page) becomes the title the count is
 * shown with, and the one given back.
 *
 * @example
 * ```ts
 * const badge = createTitleBadge();
 * client.on('unread', ({ count }) => badge.set(count));
 * ```
 */
export function createTitleBadge(format: TitleFormat = (count, title) => `(${count}) ${title}`): TitleBadge {
  let count = 0;
  let title = '';
  // What we last wrote; anything else in the title is the host's.
  let ours: string | undefined;
  let observer: MutationObserver | undefined;

  const apply = () => {
    const current = document.title;
    if (current !== ours) title = current;
    ours = count > 0 ? format(count, title) : undefined;
    if (ours === undefined) {
      observer?.disconnect();
      observer = undefined;
    } else if (!observer && typeof MutationObserver === 'function') {
      observer = new MutationObserver(apply);
      observer.observe(document.head ?? document.documentElement, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    }
    const next = ours ?? title;
    // Writing an unchanged title would wake the observer for nothing.
    if (current !== next) document.title = next;
  };

  return {
    set(next) {
      count = next;
      apply();
    },
    destroy() {
      count = 0;
      apply();
    },
  };
}
