import type { Schema } from './Schema';

/** `null`, or what `schema` accepts. @internal */
export const nullable =
  /* @__NO_SIDE_EFFECTS__ */
    <T>(schema: Schema<T>): Schema<T | null> =>
    (input) =>
      input === null ? null : schema(input);
