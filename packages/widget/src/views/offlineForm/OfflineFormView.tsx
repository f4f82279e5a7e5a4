import type { CreatedTicket, FormField } from '@parley/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useWidget } from '../../components/WidgetContext';
import type { FieldRule } from '../../forms/checkField';
import { Field } from '../../forms/Field';
import { FormSubmit } from '../../forms/FormSubmit';
import { useAction } from '../../forms/useAction';
import { useForm } from '../../forms/useForm';
import { createFormatter } from '../../i18n/createFormatter';
import type { WidgetRoute } from '../../navigation/WidgetRoute';
import { useArrivalFocus } from '../tickets/useArrivalFocus';
import { FilePicker } from './FilePicker';

/** Props of {@link OfflineFormView}. */
export interface OfflineFormViewProps {
  /** What the visitor already typed (in the home view's composer, or from `showNewMessage`). */
  text: string;
}

/** The key of an extra field of the config's offline form, apart from the form's own fields. */
const extraKey = (field: FormField) => `x:${field.name}`;

/**
 * The offline form: outside business hours, or without live chat, a message becomes a ticket answered by
 * email. Name, email, subject and message, the extra fields of the config's offline form, and files when
 * the backend takes them. Once sent, the visitor gets the reference and a way to check the request later.
 * Nothing typed is lost when sending fails.
 */
export function OfflineFormView({ text }: OfflineFormViewProps) {
  const { client, config, messages, locale, idPrefix, drafts } = useWidget();
  const { form: labels, offline } = messages;
  const extra = config.forms.offline;
  const rules = useMemo(() => {
    const own: Record<string, FieldRule> = {
      name: { maxLength: 200 },
      email: { required: true, email: true, maxLength: 320 },
      subject: { required: true, maxLength: 200 },
      message: { required: true, maxLength: 10_000 },
    };
    for (const field of extra) {
      own[extraKey(field)] = { required: field.required, email: field.type === 'email', maxLength: 2000 };
    }
    return own;
  }, [extra]);
  const form = useForm(
    `${idPrefix}-offline`,
    () => {
      // An identified visitor need not type who they are again.
      const contact = client.session.visitor.getSnapshot().contact;
      const values: Record<string, string> = {
        name: contact?.name ?? '',
        email: contact?.email ?? '',
        subject: '',
        // The unsent message to the team (kept across views and reloads), else the host's text.
        message: drafts?.get('new') || text,
      };
      for (const field of extra) values[extraKey(field)] = '';
      return values;
    },
    rules,
  );
  const [files, setFiles] = useState<File[]>([]);
  const [created, setCreated] = useState<CreatedTicket>();
  const send = useAction();
  const format = useMemo(() => createFormatter(locale, messages), [locale, messages]);
  const headingRef = useArrivalFocus();
  const { pending, error } = send;
  const { limits, capabilities } = config;

  if (created) return <Created created={created} email={form.values.email ?? ''} />;

  const submit = (event?: Event) => {
    event?.preventDefault();
    if (!form.validate()) return;
    // Not cancelled when the visitor leaves: a ticket on its way is created anyway.
    void send.run(async () => {
      const { name = '', email = '', subject = '', message = '' } = form.values;
      const fields: Record<string, string> = {};
      for (const field of extra) {
        const answer = form.values[extraKey(field)]?.trim();
        if (answer) fields[field.name] = answer;
      }
      setCreated(await client.tickets.create({ name, email, subject, message, fields, files }));
      drafts?.set('new', '');
    });
  };

  return (
    <>
      <h3 ref={headingRef} tabIndex={-1} class="parley-ticket-title">
        {offline.title}
      </h3>
      <p class="parley-ticket-intro">{offline.intro}</p>
      <form class="parley-ticket-form" ref={form.ref} noValidate onSubmit={submit}>
        <Field {...form.field('name')} label={labels.name} autoComplete="name" readOnly={pending} />
        <Field
          {...form.field('email')}
          label={labels.email}
          type="email"
          required
          autoComplete="email"
          readOnly={pending}
        />
        <Field {...form.field('subject')} label={labels.subject} required readOnly={pending} />
        <Field
          {...form.field('message')}
          onInput={(value) => {
            form.field('message').onInput(value);
            drafts?.set('new', value);
          }}
          label={labels.message}
          type="textarea"
          required
          readOnly={pending}
        />
        {extra.map((field) => (
          <Field
            key={field.name}
            {...form.field(extraKey(field))}
            label={field.label}
            type={field.type}
            required={field.required}
            options={field.options}
            readOnly={pending}
          />
        ))}
        {capabilities.attachments && limits.attachmentsPerMessage > 0 && (
          <FilePicker files={files} onChange={setFiles} limits={limits} format={format} disabled={pending} />
        )}
        <FormSubmit
          label={offline.send}
          pending={pending}
          status={pending ? messages.conversation.sending : ''}
          error={error}
          submit={submit}
        />
      </form>
    </>
  );
}

/** Once sent: where the answer goes, the reference, and the ways to the request now and later. */
function Created({ created: { ticket }, email }: { created: CreatedTicket; email: string }) {
  const { messages, navigation } = useWidget();
  const { offline } = messages;
  const heading = useRef<HTMLHeadingElement>(null);
  // The form, and the button pressed, are gone: the confirmation takes focus, and screen readers read it.
  useEffect(() => heading.current?.focus(), []);
  // In place of the form, so that Back does not lead to a form already sent (but home, when the form
  // was the first view).
  const open = (route: WidgetRoute) => {
    if (navigation.getSnapshot().length > 1) navigation.back();
    else navigation.reset();
    navigation.push(route);
  };
  return (
    <div class="parley-offline-sent">
      <h3 ref={heading} tabIndex={-1} class="parley-ticket-title">
        {offline.sentTitle}
      </h3>
      <p>{offline.sent(email.trim())}</p>
      <p class="parley-offline-reference">{offline.reference(ticket.reference)}</p>
      <button
        type="button"
        class="parley-ticket-primary"
        onClick={() => open({ view: 'ticket', ticketId: ticket.id })}
      >
        {offline.viewRequest}
      </button>
      <button type="button" class="parley-button" onClick={() => open({ view: 'ticketLookup' })}>
        {messages.home.checkRequest}
      </button>
    </div>
  );
}
