import { asRecord } from './asRecord';
import { atKey } from './atKey';
import type { Optional } from './optional';
import type { Infer, Schema } from './Schema';

/** The fields of an {@link object}: a schema for each key. @internal */
export type Shape = Record<string, Schema>;

/** `T` with its intersections merged into one object type, as the contract's types are written. @internal */
export type Flat<T> = { [K in keyof T]: T[K] } & {};

/** What {@link object} returns for `TShape`: its required keys, and its {@link optional} ones as `key?`. @internal */
export type ObjectOutput<TShape extends Shape> = Flat<
  {
    [K in keyof TShape as TShape[K] extends Optional<unknown> ? never : K]: Infer<TShape[K]>;
  } & {
    [K in keyof TShape as TShape[K] extends Optional<unknown> ? K : never]?: TShape[K] extends Optional<
      infer T
    >
      ? T
      : never;
  }
>;

/**
 * An object with these fields. The output is a new object with only the declared keys: fields a newer
 * backend adds are dropped, never an error; a missing or mistyped field is an issue at its key.
 *
 * @example
 * ```ts
 * const author = object({ name: string(200), avatarUrl: nullable(string(2048)) });
 * ```
 * @internal
 */
export const object =
  /* @__NO_SIDE_EFFECTS__ */
    <TShape extends Shape>(shape: TShape): Schema<ObjectOutput<TShape>> =>
    (input) => {
      const fields = asRecord(input);
      const output: Record<string, unknown> = {};
      // Own keys only: a page may have added enumerable properties to Object.prototype, which for...in lists.
      for (const key of Object.keys(shape)) {
        const value = atKey(key, shape[key] as Schema, fields[key]);
        // Only an absent optional field gives `undefined`: leave its key out.
        if (value !== undefined) output[key] = value;
      }
      return output as ObjectOutput<TShape>;
    };
