/** Props of {@link ErrorNotice}. */
export interface ErrorNoticeProps {
  message: string;
  retryLabel: string;
  onRetry: () => void;
}

/** A polite, announced error with a way to try again. */
export function ErrorNotice({ message, retryLabel, onRetry }: ErrorNoticeProps) {
  return (
    <div class="parley-error" role="alert">
      <p>{message}</p>
      <button type="button" class="parley-button" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
