import { check } from './check';
import type { Schema } from './Schema';

/** `true` or `false`. @internal */
export const boolean: Schema<boolean> = check((input) => typeof input === 'boolean', 'boolean');
