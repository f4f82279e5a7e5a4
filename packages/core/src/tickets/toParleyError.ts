import { isParleyError, ParleyError } from '../errors/ParleyError';

/**
 * `error` as a {@link ParleyError}: a backend rejects only with those, but a custom one may break that
 * promise, and a store must still hold an error with a `code`.
 * @internal
 */
export function toParleyError(error: unknown): ParleyError {
  return isParleyError(error)
    ? error
    : new ParleyError('invalid_response', 'The backend failed in an unexpected way.', { cause: error });
}
