import { useRef } from 'preact/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWidget } from '../../components/WidgetContext';
import { Field } from '../../forms/Field';
import { useForm } from '../../forms/useForm';
import { errorMessage } from '../../i18n/messages';
import { useAction } from './useAction';
import { useArrivalFocus } from './useArrivalFocus';

const rules = { reference: { required: true, maxLength: 40 }, email: { required: true, email: true } };

/**
 * "Check a request": the reference from our email and the requester's email address find a ticket, which
 * then opens. Wrong details get one friendly answer (the backend does not say which was wrong); other
 * failures can be tried again.
 */
export function TicketLookupView() {
  const { client, messages, navigation, idPrefix } = useWidget();
  const t = messages.tickets;
  const form = useForm(`${idPrefix}-lookup`, () => ({ reference: '', email: '' }), rules);
  const lookup = useAction();
  const headingRef = useArrivalFocus();
  const submitRef = useRef<HTMLButtonElement>(null);
  const { error, pending } = lookup;

  const submit = (event?: Event) => {
    event?.preventDefault();
    if (!form.validate()) return;
    void lookup.run(async (signal) => {
      const { reference, email } = form.values;
      const ticket = await client.tickets.lookup({ reference, email }, { signal });
      if (!signal.aborted) navigation.push({ view: 'ticket', ticketId: ticket.id });
    });
  };

  return (
    <>
      <h3 ref={headingRef} tabIndex={-1} class="parley-ticket-title">
        {t.lookupTitle}
      </h3>
      <p class="parley-ticket-intro">{t.lookupIntro}</p>
      <form class="parley-ticket-form" ref={form.ref} noValidate onSubmit={submit}>
        <Field
          {...form.field('reference')}
          label={t.reference}
          required
          autoComplete="off"
          readOnly={pending}
        />
        <Field
          {...form.field('email')}
          label={messages.form.email}
          type="email"
          required
          autoComplete="email"
          readOnly={pending}
        />
        {error &&
          (error.code === 'not_found' ? (
            <p class="parley-error" role="alert">
              {t.notFound}
            </p>
          ) : (
            <ErrorNotice
              message={errorMessage(messages, error.code)}
              retryLabel={messages.retry}
              onRetry={() => {
                // The notice goes away while trying again: keep keyboard users on the form.
                submitRef.current?.focus();
                submit();
              }}
            />
          ))}
        <button ref={submitRef} type="submit" class="parley-ticket-primary" aria-disabled={pending}>
          {t.lookup}
        </button>
        <p class="parley-ticket-pending" role="status">
          {pending ? messages.loading : ''}
        </p>
      </form>
    </>
  );
}
