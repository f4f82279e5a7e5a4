/**
 * A schema: a function that checks a value that came from outside (a backend's JSON) and returns it
 * rebuilt to the declared shape (unknown object fields left out), or throws an {@link Issue} naming the
 * first place that is wrong. Plain closures: no code generation and no `eval`, so it runs under a strict
 * Content-Security-Policy. Its work is bounded by the schema, never by the input: it only walks the keys
 * it declares, and every string and most lists have a maximum size.
 *
 * @example
 * ```ts
 * const person = object({ name: string(200), age: optional(integer(0)) });
 * person({ name: 'Ada', extra: 1 }); // { name: 'Ada' }
 * person({ name: 42 }); // throws { path: ['name'], expected: 'string 0-200' }
 * ```
 * @internal
 */
export type Schema<T = unknown> = (input: unknown) => T;

/** What a schema returns when the value is valid. @internal */
export type Infer<TSchema extends Schema> = ReturnType<TSchema>;
