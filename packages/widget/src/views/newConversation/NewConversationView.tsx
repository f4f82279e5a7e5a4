import { type ContactUpdate, isParleyError, type ParleyErrorCode } from '@parley/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useWidget } from '../../components/WidgetContext';
import { checkField } from '../../forms/checkField';
import { Field } from '../../forms/Field';
import { errorMessage } from '../../i18n/messages';
import { Composer } from '../conversation/Composer';
import { useSuggestions } from './useSuggestions';

/** Props of {@link NewConversationView}. */
export interface NewConversationViewProps {
  /** Text already typed (a host's `showNewMessage('...')`, or the draft kept while reading an article). */
  text: string;
}

/**
 * Writing a first message: the composer, the articles that may answer it shown while the visitor types
 * (before anything is sent: the deflection step), the config's pre-chat fields the visitor has not
 * answered yet, then the conversation, opened in place of this view once the backend has it.
 */
export function NewConversationView({ text }: NewConversationViewProps) {
  const { client, config, messages, navigation, idPrefix, emit, drafts } = useWidget();
  const { composer, form } = messages;
  // The draft kept across views and reloads; a host's text (showNewMessage) was made the draft.
  const [initialText] = useState(() => drafts?.get('new') || text);
  const [draft, setDraft] = useState(initialText);
  const suggestions = useSuggestions(draft);
  // Asked once: what the contact already told (name, email, attributes) is not asked again.
  const [fields] = useState(() => {
    const contact = client.session.visitor.getSnapshot().contact;
    return config.forms.preChat.filter(
      ({ name }) => !(name === 'name' || name === 'email' ? contact?.[name] : contact?.attributes[name]),
    );
  });
  const [values, setValues] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [state, setState] = useState<'idle' | 'sending' | ParleyErrorCode>('idle');
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const mounted = useRef(true);
  useEffect(() => {
    input.current?.focus();
    return () => {
      mounted.current = false;
    };
  }, []);
  const id = (name: string) => `${idPrefix}-prechat-${name}`;
  useEffect(() => {
    // Once the errors show: focus reads the first wrong field's label and its error (aria-describedby).
    const invalid = fields.find(({ name }) => problems[name]);
    if (invalid) root.current?.querySelector<HTMLElement>(`#${id(invalid.name)}`)?.focus();
  }, [problems]);

  const start = async (message: string, files: File[]) => {
    const found: Record<string, string> = {};
    for (const field of fields) {
      const problem = checkField(
        values[field.name] ?? '',
        { required: field.required, email: field.type === 'email' },
        form,
      );
      if (problem) found[field.name] = problem;
    }
    setProblems(found);
    if (fields.some(({ name }) => found[name])) return false;
    setState('sending');
    try {
      const answers = Object.entries(values)
        .map(([name, value]) => [name, value.trim()])
        .filter(([, value]) => value);
      if (answers.length) await client.session.update(Object.fromEntries(answers) as ContactUpdate);
      const conversation = await client.conversations.create({ text: message, attachments: files });
      emit?.('conversation:start', { conversationId: conversation.id });
      if (mounted.current) {
        const route = { view: 'conversation', conversationId: conversation.id } as const;
        // The conversation takes this view's place: Back leads where the visitor came from.
        if (navigation.getSnapshot().length > 1) {
          navigation.back();
          navigation.push(route);
        } else navigation.reset(route);
      }
      return true;
    } catch (error) {
      setState(isParleyError(error) ? error.code : 'server');
      return false;
    }
  };
  const openArticle = (articleId: string) => {
    // Replaces this route with one that carries the draft, so Back from the article finds it again.
    navigation.push({ view: 'newConversation', text: draft });
    navigation.push({ view: 'article', articleId });
  };

  return (
    <div class="parley-chat" ref={root}>
      <div class="parley-chat-scroll">
        <h3 class="parley-new-title">{composer.title}</h3>
        {fields.length > 0 && (
          <fieldset class="parley-prechat">
            <legend>{composer.preChat}</legend>
            {fields.map((field) => (
              <Field
                key={field.name}
                id={id(field.name)}
                label={field.label}
                type={field.type}
                required={field.required}
                options={field.options}
                autoComplete={field.name === 'name' || field.name === 'email' ? field.name : undefined}
                value={values[field.name] ?? ''}
                error={problems[field.name]}
                readOnly={state === 'sending'}
                onInput={(value) => setValues((all) => ({ ...all, [field.name]: value }))}
              />
            ))}
          </fieldset>
        )}
        <p class="parley-visually-hidden" aria-live="polite">
          {suggestions.length > 0 && composer.suggestions}
        </p>
        {suggestions.length > 0 && (
          <section class="parley-suggestions" aria-labelledby={`${idPrefix}-suggestions`}>
            <h4 id={`${idPrefix}-suggestions`}>{composer.suggestions}</h4>
            <ul>
              {suggestions.map((article) => (
                <li key={article.id}>
                  <button type="button" class="parley-card" onClick={() => openArticle(article.id)}>
                    <strong>{article.title}</strong>
                    <span>{article.excerpt}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <div>
          <p class="parley-status" role="status">
            {state === 'sending' && messages.conversation.sending}
          </p>
          <p class="parley-alert" role="alert">
            {state !== 'idle' && state !== 'sending' && errorMessage(messages, state)}
          </p>
        </div>
      </div>
      <Composer
        draftKey="new"
        initialText={initialText}
        inputRef={input}
        onText={setDraft}
        onSend={start}
        sendLabel={fields.length ? composer.start : undefined}
      />
    </div>
  );
}
