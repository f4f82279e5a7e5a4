import { isParleyError, ParleyError } from '../errors/ParleyError';
import type { Backend } from './Backend';

/**
 * A given backend (an adapter) whose members reject with a {@link ParleyError} only, as the client's
 * domains expect: anything else thrown (a `TypeError` on a payload of the wrong shape) becomes
 * `invalid_response`, with the thrown value as its `cause`. A view of the backend, not a copy: members
 * it leaves out stay out (the client sees which it offers), and methods of a class are found too.
 * @internal
 */
export const guardBackend = (backend: Backend): Backend =>
  new Proxy(backend, {
    get(target, name) {
      const member: unknown = Reflect.get(target, name);
      return typeof member === 'function'
        ? async (...args: unknown[]) => {
            try {
              return await member.apply(target, args);
            } catch (cause) {
              throw isParleyError(cause)
                ? cause
                : new ParleyError('invalid_response', 'The backend failed.', { cause });
            }
          }
        : member;
    },
  });
