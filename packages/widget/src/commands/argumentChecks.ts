import { widgetEventNames } from './widgetEventNames';

/**
 * What is wrong with a command's argument: what was `expected` (in plain words, what a right value looks
 * like), what it `got`, and in which `field` of an options object.
 * @internal
 */
export interface ArgumentProblem {
  expected: string;
  got: unknown;
  field?: string;
}

/** A check of one argument: `undefined` when it is fine. @internal */
export type ArgumentCheck = (value: unknown) => ArgumentProblem | undefined;

const ATTRIBUTE_NAME = /^[a-zA-Z][a-zA-Z0-9_]{0,63}$/;

/** A plain object: `{}` or an object literal, not an array, a date or a class instance. */
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** A string with something in it (not only spaces), at most `max` characters long. */
const text =
  (what: string, max: number): ArgumentCheck =>
  (value) =>
    typeof value === 'string' && value.trim() !== '' && value.length <= max
      ? undefined
      : { expected: `${what} (a non-empty string of at most ${max} characters)`, got: value };

/** Any string (empty too), at most `max` characters long. */
const anyText =
  (what: string, max: number): ArgumentCheck =>
  (value) =>
    typeof value === 'string' && value.length <= max
      ? undefined
      : { expected: `${what} (a string of at most ${max} characters)`, got: value };

/** `check`, or nothing at all. */
const optional =
  (check: ArgumentCheck): ArgumentCheck =>
  (value) =>
    value === undefined ? undefined : check(value);

/** One of `choices`. */
const oneOf =
  (what: string, choices: readonly string[]): ArgumentCheck =>
  (value) =>
    typeof value === 'string' && choices.includes(value)
      ? undefined
      : { expected: `${what}: ${choices.map((choice) => `"${choice}"`).join(', ')}`, got: value };

/** `true` or `false`. */
const flag: ArgumentCheck = (value) =>
  typeof value === 'boolean' ? undefined : { expected: 'true or false', got: value };

/** An email address, as the backend takes it (at most 320 characters, one `@`). */
const email: ArgumentCheck = (value) =>
  typeof value === 'string' && value.length <= 320 && /^[^\s@]+@[^\s@]+$/.test(value)
    ? undefined
    : { expected: 'an email address (name@example.com)', got: value };

/**
 * Custom attributes: a plain object of at most 50 keys (a letter, then letters, digits or `_`), each a
 * string (at most 1,000 characters), a finite number, a boolean, or `null` to remove it. `skip` names keys
 * another check looks at (`name`, `email` in `update`).
 */
const attributes =
  (skip: readonly string[] = []): ArgumentCheck =>
  (value) => {
    if (!isPlainObject(value) || Object.keys(value).length > 50 + skip.length) {
      return {
        expected:
          'custom attributes (a plain object of at most 50 keys, each a string, number, boolean or null)',
        got: value,
      };
    }
    for (const [key, item] of Object.entries(value)) {
      if (skip.includes(key)) continue;
      if (!ATTRIBUTE_NAME.test(key)) {
        return { expected: 'attribute names of a letter, then letters, digits or _', got: key };
      }
      const fine =
        item === null ||
        typeof item === 'boolean' ||
        (typeof item === 'number' && Number.isFinite(item)) ||
        (typeof item === 'string' && item.length <= 1000);
      if (!fine) {
        return {
          field: key,
          expected: 'a string (at most 1,000 characters), a number, a boolean or null',
          got: item,
        };
      }
    }
    return undefined;
  };

/**
 * An options object (`what` describes it), each field checked; unknown fields are problems too, since a
 * misspelt `userID` would otherwise be dropped without a word.
 */
const fields =
  (what: string, checks: Readonly<Record<string, ArgumentCheck>>): ArgumentCheck =>
  (value) => {
    if (!isPlainObject(value)) return { expected: what, got: value };
    const unknown = Object.keys(value).find((key) => !Object.hasOwn(checks, key));
    if (unknown !== undefined) {
      return { expected: `only the fields ${Object.keys(checks).join(', ')}`, got: unknown };
    }
    for (const [key, check] of Object.entries(checks)) {
      const problem = check(value[key]);
      if (problem) return { ...problem, field: problem.field ? `${key}.${problem.field}` : key };
    }
    return undefined;
  };

/** The name of a widget event (for `on` and `off`). */
const eventName: ArgumentCheck = (value) =>
  typeof value === 'string' && (widgetEventNames as readonly string[]).includes(value)
    ? undefined
    : { expected: `an event name (${widgetEventNames.join(', ')})`, got: value };

/** A function (an event listener). */
const isListener: ArgumentCheck = (value) =>
  typeof value === 'function' ? undefined : { expected: 'a listener function', got: value };

/**
 * The checks of the commands' arguments, each saying in plain words what a right value looks like.
 * @example
 * ```ts
 * argumentChecks.text('an article id', 200)(42); // { expected: 'an article id (a non-empty string...)', got: 42 }
 * ```
 * @internal
 */
export const argumentChecks = {
  isPlainObject,
  text,
  anyText,
  optional,
  oneOf,
  flag,
  email,
  attributes,
  fields,
  eventName,
  isListener,
};
