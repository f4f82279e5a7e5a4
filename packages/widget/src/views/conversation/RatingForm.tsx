import { isParleyError, type ParleyErrorCode } from '@parley/core';
import { useState } from 'preact/hooks';
import { useWidget } from '../../components/WidgetContext';
import { errorMessage } from '../../i18n/messages';

/** Props of {@link RatingForm}. @internal */
export interface RatingFormProps {
  conversationId: string;
  /** Called as the rating is sent, so the view keeps the form (and its thanks) once the rating exists. */
  onRate: () => void;
}

// Unicode 6 faces, which every emoji font draws.
const FACES = ['😠', '😞', '😐', '😊', '😍'];

/**
 * "How would you rate this conversation?": five named scores, worst first, as a radio group (arrow keys move
 * between them), then an optional comment and the send button; the thanks replace the form.
 * @internal
 */
export function RatingForm({ conversationId, onRate }: RatingFormProps) {
  const { client, messages, idPrefix, emit } = useWidget();
  const { rating } = messages;
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'done' | ParleyErrorCode>('idle');
  const id = `${idPrefix}-rating`;
  const submit = async () => {
    if (!score || state === 'sending') return;
    onRate();
    setState('sending');
    try {
      const text = comment.trim();
      await client.conversations.rate(conversationId, { score, ...(text && { comment: text }) });
      setState('done');
      emit?.('rating', { conversationId, score, ...(text && { comment: text }) });
    } catch (error) {
      setState(isParleyError(error) ? error.code : 'server');
    }
  };
  return (
    <section class="parley-rating" aria-labelledby={`${id}-q`}>
      {state !== 'done' && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <fieldset>
            <legend id={`${id}-q`}>{rating.question}</legend>
            <div class="parley-scores">
              {rating.scores.map((label, index) => (
                <label key={label} class="parley-score">
                  <input
                    type="radio"
                    name={id}
                    value={index + 1}
                    checked={score === index + 1}
                    onChange={() => setScore(index + 1)}
                  />
                  <span aria-hidden="true">{FACES[index]}</span>
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          {score > 0 && (
            <>
              <label for={`${id}-comment`}>{messages.form.optional(rating.comment)}</label>
              <textarea
                id={`${id}-comment`}
                class="parley-input"
                rows={2}
                maxLength={2000}
                value={comment}
                onInput={(event) => setComment(event.currentTarget.value)}
              />
              <button type="submit" class="parley-primary" aria-disabled={state === 'sending'}>
                {rating.send}
              </button>
            </>
          )}
        </form>
      )}
      <p role="status">{state === 'done' && rating.thanks}</p>
      <p role="alert" class="parley-alert">
        {state !== 'idle' && state !== 'sending' && state !== 'done' && errorMessage(messages, state)}
      </p>
    </section>
  );
}
