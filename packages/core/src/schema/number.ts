import { check } from './check';
import type { Schema } from './Schema';

/** Any finite number. @internal */
export const number: Schema<number> = check(Number.isFinite, 'number');
