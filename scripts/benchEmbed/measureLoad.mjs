// One measured page load of `npm run bench:embed`, in a fresh browser context (a new renderer process,
// an empty cache: a first visit).
import { scriptTime, TRACE_CATEGORIES } from './scriptTime.mjs';
import { trackNetwork } from './trackNetwork.mjs';
import { visibilityProbe } from './visibilityProbe.mjs';

const BINDING = '__parleyBenchVisible';
/** The page has settled once no request has started or ended for this long. */
const QUIET_MS = 500;
// Playwright's CSS engine looks into open shadow roots.
const WIDGET_LAUNCHER = '[data-parley-widget] button[aria-expanded]';
const LOADER_LAUNCHER = '[data-parley-loader-launcher] button';
const PANEL = '[data-parley-widget] [role="dialog"]';

/**
 * Loads `url` and measures it.
 *
 * @param {object} options
 * @param {import('playwright-core').Browser} options.browser
 * @param {string} options.url
 * @param {number} options.cpuSlowdown the CDP CPU throttling rate (1: none).
 * @param {boolean} options.expectsLauncher wait for the probe to see the launcher (or component).
 * @param {boolean} options.opens click the launcher and wait for the panel, then count bytes again.
 * @param {number} options.limitMs bound on each wait (the launcher, quiet network, the panel).
 * @returns {Promise<{ visibleMs?: number; scriptBeforeVisible?: ScriptTime; scriptUntilIdle: ScriptTime;
 *   heapBytes: number; domHeapBytes: number; longTasksUntilIdle: number[]; longTasksOpening: number[];
 *   bytesBeforeOpening: number; requestsBeforeOpening: number; bytesAfterOpening?: number;
 *   requestsAfterOpening?: number }>} where a `ScriptTime` is `{ wallMs, cpuMs }` (scriptTime.mjs).
 */
export async function measureLoad({ browser, url, cpuSlowdown, expectsLauncher, opens, limitMs }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    let reportVisible;
    const visible = new Promise((resolve) => {
      reportVisible = resolve;
    });
    await context.exposeBinding(BINDING, (_source, time) => reportVisible(time));
    await context.addInitScript(visibilityProbe, BINDING);
    const page = await context.newPage();
    page.setDefaultTimeout(limitMs);
    // A page that reports errors is not measuring what it should: the load fails.
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    const cdp = await context.newCDPSession(page);
    // Set before the navigation: set after it, the new renderer process was not always slowed down.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const network = await trackNetwork(cdp);

    const traceEvents = [];
    cdp.on('Tracing.dataCollected', ({ value }) => {
      for (const event of value) traceEvents.push(event);
    });
    const traceDone = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
      transferMode: 'ReportEvents',
    });

    await page.goto(url, { waitUntil: 'load', timeout: limitMs });
    if (expectsLauncher) {
      const shown = await Promise.race([
        visible.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), limitMs)),
      ]);
      if (!shown) throw new Error(`${url}: nothing became visible within ${limitMs / 1000} s`);
    }
    // Idle: the network quiet, then an idle period of the main thread, marked for the trace.
    await network.waitForQuiet(QUIET_MS, limitMs);
    const idleAt = await page.evaluate(
      () =>
        new Promise((resolve) => {
          requestIdleCallback(
            function parleyBenchIdle() {
              performance.mark('bench:idle');
              resolve(performance.now());
            },
            { timeout: 2_000 },
          );
        }),
    );
    await cdp.send('Tracing.end');
    await Promise.race([
      traceDone,
      new Promise((_, reject) => setTimeout(() => reject(new Error('the trace did not complete')), limitMs)),
    ]);
    const script = scriptTime(traceEvents, ['bench:visible', 'bench:idle']);

    // Two collections: the first may leave objects that only a second finds unreachable.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const bytesBeforeOpening = network.bytes();
    const requestsBeforeOpening = network.requests();

    const result = {
      visibleMs: await page.evaluate(() => window.__parleyBench.visibleAt),
      scriptBeforeVisible: script.untilMark['bench:visible'],
      scriptUntilIdle: script.untilMark['bench:idle'] ?? script.total,
      heapBytes: heap.usedSize,
      domHeapBytes: heap.embedderHeapUsedSize ?? Number.NaN,
      longTasksUntilIdle: [],
      longTasksOpening: [],
      bytesBeforeOpening,
      requestsBeforeOpening,
    };
    if (opens) {
      // The launcher the visitor sees: the loader's while the widget waits, dormant (pointing at it wakes the
      // widget, whose own launcher takes its place under the pointer: the locator follows), else the widget's.
      await page.locator(`${WIDGET_LAUNCHER}, ${LOADER_LAUNCHER}`).filter({ visible: true }).first().click();
      await page.locator(PANEL).waitFor({ state: 'visible', timeout: limitMs });
      await network.waitForQuiet(QUIET_MS, limitMs);
      result.bytesAfterOpening = network.bytes();
      result.requestsAfterOpening = network.requests();
    }
    const longTasks = await page.evaluate(() => window.__parleyBench.longTasks);
    for (const task of longTasks) {
      (task.start < idleAt ? result.longTasksUntilIdle : result.longTasksOpening).push(task.duration);
    }
    if (pageErrors.length > 0) throw new Error(`${url} reported errors: ${pageErrors.join(' | ')}`);
    return result;
  } finally {
    await context.close();
  }
}
