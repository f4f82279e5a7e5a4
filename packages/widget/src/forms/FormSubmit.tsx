import type { ParleyError } from '@parley/core';
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { useWidget } from '../components/WidgetContext';
import { errorMessage } from '../i18n/messages';

/** Props of {@link FormSubmit}. */
export interface FormSubmitProps {
  /** The submit button's text. */
  label: string;
  /** While the form is being sent: the button is `aria-disabled`. */
  pending: boolean;
  /** The polite status line under the button ("Sending…", "Sent"). */
  status: string;
  /** The last failure, shown with "Try again" (which submits again). */
  error: ParleyError | undefined;
  /** Shown instead of the failure notice: a failure the visitor mends in the form, not by trying again. */
  errorText?: ComponentChildren;
  /** Sends the form (as the form's own submit does). */
  submit(): void;
}

/**
 * The end of a form: its failure with "Try again", the submit button and a status line read out as the
 * form is sent. Trying again keeps keyboard users on the form: focus moves to the button as the notice
 * goes away.
 * @internal
 */
export function FormSubmit({ label, pending, status, error, errorText, submit }: FormSubmitProps) {
  const { messages } = useWidget();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      {error &&
        (errorText ?? (
          <ErrorNotice
            message={errorMessage(messages, error.code)}
            retryLabel={messages.retry}
            onRetry={() => {
              button.current?.focus();
              submit();
            }}
          />
        ))}
      <button ref={button} type="submit" class="parley-ticket-primary" aria-disabled={pending}>
        {label}
      </button>
      <p class="parley-ticket-pending" role="status">
        {status}
      </p>
    </>
  );
}
