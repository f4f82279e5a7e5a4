import type { Schema } from './Schema';

/** The type-only mark of an optional schema; nothing exists at run time. */
declare const optionalOf: unique symbol;

/**
 * A schema for an object field that may be absent: {@link object} makes the key optional in its output
 * type (`key?: T`, never `key: undefined`, as `exactOptionalPropertyTypes` wants).
 * @internal
 */
export interface Optional<T> extends Schema<T | undefined> {
  readonly [optionalOf]: T;
}

/**
 * An object field that may be absent; when present it must be what `schema` accepts (`null` is not
 * absent). The output leaves the key out when the input has none.
 * @internal
 */
export const optional = /* @__NO_SIDE_EFFECTS__ */ <T>(schema: Schema<T>): Optional<T> =>
  ((input: unknown) => (input === undefined ? input : schema(input))) as Optional<T>;
