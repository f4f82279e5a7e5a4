// Script time from a Chromium trace, for `npm run bench:embed`.
//
// The trace is recorded with the DevTools timeline categories (what the Performance panel records). Script
// time is the time the page's main thread spent in the events DevTools counts as "Scripting" (compiling and
// evaluating scripts and modules, function calls from tasks, timers, events, animation frames, idle
// callbacks and microtasks, garbage collection), as the union of their intervals so that nested events
// count once, less what runs inside them but is not script:
// - style and layout a script forces (DevTools counts those as "Rendering"; the frame would do them anyway);
// - the benchmark's own probe (visibilityProbe.mjs): its functions are all named `parleyBench…`.
// Compilation on background threads (streamed scripts, modules) is not main-thread time and is left out:
// it does not hold up the host page.
//
// Each figure is taken on two clocks:
// - wall clock (the events' `ts` and `dur`), what DevTools shows;
// - the main thread's CPU time (the events' `tts` and `tdur`): the same intervals, less the time the
//   thread was runnable but waiting for a core. On a shared two-core machine that waiting dominates a few
//   milliseconds of script: one trace of the loader's evaluation read 7.4 ms of wall clock and 1.85 ms of
//   CPU time. DevTools' CPU throttling suspends the thread by making it spin in a signal handler, which is
//   CPU time, so a slowed-down run still shows the slowdown on this clock.

/** Categories to record: the DevTools timeline, V8's execution events and User Timing marks. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing'];

const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compile',
  'v8.compileModule',
  'v8.produceCache',
  'v8.produceModuleCache',
  'V8.Execute',
  'v8.run',
  'FunctionCall',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'XHRReadyStateChange',
  'XHRLoad',
  'MinorGC',
  'MajorGC',
  'BlinkGC.AtomicPhase',
]);

/** Rendering work that a script can force synchronously (reading a box, say). */
const RENDERING_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'UpdateLayerTree']);

const isProbeCall = (event) =>
  event.name === 'FunctionCall' && event.args?.data?.functionName?.startsWith('parleyBench') === true;

/** The intervals `[from, to]` (microseconds) of the events `pick` selects; begin/end pairs matched by name. */
function intervalsOf(events, pick) {
  const intervals = [];
  const open = new Map();
  for (const event of events) {
    if (!pick(event)) continue;
    if (event.ph === 'X' && typeof event.dur === 'number') {
      intervals.push([event.ts, event.ts + event.dur]);
    } else if (event.ph === 'B') {
      const stack = open.get(event.name) ?? [];
      stack.push(event.ts);
      open.set(event.name, stack);
    } else if (event.ph === 'E') {
      const begin = open.get(event.name)?.pop();
      if (begin !== undefined) intervals.push([begin, event.ts]);
    }
  }
  return merge(intervals);
}

/** Sorted, non-overlapping intervals covering the same time. */
function merge(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** `included` less `excluded`, both merged: the time in the one and not in the other. */
function subtract(included, excluded) {
  const result = [];
  let next = 0;
  for (const [from, to] of included) {
    let start = from;
    while (next < excluded.length && excluded[next][1] <= start) next++;
    for (let index = next; index < excluded.length && excluded[index][0] < to; index++) {
      const [cutFrom, cutTo] = excluded[index];
      if (cutFrom > start) result.push([start, cutFrom]);
      start = Math.max(start, cutTo);
    }
    if (start < to) result.push([start, to]);
  }
  return result;
}

/**
 * The main thread's CPU clock as a function of its wall clock: every complete event that carries both
 * clocks gives two points (its start and its end); between two points the CPU clock is interpolated
 * linearly. The script intervals start and end on events, so their ends are points themselves.
 *
 * @param {object[]} events the main thread's events.
 * @returns {(wall: number) => number} microseconds of CPU time at a wall-clock time, in microseconds.
 */
function cpuClockOf(events) {
  const points = [];
  for (const event of events) {
    if (event.ph === 'X' && typeof event.tts === 'number' && typeof event.tdur === 'number') {
      points.push([event.ts, event.tts], [event.ts + event.dur, event.tts + event.tdur]);
    }
  }
  points.sort((a, b) => a[0] - b[0]);
  return (wall) => {
    if (points.length === 0) return Number.NaN;
    let low = 0;
    let high = points.length - 1;
    if (wall <= points[low][0]) return points[low][1];
    if (wall >= points[high][0]) return points[high][1];
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if (points[middle][0] <= wall) low = middle;
      else high = middle;
    }
    const [wallFrom, cpuFrom] = points[low];
    const [wallTo, cpuTo] = points[high];
    return wallTo === wallFrom
      ? cpuFrom
      : cpuFrom + ((cpuTo - cpuFrom) * (wall - wallFrom)) / (wallTo - wallFrom);
  };
}

/**
 * Finds the renderer main thread that ran the page (the one with the probe's `bench:start` mark) and
 * sums its script time from that mark up to each of the given User Timing marks, on both clocks.
 *
 * @param {object[]} events trace events (`Tracing.dataCollected` values, concatenated).
 * @param {string[]} untilMarks mark names; the script time up to the first of each.
 * @returns {{ untilMark: Record<string, { wallMs: number; cpuMs: number } | undefined>;
 *   total: { wallMs: number; cpuMs: number } }} milliseconds; `untilMark[name]` is undefined when the mark
 *   is not in the trace. `cpuMs` is NaN when the trace carries no thread clock.
 */
export function scriptTime(events, untilMarks) {
  const isMark = (event, name) => event.name === name && event.cat.includes('user_timing');
  const start = events.find((event) => isMark(event, 'bench:start'));
  if (start === undefined) throw new Error('the trace has no bench:start mark: the probe did not run');
  const onMainThread = events.filter((event) => event.pid === start.pid && event.tid === start.tid);

  const script = subtract(
    intervalsOf(onMainThread, (event) => SCRIPT_EVENTS.has(event.name)),
    intervalsOf(onMainThread, (event) => RENDERING_EVENTS.has(event.name) || isProbeCall(event)),
  );
  const cpuAt = cpuClockOf(onMainThread);
  // From the probe's first moment: the same thread may have run the blank document before this one.
  const sumUntil = (limit) => {
    let wall = 0;
    let cpu = 0;
    for (const [from, to] of script) {
      const clippedFrom = Math.max(from, start.ts);
      const clippedTo = Math.min(to, limit);
      if (clippedTo <= clippedFrom) continue;
      wall += clippedTo - clippedFrom;
      cpu += Math.max(0, cpuAt(clippedTo) - cpuAt(clippedFrom));
    }
    return { wallMs: wall / 1000, cpuMs: cpu / 1000 };
  };

  const untilMark = {};
  for (const name of untilMarks) {
    const mark = onMainThread.find((event) => isMark(event, name));
    untilMark[name] = mark === undefined ? undefined : sumUntil(mark.ts);
  }
  return { untilMark, total: sumUntil(Number.POSITIVE_INFINITY) };
}
