import { useWidget } from '../../components/WidgetContext';
import { Field } from '../../forms/Field';
import { FormSubmit } from '../../forms/FormSubmit';
import { useAction } from '../../forms/useAction';
import { useForm } from '../../forms/useForm';
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
        <FormSubmit
          label={t.lookup}
          pending={pending}
          status={pending ? messages.loading : ''}
          error={error}
          errorText={
            error?.code === 'not_found' ? (
              <p class="parley-error" role="alert">
                {t.notFound}
              </p>
            ) : undefined
          }
          submit={submit}
        />
      </form>
    </>
  );
}
