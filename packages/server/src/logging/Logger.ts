/**
 * Where the server writes what an operator may need to read.
 *
 * @example
 * ```ts
 * const quiet: Logger = { info: () => {}, error: (message, error) => myTracker.capture(error, message) };
 * ```
 */
export interface Logger {
  /** Something worth knowing, such as the address the server listens on. */
  info(message: string): void;
  /** Something went wrong; `error` is the thrown value, with its stack. */
  error(message: string, error?: unknown): void;
}
