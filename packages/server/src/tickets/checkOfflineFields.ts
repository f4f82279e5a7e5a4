import { validationFailed } from '../http/validationFailed';
import type { Widget } from '../widgetConfig/Widget';

/** A JSON Pointer (RFC 6901) segment. */
const segment = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Checks the `fields` of an offline form against the widget's offline form (`forms.offline`, the same
 * fields `GET /v1/widget/config` describes): a required field must have a non-blank answer, a `select`
 * answer must be one of its options, an `email` answer must look like an address, and a field the form
 * does not have is refused. Returns the answers trimmed, or the 422 `validation_failed` answer with one
 * error per field at `/fields/<name>`.
 * @internal
 */
export function checkOfflineFields(
  widget: Widget,
  fields: Readonly<Record<string, string>> = {},
): { ok: true; fields: Record<string, string> } | { ok: false; response: Response } {
  const form = widget.forms?.offline ?? [];
  const errors: { pointer: string; detail: string }[] = [];
  const answers: Record<string, string> = {};
  for (const key of Object.keys(fields)) {
    if (!form.some((field) => field.name === key)) {
      errors.push({ pointer: `/fields/${segment(key)}`, detail: 'is not a field of this offline form' });
    }
  }
  for (const field of form) {
    const value = fields[field.name]?.trim() ?? '';
    const pointer = `/fields/${segment(field.name)}`;
    if (value === '') {
      if (field.required) errors.push({ pointer, detail: 'is required' });
      continue;
    }
    if (field.type === 'select' && !(field.options ?? []).some((option) => option.value === value)) {
      const values = (field.options ?? []).map((option) => option.value).join(', ');
      errors.push({ pointer, detail: `must be one of ${values}` });
    } else if (field.type === 'email' && !/^[^\s@]+@[^\s@]+$/.test(value)) {
      errors.push({ pointer, detail: 'must be an email address' });
    }
    answers[field.name] = value;
  }
  if (errors.length === 0) return { ok: true, fields: answers };
  return {
    ok: false,
    response: validationFailed(errors, "The fields do not match the widget's offline form."),
  };
}
