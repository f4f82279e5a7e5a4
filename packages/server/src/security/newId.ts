import { randomToken } from './randomToken';

/**
 * A new opaque id with a type prefix, such as `cnv_Qm3x…`: 96 random bits, so ids cannot be guessed or
 * enumerated.
 * @internal
 */
export function newId(prefix: string): string {
  return `${prefix}_${randomToken(12)}`;
}
