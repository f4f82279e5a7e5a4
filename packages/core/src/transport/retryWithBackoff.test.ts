import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParleyError, type ParleyErrorCode } from '../errors/ParleyError';
import { isRetryable } from './isRetryable';
import { request } from './request';
import { retryWithBackoff } from './retryWithBackoff';

afterEach(() => {
  vi.useRealTimers();
});

const serverError = () => new ParleyError('server', 'Bad gateway', { status: 502 });

/** An action that fails with each of `failures` in turn, then resolves with `'done'`. */
function failingThen(...failures: unknown[]) {
  const queue = [...failures];
  return vi.fn(async (_signal: AbortSignal) => {
    if (queue.length > 0) throw queue.shift();
    return 'done';
  });
}

/** A sleep that returns at once and records the delays asked for. */
function recordingSleep() {
  const delays: number[] = [];
  const sleep = vi.fn(async (ms: number) => {
    delays.push(ms);
  });
  return { delays, sleep };
}

describe('retryWithBackoff', () => {
  it('rides out a 5xx storm and returns the first success, backing off exponentially', async () => {
    const action = failingThen(serverError(), serverError(), serverError());
    const { delays, sleep } = recordingSleep();
    await expect(retryWithBackoff(action, { random: () => 0.5, sleep })).resolves.toBe('done');
    expect(action).toHaveBeenCalledTimes(4);
    expect(delays).toEqual([250, 500, 1000]);
  });

  it('gives up after maxAttempts with the last error', async () => {
    const last = serverError();
    const action = failingThen(serverError(), serverError(), last, serverError());
    const { delays, sleep } = recordingSleep();
    await expect(retryWithBackoff(action, { maxAttempts: 3, sleep })).rejects.toBe(last);
    expect(action).toHaveBeenCalledTimes(3);
    expect(delays).toHaveLength(2);
  });

  it('makes five attempts by default', async () => {
    const action = failingThen(...Array.from({ length: 10 }, serverError));
    const { sleep } = recordingSleep();
    await expect(retryWithBackoff(action, { sleep })).rejects.toMatchObject({ code: 'server' });
    expect(action).toHaveBeenCalledTimes(5);
  });

  it('waits at least the Retry-After of a 429, even when the jitter picks less', async () => {
    const action = failingThen(
      new ParleyError('rate_limited', 'Slow down', { status: 429, retryAfterMs: 7000 }),
    );
    const { delays, sleep } = recordingSleep();
    await expect(retryWithBackoff(action, { random: () => 0, sleep })).resolves.toBe('done');
    expect(delays).toEqual([7000]);
  });

  it('keeps the jitter when it is longer than Retry-After', async () => {
    const action = failingThen(
      new ParleyError('rate_limited', 'Slow down', { status: 429, retryAfterMs: 100 }),
    );
    const { delays, sleep } = recordingSleep();
    await retryWithBackoff(action, { random: () => 0.9, sleep });
    expect(delays).toEqual([450]);
  });

  it('throws at once when Retry-After asks for more than it is willing to wait', async () => {
    const tooLong = new ParleyError('server', 'Maintenance', { status: 503, retryAfterMs: 3_600_000 });
    const action = failingThen(tooLong);
    const { sleep } = recordingSleep();
    await expect(retryWithBackoff(action, { sleep })).rejects.toBe(tooLong);
    expect(sleep).not.toHaveBeenCalled();
  });

  it.each([
    ['400', new ParleyError('invalid_request', 'Bad', { status: 400 })],
    ['401', new ParleyError('unauthorized', 'Who?', { status: 401 })],
    ['404', new ParleyError('not_found', 'Gone', { status: 404 })],
    ['422', new ParleyError('invalid_request', 'Invalid', { status: 422, problemCode: 'validation_failed' })],
    [
      'a lasting 409',
      new ParleyError('conflict', 'Not resolved', { status: 409, problemCode: 'conversation_not_resolved' }),
    ],
    ['aborted', new ParleyError('aborted', 'Cancelled')],
    ['invalid_response', new ParleyError('invalid_response', 'Malformed', { status: 200 })],
    ['a bug (not a ParleyError)', new TypeError('x is undefined')],
  ])('stops at once on %s', async (_case, error) => {
    const action = failingThen(error);
    const { sleep } = recordingSleep();
    await expect(retryWithBackoff(action, { sleep })).rejects.toBe(error);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('keeps every delay within [0, min(cap, base * 2^attempt)) of the random number', async () => {
    const failures = Array.from({ length: 9 }, serverError);
    for (const random of [0, 0.25, 0.999_999]) {
      const { delays, sleep } = recordingSleep();
      await retryWithBackoff(failingThen(...failures), { maxAttempts: 10, random: () => random, sleep });
      const caps = delays.map((_delay, attempt) => Math.min(30_000, 500 * 2 ** attempt));
      expect(delays).toEqual(caps.map((cap) => random * cap));
      for (const [attempt, delay] of delays.entries()) expect(delay).toBeLessThan(caps[attempt] ?? 0);
    }
  });

  it('waits with real timers (fake here) before the next attempt', async () => {
    vi.useFakeTimers();
    const action = failingThen(serverError());
    const result = retryWithBackoff(action, { random: () => 0.5 });
    await vi.advanceTimersByTimeAsync(249);
    expect(action).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBe('done');
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('stops with aborted when the signal aborts during a wait, and never tries again', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const action = failingThen(serverError());
    const result = retryWithBackoff(action, { signal: controller.signal, random: () => 0.5 }).catch(
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await result).toMatchObject({ code: 'aborted' });
    expect(action).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('hands the signal to the action and reports each retry', async () => {
    const controller = new AbortController();
    const action = failingThen(serverError());
    const onRetry = vi.fn();
    const { sleep } = recordingSleep();
    await retryWithBackoff(action, { signal: controller.signal, random: () => 1 / 2, sleep, onRetry });
    expect(action.mock.calls[0]?.[0]).toBe(controller.signal);
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'server' }), 1, 250);
  });
});

describe('isRetryable', () => {
  const cases: [ParleyErrorCode, string | undefined, boolean][] = [
    ['network', undefined, true],
    ['timeout', undefined, true],
    ['rate_limited', 'rate_limited', true],
    ['server', 'internal', true],
    ['conflict', 'idempotency_key_in_flight', true],
    ['conflict', undefined, true],
    ['conflict', 'conversation_not_resolved', false],
    ['conflict', 'conflict', false],
    ['invalid_request', 'validation_failed', false],
    ['unauthorized', 'session_expired', false],
    ['forbidden', undefined, false],
    ['not_found', undefined, false],
    ['aborted', undefined, false],
    ['invalid_response', undefined, false],
  ];
  it.each(cases)('%s (%s) → %s', (code, problemCode, expected) => {
    expect(isRetryable(new ParleyError(code, 'x', { problemCode }))).toBe(expected);
  });

  it('treats a 408 as retryable (it maps to timeout)', async () => {
    const fetch408 = async () => new Response(null, { status: 408 });
    const error: unknown = await request(
      { baseUrl: 'https://support.example.com', fetch: fetch408, timeoutMs: 1000 },
      { path: '/x' },
    ).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'timeout', status: 408 });
    expect(isRetryable(error)).toBe(true);
  });

  it('never retries what is not a ParleyError', () => {
    expect(isRetryable(new Error('boom'))).toBe(false);
    expect(isRetryable('server')).toBe(false);
  });
});
