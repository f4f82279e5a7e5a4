import { useWidget } from '../components/WidgetContext';

/** Props of {@link Field}. @internal */
export interface FieldProps {
  id: string;
  /** The label; optional fields get the catalog's "(optional)" mark. */
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Shown under the field and read with it (`aria-describedby`). */
  error?: string | undefined;
  /** @default 'text' */
  type?: 'text' | 'email' | 'textarea' | 'select' | undefined;
  required?: boolean | undefined;
  /** The choices of a `select`, after an empty first one (nothing chosen yet). */
  options?: readonly { value: string; label: string }[] | undefined;
  autoComplete?: string | undefined;
  placeholder?: string | undefined;
  /** No edits while the form is being sent. */
  readOnly?: boolean | undefined;
}

/**
 * A labelled form field with its error. Labels and options may come from the backend's config: they
 * render as text.
 * @internal
 */
export function Field({
  id,
  label,
  value,
  onInput,
  error,
  type = 'text',
  required,
  options,
  ...rest
}: FieldProps) {
  const { messages } = useWidget();
  const errorId = `${id}-error`;
  // Typed text reads in its own direction; an empty field follows the widget's, placeholder included.
  const dir = value ? 'auto' : undefined;
  const props = {
    id,
    value,
    required,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': error ? errorId : undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="parley-ticket-field">
      <label for={id}>{required ? label : messages.form.optional(label)}</label>
      {type === 'textarea' ? (
        <textarea {...props} {...rest} rows={5} dir={dir} />
      ) : type === 'select' ? (
        <select {...props} disabled={rest.readOnly}>
          <option value="" />
          {options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        // One element for both types: Preact's typings want the type known to be one or the other.
        <input {...props} {...rest} type={type as 'email'} dir={dir} />
      )}
      {error && (
        <p id={errorId} class="parley-ticket-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
