import { HttpResponse, http, type RequestHandler } from 'msw';

/** What {@link failUntilRecovered} gives a story. @internal */
export interface FailingAnswers {
  /** The story's `beforeEach`: the answers fail from the start, whatever renders first. */
  beforeEach: () => void;
  /** The story's MSW handlers. */
  handlers: RequestHandler[];
  /** Called by the play just before "Try again": the reference engine answers again. */
  recover: () => void;
}

/**
 * Makes the backend's answers to `url` malformed (an `invalid_response` for the client) until the story's
 * play recovers them, for error stories with "Try again".
 * @internal
 */
export function failUntilRecovered(url: string): FailingAnswers {
  let failing = false;
  return {
    beforeEach: () => {
      failing = true;
    },
    // Returning nothing hands the request on to the reference engine.
    handlers: [http.get(url, () => (failing ? HttpResponse.json({ unexpected: true }) : undefined))],
    recover: () => {
      failing = false;
    },
  };
}
