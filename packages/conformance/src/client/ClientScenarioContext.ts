import type { WidgetConfig } from '@parley/contract';
import type { KeyValueStorage, ParleyClient, ParleyError, ParleyErrorCode, Store } from '@parley/core';
import type { Static, TSchema } from 'typebox';
import type { FailureDetails } from '../runner/ConformanceFailure';
import type { ScenarioTarget } from '../runner/ScenarioContext';
import type { ScenarioClientOptions } from './ScenarioClientOptions';
import type { TeamSide } from './TeamSide';

/** Options of {@link WatchedStore.until}. */
export interface UntilOptions {
  /**
   * Longest wait, in milliseconds (the scenario's own time limit bounds it too).
   * @default 5000
   */
  waitMs?: number;
}

/** A store a scenario listens to: its work runs (loading, realtime) until the scenario ends or `stop()`. */
export interface WatchedStore<T> {
  /** Every distinct snapshot since watching began, oldest first. */
  readonly history: readonly T[];
  /**
   * Resolves with the first snapshot, the current one included, for which `predicate` holds; fails the
   * scenario after the wait, saying it waited for `what` and showing the last snapshot.
   */
  until(predicate: (snapshot: T) => boolean, what: string, options?: UntilOptions): Promise<T>;
  /** Stops listening (the last listener to leave stops the store's work). */
  stop(): void;
}

/**
 * What a `client` scenario works with: fresh clients of the widget, the team's side, bounded waits on
 * stores and the checks of the suite. It has no way to send HTTP, so the same scenario runs against any
 * `Backend` (the contract over HTTP, or an adapter).
 */
export interface ClientScenarioContext {
  readonly target: ScenarioTarget;
  /** The widget configuration as the clients see it; `undefined` when it could not be read. */
  readonly config: WidgetConfig | undefined;
  /** Aborted when the scenario ends or times out. */
  readonly signal: AbortSignal;
  /** The team's side; a scenario that uses it must declare `requires: 'agent'`. */
  readonly team: TeamSide;
  /** A fresh client of the widget, destroyed when the scenario ends (see {@link ScenarioClientOptions}). */
  client(options?: ScenarioClientOptions): ParleyClient;
  /** A fresh memory storage, to give two clients of the scenario (a reload, a second tab of one visitor). */
  storage(): KeyValueStorage;
  /** Listens to a store until the scenario ends, keeping its history, with bounded waits. */
  watch<T>(store: Store<T>): WatchedStore<T>;
  /** Fails unless `action` rejects with a `ParleyError` of this `code`; returns the error. */
  expectError(action: Promise<unknown>, code: ParleyErrorCode, what: string): Promise<ParleyError>;
  /** Fails unless `value` matches the contract schema, listing the first errors; returns it typed. */
  expectSchema<T extends TSchema>(schema: T, value: unknown, what?: string): Static<T>;
  /** Fails with `message` unless `condition` holds. */
  check(condition: boolean, message: string, details?: FailureDetails): void;
  /** Fails the scenario. */
  fail(message: string, details?: FailureDetails): never;
  /** Ends the scenario as skipped. */
  skip(reason: string): never;
  /** A string unique to this run. */
  unique(prefix?: string): string;
  /** Waits, bounded by the scenario's time limit. */
  sleep(ms: number): Promise<void>;
}
