import { useEffect, useRef, useState } from 'preact/hooks';
import { useWidget } from '../../components/WidgetContext';
import { Field } from '../../forms/Field';
import { FormSubmit } from '../../forms/FormSubmit';
import { useAction } from '../../forms/useAction';
import { useForm } from '../../forms/useForm';
import { useStore } from '../../hooks/useStore';
import { useArrivalFocus } from './useArrivalFocus';

const rules = { reference: { required: true, maxLength: 40 }, email: { required: true, email: true } };

/** Props of {@link TicketLookupView}. */
export interface TicketLookupViewProps {
  /** A reference to look up (a host's `showTicket`, a deep link). */
  reference?: string | undefined;
}

/**
 * "Check a request": the reference from our email and the requester's email address find a ticket, which
 * then opens. Wrong details get one friendly answer (the backend does not say which was wrong); other
 * failures can be tried again. Given a reference, the form starts with it and with the email the visitor
 * already gave (their contact's), and then looks the ticket up at once.
 */
export function TicketLookupView({ reference = '' }: TicketLookupViewProps) {
  const { client, messages, navigation, idPrefix } = useWidget();
  const t = messages.tickets;
  const knownEmail = useStore(client.session.visitor).contact?.email ?? '';
  const form = useForm(`${idPrefix}-lookup`, () => ({ reference, email: knownEmail }), rules);
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

  // Given a reference, the ticket is looked up at once with the email the widget knows (the contact may be
  // read after the view shows), unless the visitor typed another one; never as they type.
  const prefilled = useRef(false);
  const [lookUpNow, setLookUpNow] = useState(false);
  useEffect(() => {
    if (prefilled.current || !reference || !knownEmail) return;
    prefilled.current = true;
    if (!form.values.email) form.field('email').onInput(knownEmail);
    if (!form.values.email || form.values.email === knownEmail) setLookUpNow(true);
  }, [knownEmail]);
  useEffect(() => {
    if (!lookUpNow || !form.values.email) return;
    setLookUpNow(false);
    submit();
  }, [lookUpNow, form.values.email]);

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
