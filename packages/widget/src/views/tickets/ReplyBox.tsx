import { isParleyError } from '@parley/core';
import { useState } from 'preact/hooks';
import { useWidget } from '../../components/WidgetContext';
import { Field } from '../../forms/Field';
import { FormSubmit } from '../../forms/FormSubmit';
import { useAction } from '../../forms/useAction';
import { useForm } from '../../forms/useForm';

// The contract's limit on a ticket reply.
const rules = { reply: { required: true, maxLength: 10_000 } };

/** Props of {@link ReplyBox}. @internal */
export interface ReplyBoxProps {
  ticketId: string;
  /** Shown above the box (a solved ticket: replying reopens it). */
  hint?: string | undefined;
}

/**
 * The requester's reply to a ticket. While it is on its way the text stays, read-only; once sent it
 * leaves the box for the thread. A failed reply keeps the text for another try; the status line under
 * the box says where the reply stands (sending, not sent, sent). A ticket closed meanwhile
 * (`conflict`) is loaded again, and the ticket view then shows why it takes no reply.
 * @internal
 */
export function ReplyBox({ ticketId, hint }: ReplyBoxProps) {
  const { client, messages, idPrefix } = useWidget();
  const { tickets: t, conversation } = messages;
  const form = useForm(`${idPrefix}-${ticketId}`, () => ({ reply: '' }), rules);
  const send = useAction();
  const [sent, setSent] = useState(false);
  const { pending, error } = send;

  const submit = (event?: Event) => {
    event?.preventDefault();
    setSent(false);
    if (!form.validate()) return;
    void send.run(async () => {
      try {
        await client.tickets.reply(ticketId, { text: form.values.reply });
      } catch (failure) {
        if (isParleyError(failure) && failure.code === 'conflict')
          void client.tickets.get(ticketId).refresh();
        throw failure;
      }
      form.reset('reply');
      setSent(true);
    });
  };

  return (
    <form class="parley-ticket-form parley-ticket-reply" ref={form.ref} noValidate onSubmit={submit}>
      {hint && <p class="parley-ticket-intro">{hint}</p>}
      <Field
        {...form.field('reply')}
        label={t.reply}
        type="textarea"
        required
        placeholder={t.replyPlaceholder}
        readOnly={pending}
      />
      <FormSubmit
        label={t.sendReply}
        pending={pending}
        status={pending ? conversation.sending : error ? conversation.failed : sent ? conversation.sent : ''}
        error={error}
        submit={submit}
      />
    </form>
  );
}
