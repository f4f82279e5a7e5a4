import { Session } from '@parley/contract';
import type { Hono } from 'hono';
import type { TSchema } from 'typebox';
import Value from 'typebox/value';
import { expect } from 'vitest';
import { createApp } from '../app/createApp';
import type { EngineSettings } from '../app/Engine';
import { demoContent } from '../seed/demoContent';
import type { SeedContent } from '../seed/SeedContent';
import { createMemoryStore } from '../storage/createMemoryStore';
import { openSqliteStore } from '../storage/openSqliteStore';
import type { Store } from '../storage/Store';

/** The two stores every engine test runs against. @internal */
export const storeKinds = ['memory', 'sqlite'] as const;
export type StoreKind = (typeof storeKinds)[number];

/** Options of a request made by {@link TestEngine.request}. @internal */
export interface TestRequestOptions {
  /** Sent as JSON (with `Content-Type: application/json`). */
  body?: unknown;
  /** Sent as is, for malformed bodies and multipart uploads. */
  rawBody?: BodyInit;
  /** `Authorization: Bearer <token>`. */
  token?: string;
  headers?: Record<string, string>;
}

/** An engine over a fresh store, with a clock the test controls. @internal */
export interface TestEngine {
  app: Hono;
  store: Store;
  clock: { now(): number; advance(ms: number): void };
  request(method: string, path: string, options?: TestRequestOptions): Promise<Response>;
  /** `POST /v1/session` for the widget; fails the test unless it answers 201 with a valid session. */
  startSession(widgetKey?: string): Promise<Session>;
  close(): Promise<void>;
}

/** Options of {@link createTestEngine}. @internal */
export interface TestEngineOptions {
  /** @default demoContent */
  seed?: SeedContent | false;
  settings?: Partial<EngineSettings>;
  /** @default 2026-11-02T10:00:00Z, a Monday morning in London */
  startAt?: number;
}

/**
 * Creates the engine over a fresh memory or in-memory SQLite store, for tests that must pass on both.
 * @example
 * ```ts
 * describe.each(storeKinds)('conversations on %s', (kind) => {
 *   it('...', async () => {
 *     const engine = await createTestEngine(kind);
 *     const session = await engine.startSession();
 *     const response = await engine.request('GET', '/v1/conversations', { token: session.token });
 *   });
 * });
 * ```
 * @internal
 */
export async function createTestEngine(
  kind: StoreKind,
  options: TestEngineOptions = {},
): Promise<TestEngine> {
  const seed = options.seed ?? demoContent;
  const store =
    kind === 'memory' ? createMemoryStore({ seed }) : openSqliteStore({ filename: ':memory:', seed });
  let time = options.startAt ?? Date.parse('2026-11-02T10:00:00Z');
  const clock = {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
  const app = createApp({
    store,
    now: clock.now,
    settings: options.settings ?? {},
    log: { info: () => {}, error: (message, error) => console.error(message, error) },
  });
  const request = (
    method: string,
    path: string,
    { body, rawBody, token, headers = {} }: TestRequestOptions = {},
  ) => {
    const all: Record<string, string> = { ...headers };
    if (token !== undefined) all.Authorization = `Bearer ${token}`;
    let payload: BodyInit | undefined = rawBody;
    if (body !== undefined) {
      payload = JSON.stringify(body);
      all['Content-Type'] ??= 'application/json';
    }
    return Promise.resolve(
      app.fetch(new Request(`http://127.0.0.1${path}`, { method, headers: all, body: payload ?? null })),
    );
  };
  return {
    app,
    store,
    clock,
    request,
    async startSession(widgetKey = 'wk_demo') {
      const response = await request('POST', '/v1/session', { body: { widgetKey } });
      expect(response.status).toBe(201);
      const session = (await response.json()) as Session;
      expectContract(Session, session);
      return session;
    },
    close: () => store.close(),
  };
}

/** Fails the test with the contract's own error list when `value` does not match `schema`. @internal */
export function expectContract(schema: TSchema, value: unknown): void {
  expect([...Value.Errors(schema, value)]).toEqual([]);
}
