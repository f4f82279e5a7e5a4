import type { WidgetMessages } from '../i18n/messages';

/** What a form field must hold. @internal */
export interface FieldRule {
  required?: boolean;
  /** The value must look like an email address (the backend has the last word). */
  email?: boolean;
  /** Most characters (code points, as the backend counts them), after trimming. */
  maxLength?: number;
}

// Deliberately loose: a typo like a missing "@" or domain is caught here, the rest by the backend.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * Why `value` breaks `rule`, in the visitor's language, or `undefined` when it is fine. Whitespace alone
 * counts as empty, since it is trimmed before sending.
 * @internal
 */
export function checkField(value: string, rule: FieldRule, form: WidgetMessages['form']): string | undefined {
  const text = value.trim();
  if (!text) return rule.required ? form.required : undefined;
  if (rule.email && !EMAIL.test(text)) return form.invalidEmail;
  if (rule.maxLength !== undefined && [...text].length > rule.maxLength) return form.tooLong(rule.maxLength);
  return undefined;
}
