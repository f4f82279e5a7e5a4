import { expect } from 'vitest';
import { ParleyError } from '../errors/ParleyError';

/**
 * Test helper: the ParleyError `promise` rejects with; the test fails when it resolves or rejects with
 * anything else.
 * @internal
 */
export async function failureOf(promise: Promise<unknown>): Promise<ParleyError> {
  const error = await promise.then(
    () => expect.unreachable('expected a rejection'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ParleyError);
  return error as ParleyError;
}
