import type { Limits } from '@parley/core';
import { useRef, useState } from 'preact/hooks';
import { useWidget } from '../../components/WidgetContext';
import { checkFiles } from '../../forms/checkFiles';
import type { Formatter } from '../../i18n/createFormatter';

/** Props of {@link FilePicker}. @internal */
export interface FilePickerProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
  limits: Limits;
  format: Formatter;
  /** No changes while the form is being sent. */
  disabled?: boolean | undefined;
}

/**
 * Attachments of a form: a button that opens the file chooser, the chosen files (name and size, each with
 * a remove button), and why a file was refused, announced. File names are the visitor's: text only.
 * @internal
 */
export function FilePicker({ files, onChange, limits, format, disabled }: FilePickerProps) {
  const { messages } = useWidget();
  const composer = messages.composer;
  const input = useRef<HTMLInputElement>(null);
  const attach = useRef<HTMLButtonElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  return (
    <div class="parley-offline-files">
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={limits.attachmentTypes.join(',')}
        onChange={(event) => {
          const picker = event.currentTarget;
          const checked = checkFiles([...(picker.files ?? [])], files, limits, composer, format.fileSize);
          // Emptied so that picking the same file again (after removing it) is seen as a change.
          picker.value = '';
          setErrors(checked.errors);
          onChange(checked.files);
        }}
      />
      <button
        ref={attach}
        type="button"
        class="parley-button"
        aria-disabled={disabled}
        onClick={() => disabled || input.current?.click()}
      >
        {composer.attach}
      </button>
      {files[0] && (
        <ul>
          {files.map((file, index) => (
            <li key={`${index}${file.name}`}>
              <span dir="auto">{file.name}</span>{' '}
              <span class="parley-ticket-size">{format.fileSize(file.size)}</span>
              <button
                type="button"
                class="parley-offline-remove"
                aria-label={composer.remove(file.name)}
                aria-disabled={disabled}
                onClick={() => {
                  if (disabled) return;
                  setErrors([]);
                  onChange(files.filter((each) => each !== file));
                  // Its button goes away with it: focus would fall out of the panel.
                  attach.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div role="alert">
        {errors.map((error) => (
          <p key={error} class="parley-ticket-field-error">
            {error}
          </p>
        ))}
      </div>
    </div>
  );
}
