import { problem } from './problem';

/** The detail of a 422 when nothing more specific applies. @internal */
const CONTRACT_MISMATCH = 'The request body does not match the contract.';

/**
 * 422 `validation_failed`: the body is well-formed but breaks a rule, with one `{ pointer, detail }` per
 * problem (JSON Pointer into the body) so a client can show each next to its field.
 * @internal
 */
export function validationFailed(
  errors: readonly { pointer: string; detail: string }[],
  detail: string = CONTRACT_MISMATCH,
): Response {
  return problem({ status: 422, code: 'validation_failed', title: 'Invalid request', detail, errors });
}

/** 422 `validation_failed` for one field: `invalidField('/text', 'must not be empty')`. @internal */
export function invalidField(pointer: string, detail: string): Response {
  return validationFailed([{ pointer, detail }]);
}
