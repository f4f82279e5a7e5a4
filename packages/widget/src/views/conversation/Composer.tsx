import type { Ref } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ClipIcon, CloseIcon } from '../../components/icons';
import { useWidget } from '../../components/WidgetContext';
import { checkFiles } from '../../forms/checkFiles';
import { createFormatter } from '../../i18n/createFormatter';

/** Props of {@link Composer}. */
export interface ComposerProps {
  /** Text already typed (a host's `showNewMessage('...')`, a draft kept across views). */
  initialText?: string | undefined;
  /** Every edit of the text: for typing indicators and suggestions. */
  onText?: ((text: string) => void) | undefined;
  /**
   * Sends the message (text trimmed, files already checked against the limits). Resolves `true` once it is
   * on its way, and the composer empties; `false` keeps the draft (nothing was sent).
   */
  onSend: (text: string, files: File[]) => Promise<boolean>;
  /** Accessible name of the send button. @default messages.composer.send */
  sendLabel?: string | undefined;
  /** The message box, for views that move focus to it. */
  inputRef?: Ref<HTMLTextAreaElement> | undefined;
  /**
   * Where the unsent text is kept (the widget's drafts: they survive views and reloads); without a key, or
   * `initialText`, the composer starts with that draft.
   */
  draftKey?: string | undefined;
}

interface Draft {
  key: number;
  file: File;
  /** An object URL for an image's thumbnail, revoked when the preview goes. */
  url: string | undefined;
}

const revoke = ({ url }: Draft) => url && URL.revokeObjectURL(url);

/**
 * The message box of every conversation: a labelled multi-line textbox where Enter sends and Shift+Enter
 * starts a new line (Enter that confirms an input method's composition, for Chinese or Japanese, only
 * confirms it), a send button, and attachments when the backend takes them: picked, pasted or dropped,
 * checked against the config's limits, previewed with name, size and an image thumbnail, removable.
 */
export function Composer({ initialText, onText, onSend, sendLabel, inputRef, draftKey }: ComposerProps) {
  const { config, messages, locale, idPrefix, drafts: unsent } = useWidget();
  const { composer } = messages;
  const { limits } = config;
  const format = useMemo(() => createFormatter(locale, messages), [locale, messages]);
  const [text, setText] = useState(() => initialText || (draftKey && unsent?.get(draftKey)) || '');
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const sending = useRef(false);
  const added = useRef(0);
  const box = useRef<HTMLTextAreaElement | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const shown = useRef(drafts);
  shown.current = drafts;
  // A layout effect: registered at once, so a composer gone before the next paint still cleans up.
  useLayoutEffect(() => () => shown.current.forEach(revoke), []);
  const canAttach = config.capabilities.attachments && limits.attachmentsPerMessage > 0;
  const errorsId = `${idPrefix}-composer-errors`;

  const edit = (value: string) => {
    setText(value);
    if (draftKey) unsent?.set(draftKey, value);
    onText?.(value);
  };
  const add = (files: FileList | null | undefined) => {
    if (!canAttach || !files?.length) return;
    const { files: kept, errors: problems } = checkFiles(
      [...files],
      drafts.map((draft) => draft.file),
      limits,
      composer,
      format.fileSize,
    );
    setErrors(problems);
    setDrafts((list) => [
      ...list,
      ...kept.slice(drafts.length).map((file) => ({
        key: ++added.current,
        file,
        url: file.type.startsWith('image/') ? URL.createObjectURL(file) : undefined,
      })),
    ]);
  };
  const remove = (draft: Draft) => {
    revoke(draft);
    setDrafts((list) => list.filter((item) => item !== draft));
    // The remove button is gone: keep the keyboard in the composer.
    box.current?.focus();
  };
  const submit = async () => {
    const message = text.trim();
    if (sending.current || !(message || drafts.length)) return;
    if (message.length > limits.messageMaxLength) {
      setErrors([messages.form.tooLong(limits.messageMaxLength)]);
      return;
    }
    sending.current = true;
    setErrors([]);
    const sent = await onSend(
      message,
      drafts.map((draft) => draft.file),
    );
    sending.current = false;
    if (!sent) return;
    drafts.forEach(revoke);
    setDrafts([]);
    edit('');
  };

  return (
    <form
      class="parley-composer"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onDragOver={(event) => canAttach && event.preventDefault()}
      onDrop={(event) => {
        if (!canAttach) return;
        event.preventDefault();
        add(event.dataTransfer?.files);
      }}
    >
      <div id={errorsId} role="alert" class="parley-composer-errors">
        {errors.map((error) => (
          <p key={error}>{error}</p>
        ))}
      </div>
      {drafts.length > 0 && (
        <ul class="parley-drafts">
          {drafts.map((draft) => (
            <li key={draft.key} class="parley-draft">
              {draft.url ? <img src={draft.url} alt="" /> : <ClipIcon />}
              <span class="parley-draft-name">{draft.file.name}</span>
              <span class="parley-muted parley-file-size">{format.fileSize(draft.file.size)}</span>
              <button
                type="button"
                class="parley-icon-button"
                aria-label={composer.remove(draft.file.name)}
                onClick={() => remove(draft)}
              >
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="parley-composer-row">
        <textarea
          ref={(node) => {
            box.current = node;
            if (typeof inputRef === 'function') inputRef(node);
            else if (inputRef) inputRef.current = node;
          }}
          id={`${idPrefix}-composer`}
          class="parley-composer-input"
          rows={1}
          aria-label={composer.label}
          aria-describedby={errors.length ? errorsId : undefined}
          placeholder={composer.placeholder}
          value={text}
          onInput={(event) => edit(event.currentTarget.value)}
          onKeyDown={(event) => {
            // keyCode 229: Safari ends the composition before this keydown, yet reports the IME's key code.
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
              event.preventDefault();
              void submit();
            }
          }}
          onPaste={(event) => add(event.clipboardData?.files)}
        />
        {canAttach && (
          <>
            <button
              type="button"
              class="parley-icon-button parley-attach"
              aria-label={composer.attach}
              onClick={() => picker.current?.click()}
            >
              <ClipIcon />
            </button>
            <input
              ref={picker}
              type="file"
              multiple
              hidden
              accept={limits.attachmentTypes.join(',')}
              onChange={(event) => {
                add(event.currentTarget.files);
                // The same file may be picked again after it is removed.
                event.currentTarget.value = '';
              }}
            />
          </>
        )}
        <button type="submit" class="parley-send" aria-label={sendLabel ?? composer.send}>
          <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
            <path d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z" />
          </svg>
        </button>
      </div>
    </form>
  );
}
