import { describe, expect, it } from 'vitest';
import { scriptTime } from './scriptTime.mjs';

const MAIN = { pid: 1, tid: 1 };
const mark = (name, ts) => ({ ...MAIN, cat: 'blink.user_timing', name, ph: 'R', ts });
/** A complete event on the main thread, times in microseconds; `tts`/`tdur` are its CPU clock. */
const event = (name, ts, dur, tts, tdur, data) => ({
  ...MAIN,
  cat: 'devtools.timeline',
  name,
  ph: 'X',
  ts,
  dur,
  tts,
  tdur,
  ...(data ? { args: { data } } : {}),
});

describe('scriptTime', () => {
  it('counts script on both clocks, less forced layout and the probe, from the start mark to each mark', () => {
    const events = [
      // Before the probe's start: the blank document the thread ran first.
      event('EvaluateScript', 0, 500, 0, 500),
      mark('bench:start', 1_000),
      // 4 ms of wall clock in which the thread had a core for 1 ms; a forced style recalculation inside.
      event('EvaluateScript', 2_000, 4_000, 1_500, 1_000),
      event('UpdateLayoutTree', 3_000, 1_000, 1_700, 200),
      // The probe's own frame callback counts for nothing.
      event('FireAnimationFrame', 7_000, 500, 2_600, 500),
      event('FunctionCall', 7_000, 500, 2_600, 500, { functionName: 'parleyBenchCheck' }),
      // Cut in the middle by the mark: half of it on each clock.
      event('FunctionCall', 9_000, 2_000, 3_200, 1_000, { functionName: 'onLoad' }),
      mark('bench:visible', 10_000),
      // Another thread's script is not the page's.
      { ...event('EvaluateScript', 9_000, 3_000, 0, 3_000), tid: 2 },
    ];
    const { untilMark, total } = scriptTime(events, ['bench:visible', 'bench:idle']);
    // Wall: 1 ms before the style, 2 ms after it, 1 ms of the cut call. CPU: 0.2 + 0.6 + 0.5.
    expect(untilMark['bench:visible']?.wallMs).toBeCloseTo(4, 6);
    expect(untilMark['bench:visible']?.cpuMs).toBeCloseTo(1.3, 6);
    expect(untilMark['bench:idle']).toBeUndefined();
    expect(total.wallMs).toBeCloseTo(5, 6);
    expect(total.cpuMs).toBeCloseTo(1.8, 6);
  });

  it('matches begin and end events by name, and counts nested script once', () => {
    const events = [
      mark('bench:start', 0),
      { ...MAIN, cat: 'v8', name: 'v8.evaluateModule', ph: 'B', ts: 1_000 },
      event('FunctionCall', 1_500, 1_000, 0, 1_000),
      { ...MAIN, cat: 'v8', name: 'v8.evaluateModule', ph: 'E', ts: 4_000 },
    ];
    expect(scriptTime(events, []).total.wallMs).toBeCloseTo(3, 6);
  });

  it('reports no CPU time, rather than a wrong one, when the trace carries no thread clock', () => {
    const events = [mark('bench:start', 0), { ...event('EvaluateScript', 100, 900), tts: undefined }];
    const { total } = scriptTime(events, []);
    expect(total.wallMs).toBeCloseTo(0.9, 6);
    expect(total.cpuMs).toBeNaN();
  });

  it('throws when the probe did not run', () => {
    expect(() => scriptTime([event('EvaluateScript', 0, 100, 0, 100)], [])).toThrow(/bench:start/);
  });
});
