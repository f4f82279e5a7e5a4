import type { Issue } from './Issue';

/**
 * Throws an {@link Issue} saying what was `expected` here; each object or list it passes through on its
 * way out puts its key in front of the path (see {@link atKey}).
 * @internal
 */
export const fail = (expected: string): never => {
  throw { path: [], expected } satisfies Issue;
};
