import { isParleyError, ParleyError } from '@parley/core';
import { useEffect, useRef, useState } from 'preact/hooks';

/** What {@link useAction} gives a view. @internal */
export interface Action {
  /** Whether a run is on its way. */
  pending: boolean;
  /** Why the last run failed; cleared when the next one starts. */
  error: ParleyError | undefined;
  /**
   * Runs `task` unless a run is already on its way (a double click sends once). A failure lands in
   * `error`; a task the view cancelled by going away (`aborted`) is not an error.
   * @returns whether the task succeeded.
   */
  run(task: (signal: AbortSignal) => Promise<unknown>): Promise<boolean>;
}

/**
 * One thing a visitor asks for (look a ticket up, send a reply, send the form): its pending and failed
 * states. Leaving the view aborts the signal handed to the task, so its follow-up (opening the ticket)
 * does not happen behind the visitor's back.
 * @internal
 */
export function useAction(): Action {
  const [state, setState] = useState<{ pending: boolean; error: ParleyError | undefined }>({
    pending: false,
    error: undefined,
  });
  const busy = useRef(false);
  const controller = useRef<AbortController>(undefined);
  useEffect(() => () => controller.current?.abort(), []);
  return {
    ...state,
    async run(task) {
      if (busy.current) return false;
      busy.current = true;
      controller.current ??= new AbortController();
      const { signal } = controller.current;
      setState({ pending: true, error: undefined });
      try {
        await task(signal);
        if (!signal.aborted) setState({ pending: false, error: undefined });
        return !signal.aborted;
      } catch (caught) {
        if (signal.aborted) return false;
        const error = isParleyError(caught) ? caught : new ParleyError('invalid_response', String(caught));
        setState({ pending: false, error });
        return false;
      } finally {
        busy.current = false;
      }
    },
  };
}
