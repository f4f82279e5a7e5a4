import type { KeyValueStorage } from '@parley/core';

/** Options of `ctx.client()`: how the fresh client of a client scenario differs from the default. */
export interface ScenarioClientOptions {
  /**
   * The customer's language, passed to `createClient`.
   * @default none (the backend's default locale)
   */
  locale?: string;
  /**
   * The client's storage. Give the storage of another client of the scenario to play a reload or a second
   * tab of the same visitor (it resumes the stored session).
   * @default a fresh, empty memory storage
   */
  storage?: KeyValueStorage;
  /**
   * Makes the backend take the first message this client sends while its answer reaches the client
   * unreadable (`invalid_response`), as when a proxy mangles it: the client marks the message `failed`
   * although the backend has it, and `conversations.retry` must not make a second copy.
   * @default false
   */
  loseFirstSendAnswer?: boolean;
}
