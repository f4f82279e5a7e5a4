/**
 * Hands over from the launcher the loader drew (`window.Parley.launcher`) to the widget's own: removes the
 * loader's once the widget's launcher is in its shadow root, in the same task, so the page never shows
 * both, nor neither. The two look the same and sit in the same place, so the swap does not show. Focus on
 * the loader's button moves to the widget's. The loader's launcher is removed at once when there is no
 * widget (its boot failed), when the widget shows no launcher, and when the widget is removed before it
 * rendered one.
 *
 * The full bundle calls it after taking over `window.Parley` and replaying the queue (which boots the
 * widget), with the launcher it read from the loader's stub.
 *
 * @param loaderLauncher - The loader's launcher host element (`data-parley-loader-launcher`), if it drew one.
 * @param widgetHost - The widget's host element (`data-parley-widget`); by default the last one in the
 *   document, the widget that just booted.
 * @returns a function that stops waiting, leaving the loader's launcher where it is.
 * @example
 * ```ts
 * const loaderLauncher = window.Parley?.launcher; // read before replacing window.Parley
 * // ... boot and replay the queue ...
 * removeLoaderLauncher(loaderLauncher);
 * ```
 * @internal
 */
export function removeLoaderLauncher(
  loaderLauncher: Element | undefined,
  widgetHost: Element | null | undefined = lastWidgetHost(),
): () => void {
  const shadow = widgetHost?.shadowRoot;
  let observer: MutationObserver | undefined;
  const handOver = () => {
    const own = shadow?.querySelector<HTMLElement>('.parley-launcher');
    const noLauncher =
      !shadow || !widgetHost?.isConnected || shadow.querySelector('.parley[data-launcher="hidden"]');
    if (!loaderLauncher || !(own || noLauncher)) return;
    const focused = loaderLauncher.isConnected && document.activeElement === loaderLauncher;
    loaderLauncher.remove();
    if (focused) own?.focus();
    observer?.disconnect();
    observer = undefined;
  };
  handOver();
  if (loaderLauncher?.isConnected && shadow) {
    observer = new MutationObserver(handOver);
    observer.observe(shadow, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-launcher'],
    });
  }
  return () => observer?.disconnect();
}

/** The widget booted last: hosts are appended to the page in the order they mount. */
function lastWidgetHost(): Element | undefined {
  const hosts = document.querySelectorAll('[data-parley-widget]');
  return hosts[hosts.length - 1];
}
