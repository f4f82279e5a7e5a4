import { type ArticleFeedback as Feedback, isParleyError, type ParleyErrorCode } from '@parley/core';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useWidget } from '../../components/WidgetContext';
import { errorMessage } from '../../i18n/messages';
import { ContactAction } from '../home/ContactAction';

/** Props of {@link ArticleFeedback}. @internal */
export interface ArticleFeedbackProps {
  articleId: string;
}

/**
 * "Did this help?" under an article. Either answer is recorded at once; after "no", an optional comment
 * says what was missing (sent as the same vote with the comment) and the way to the team is offered.
 * The thank-you is announced politely; a failure is announced and the visitor may answer again.
 * @internal
 */
export function ArticleFeedback({ articleId }: ArticleFeedbackProps) {
  const { client, messages, idPrefix } = useWidget();
  const { article: t } = messages;
  // ask → yes; or ask → no (comment form) → commented. Both "no" steps keep the way to the team.
  const [step, setStep] = useState<'ask' | 'yes' | 'no' | 'commented'>('ask');
  const [code, setCode] = useState<ParleyErrorCode>();
  const busy = useRef(false);
  const comment = useRef<HTMLTextAreaElement>(null);
  const id = `${idPrefix}-feedback`;

  const send = async (feedback: Feedback, next: typeof step) => {
    if (busy.current) return;
    busy.current = true;
    setCode(undefined);
    try {
      await client.articles.feedback(articleId, feedback);
      setStep(next);
    } catch (error) {
      setCode(isParleyError(error) ? error.code : 'invalid_response');
    } finally {
      busy.current = false;
    }
  };
  // The answer buttons are gone: carry on where the visitor can write.
  useLayoutEffect(() => {
    if (step === 'no') comment.current?.focus();
  }, [step]);

  return (
    <section class="parley-article-feedback" aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`} class="parley-kb-title">
        {t.helpful}
      </p>
      {step === 'ask' && (
        <div class="parley-article-answers">
          <button type="button" class="parley-button" onClick={() => send({ helpful: true }, 'yes')}>
            {t.yes}
          </button>
          <button type="button" class="parley-button" onClick={() => send({ helpful: false }, 'no')}>
            {t.no}
          </button>
        </div>
      )}
      <p role="status">{step !== 'ask' && t.thanks}</p>
      {code && (
        <p class="parley-error" role="alert">
          {errorMessage(messages, code)}
        </p>
      )}
      {step === 'no' && (
        <form
          class="parley-article-comment"
          onSubmit={(event) => {
            event.preventDefault();
            const text = comment.current?.value.trim();
            if (text) void send({ helpful: false, comment: text }, 'commented');
            else setStep('commented');
          }}
        >
          <label for={`${id}-c`}>{t.comment}</label>
          <textarea ref={comment} id={`${id}-c`} rows={3} maxLength={2000} />
          <button type="submit" class="parley-button">
            {t.send}
          </button>
        </form>
      )}
      {(step === 'no' || step === 'commented') && (
        <ContactAction label={messages.search.messageUs}>
          <p>{messages.search.stillNeedHelp}</p>
        </ContactAction>
      )}
    </section>
  );
}
