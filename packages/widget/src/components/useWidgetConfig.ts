import { isParleyError, type ParleyClient, type ParleyErrorCode, type WidgetConfig } from '@parley/core';
import { useCallback, useEffect, useState } from 'preact/hooks';

/** Where loading the widget configuration stands. */
export type WidgetConfigState =
  | { status: 'loading' }
  | { status: 'ready'; config: WidgetConfig }
  | { status: 'error'; code: ParleyErrorCode };

/**
 * Loads the widget configuration from the client and keeps its state; `reload` tries again after an
 * error. A response that arrives after unmount or after a newer request is ignored.
 */
export function useWidgetConfig(client: ParleyClient): { state: WidgetConfigState; reload: () => void } {
  const [state, setState] = useState<WidgetConfigState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    client.config().then(
      (config) => {
        if (current) setState({ status: 'ready', config });
      },
      (error: unknown) => {
        if (!current) return;
        if (__DEV__) console.warn('[parley] could not load the widget configuration:', error);
        setState({ status: 'error', code: isParleyError(error) ? error.code : 'invalid_response' });
      },
    );
    return () => {
      current = false;
    };
  }, [client, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
