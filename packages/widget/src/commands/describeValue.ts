/**
 * A value as an error message names it: `42 (a number)`, `"art 1" (a string)`, `null`, `an array`. Never
 * calls the value's own `toString` or getters (a host's object may throw), and cuts long strings.
 * @example
 * ```ts
 * `"showArticle" takes an article id (a non-empty string); got ${describeValue(42)}.` // ...got 42 (a number).
 * ```
 * @internal
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value
        ? `${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} (a string)`
        : 'an empty string';
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${String(value)} (a ${typeof value})`;
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      return 'an object';
  }
}
