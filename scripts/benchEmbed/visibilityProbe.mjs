// The in-page half of `npm run bench:embed`, installed with `addInitScript` so that it runs in every
// document before the page's own scripts. It is the same on the three pages, so its own (small) cost is
// in every column alike.

/**
 * Runs in the page: watches for the launcher (or the hello-world's component) to be laid out and records
 * long tasks.
 *
 * - A MutationObserver on the document asks for a look at the next animation frame whenever the DOM
 *   changes. The look finds the candidates: the loader's launcher host (`[data-parley-loader-launcher]`),
 *   the full widget's host (`[data-parley-widget]`), both with an open shadow root, and the hello-world's
 *   `[data-bench-visible]` element; while there is one, it looks again every frame.
 * - A look searches a host's shadow root for a button with a non-zero box (or wants a non-zero box on the
 *   hello-world's element). The first frame where one has a box is the
 *   moment the launcher is visible: `performance.now()` then, a `bench:visible` User Timing mark (which the
 *   trace carries, to cut the script time there) and a call to `reportVisible` (a Playwright binding).
 * - A PerformanceObserver keeps every long task (start and duration).
 *
 * Everything is kept on a non-enumerable `window.__parleyBench`; the probe stops looking after 60 s. Its
 * callbacks are named `parleyBench…`: scriptTime.mjs leaves their time out of the page's script time.
 *
 * @param {string} reportVisible the name of the binding called once with the time the launcher showed.
 */
export function visibilityProbe(reportVisible) {
  if (window.top !== window || !location.protocol.startsWith('http')) return;
  const state = { visibleAt: undefined, longTasks: [] };
  Object.defineProperty(window, '__parleyBench', { value: state });
  performance.mark('bench:start');

  try {
    new PerformanceObserver(function parleyBenchLongTasks(list) {
      for (const entry of list.getEntries()) {
        state.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the list stays empty and the benchmark says so.
  }

  const SELECTOR = '[data-parley-loader-launcher], [data-parley-widget], [data-bench-visible]';
  const hasBox = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const isVisible = (element) => {
    if (element.hasAttribute('data-bench-visible')) return hasBox(element);
    const root = element.shadowRoot;
    if (!root) return false;
    for (const button of root.querySelectorAll('button')) if (hasBox(button)) return true;
    return false;
  };
  let frame = 0;
  const deadline = performance.now() + 60_000;
  // Once per frame while a candidate is on the page but not laid out yet (its shadow root may fill later,
  // which an observer of the document does not see).
  const check = function parleyBenchCheck() {
    frame = 0;
    const candidates = document.querySelectorAll(SELECTOR);
    for (const element of candidates) {
      if (!isVisible(element)) continue;
      state.visibleAt = performance.now();
      performance.mark('bench:visible');
      observer.disconnect();
      window[reportVisible]?.(state.visibleAt);
      return;
    }
    if (candidates.length > 0 && performance.now() < deadline) frame = requestAnimationFrame(check);
  };
  // The records are not read: that would create a JS object for every node the parser adds, work the page's
  // own scripts would otherwise do (and be measured doing). A look at the next frame is enough.
  const observer = new MutationObserver(function parleyBenchNotice() {
    if (frame === 0 && state.visibleAt === undefined) frame = requestAnimationFrame(check);
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-parley-loader-launcher', 'data-parley-widget', 'data-bench-visible'],
  });
}
