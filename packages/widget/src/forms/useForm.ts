import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useWidget } from '../components/WidgetContext';
import { checkField, type FieldRule } from './checkField';

/** What {@link useForm} gives a form. @internal */
export interface Form<K extends string> {
  /** The form element, where focus goes looking for the first invalid field. */
  ref: RefObject<HTMLFormElement | null>;
  values: Readonly<Record<K, string>>;
  errors: Readonly<Partial<Record<K, string>>>;
  /** The props of one field: id, value, error and the input handler (see {@link Field}). */
  field(name: K): { id: string; value: string; error: string | undefined; onInput: (value: string) => void };
  /**
   * Checks every field. When one is wrong, shows every error and moves focus to the first wrong field,
   * which makes screen readers read its label and its error.
   */
  validate(): boolean;
  /** Empties one field (a reply once sent). */
  reset(name: K): void;
}

/**
 * The state of a small form: values, their checks, and the errors shown. An error shows after a submit
 * and leaves as soon as the visitor fixes the field, rather than scolding while they type.
 * @param idBase - unique in the page (built on the widget's `idPrefix`); field ids are `<idBase>-<name>`.
 * @internal
 */
export function useForm<K extends string>(
  idBase: string,
  initial: () => Record<K, string>,
  rules: Readonly<Record<K, FieldRule>>,
): Form<K> {
  const { messages } = useWidget();
  const ref = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});
  const [attempt, setAttempt] = useState(0);
  // After the render that shows the errors, so the field is read with its error text.
  useEffect(() => {
    if (attempt) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
  const check = (name: K, value: string) => checkField(value, rules[name] ?? {}, messages.form);
  const set = (name: K, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    if (errors[name]) setErrors((current) => ({ ...current, [name]: check(name, value) }));
  };
  return {
    ref,
    values,
    errors,
    field: (name) => ({
      id: `${idBase}-${name}`,
      value: values[name] ?? '',
      error: errors[name],
      onInput: (value) => set(name, value),
    }),
    validate() {
      const found: Partial<Record<K, string>> = {};
      let valid = true;
      for (const name of Object.keys(rules) as K[]) {
        const error = check(name, values[name] ?? '');
        if (error) {
          found[name] = error;
          valid = false;
        }
      }
      setErrors(found);
      if (!valid) setAttempt((n) => n + 1);
      return valid;
    },
    reset: (name) => setValues((current) => ({ ...current, [name]: '' })),
  };
}
