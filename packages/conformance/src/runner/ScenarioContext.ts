import type { Problem, Session, WidgetConfig } from '@parley/contract';
import type { ParleyClient } from '@parley/core';
import type { Static, TSchema } from 'typebox';
import type { ScenarioClientOptions } from '../client/ScenarioClientOptions';
import type { TeamSide } from '../client/TeamSide';
import type { HttpResult } from '../http/HttpResult';
import type { RequestOptions } from '../http/RequestOptions';
import type { EventStream } from '../sse/EventStream';
import type { FailureDetails } from './ConformanceFailure';

/** What a scenario knows about the run. */
export interface ScenarioTarget {
  /** Base URL of the backend, without a trailing slash. */
  baseUrl: string;
  widgetKey: string;
  identitySecret: string | undefined;
  allowedOrigin: string | undefined;
  disallowedOrigin: string | undefined;
}

/** Requests of the team side, with the agent bearer token. */
export interface AgentRequests {
  /** Like {@link ScenarioContext.request}, authenticated with the agent token. */
  request(method: string, path: string, options?: Omit<RequestOptions, 'token'>): Promise<HttpResult>;
}

/** Options of {@link ScenarioContext.events}. */
export interface EventStreamOptions {
  /** Session token (or, with `agent`, ignored). */
  token?: string;
  /** Sent as `Last-Event-ID` to resume. */
  lastEventId?: string;
  /** Open the team's stream with the agent token instead of a session's. */
  agent?: boolean;
  /** @default '/v1/events' */
  path?: string;
}

/**
 * What a scenario works with: HTTP requests against the backend (each response checked against the rules
 * that apply everywhere), contract checks that fail with readable details, the agent side, and event
 * streams. Every wait is bounded by the scenario's time limit.
 */
export interface ScenarioContext {
  readonly target: ScenarioTarget;
  /** The widget configuration read at the start of the run; `undefined` when it could not be read. */
  readonly config: WidgetConfig | undefined;
  /** Aborted when the scenario ends or times out. */
  readonly signal: AbortSignal;
  /** The team side; a scenario that uses it must declare `requires: 'agent'`. */
  readonly agent: AgentRequests;
  /**
   * Sends a request to `baseUrl + path` and reads the whole answer. Fails the scenario at once when the
   * answer breaks a rule that holds everywhere (a 5xx, a stack trace, an error that is not problem+json).
   */
  request(method: string, path: string, options?: RequestOptions): Promise<HttpResult>;
  /** `POST /v1/session` for the widget; fails unless it answers 201 with a contract `Session`. */
  session(body?: { locale?: string; resumeToken?: string }): Promise<Session>;
  /** Fails unless the response has the status (or one of them). */
  expectStatus(result: HttpResult, status: number | readonly number[]): void;
  /**
   * Fails unless the response is a problem+json with this status and `code`; returns the problem.
   */
  expectProblem(result: HttpResult, status: number, code: string): Problem;
  /** Fails unless `value` matches the contract schema, listing the first errors; returns it typed. */
  expectSchema<T extends TSchema>(schema: T, value: unknown, what?: string): Static<T>;
  /** {@link expectStatus} then {@link expectSchema} of the body: the usual check of a success answer. */
  expectJson<T extends TSchema>(result: HttpResult, status: number | readonly number[], schema: T): Static<T>;
  /** Fails with `message` unless `condition` holds. */
  check(condition: boolean, message: string, details?: FailureDetails): void;
  /** Fails the scenario. The request defaults to the last one sent. */
  fail(message: string, details?: FailureDetails): never;
  /** Ends the scenario as skipped, e.g. when the backend has nothing to test it with. */
  skip(reason: string): never;
  /** Opens an event stream and fails unless it answers 200 `text/event-stream`. Closed at the end. */
  events(options: EventStreamOptions): Promise<EventStream>;
  /** A string unique to this run, for client message ids, idempotency keys and test data. */
  unique(prefix?: string): string;
  /** Waits, bounded by the scenario's time limit. */
  sleep(ms: number): Promise<void>;
  /**
   * A fresh `@parley/core` client of the widget, with its own memory storage, talking to the run's
   * `backend` (by default the contract over HTTP at `baseUrl`, with the run's `fetch`). Destroyed when the
   * scenario ends; its requests stop then too.
   */
  client(options?: ScenarioClientOptions): ParleyClient;
  /**
   * The team's side for the `client` scenarios: the run's `team` when given, otherwise the contract's agent
   * API (`agent`). A scenario that uses it must declare `requires: 'agent'`.
   */
  readonly team: TeamSide;
}
