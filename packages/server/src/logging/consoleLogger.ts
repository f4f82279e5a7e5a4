import type { Logger } from './Logger';

/**
 * The default {@link Logger}: `console.info` and `console.error`. Works in Node and in browsers.
 */
export const consoleLogger: Logger = {
  info: (message) => console.info(`[parley] ${message}`),
  error: (message, error) => console.error(`[parley] ${message}`, ...(error === undefined ? [] : [error])),
};
