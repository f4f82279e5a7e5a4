import { createParleyHandlers } from '@parley/server/msw';
import { cleanup } from '@testing-library/preact';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** Base URL the widget tests talk to; MSW answers it with the reference server's engine. */
export const testBaseUrl = 'http://parley.test';

/**
 * Starts MSW with the reference engine's handlers for the calling test file, and cleans the DOM and the
 * session storage between tests.
 * @internal
 */
export function setupParleyServer() {
  const server = setupServer(...createParleyHandlers());
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    cleanup();
    server.resetHandlers();
    document.body.replaceChildren();
    // A widget keeps its panel's state in the tab's session storage: each test starts in a new tab.
    sessionStorage.clear();
  });
  afterAll(() => server.close());
  return server;
}
