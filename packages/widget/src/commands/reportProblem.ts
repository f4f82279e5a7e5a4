import type { ParleyError } from '@parley/core';
import type { WidgetInstance } from '../createWidgetInstance';

/**
 * Reports a mistake or a failure of a command: a `[parley]` console error (the page's developer sees it)
 * and the widget's `error` event (the page's code hears it). Never throws.
 * @internal
 */
export function reportProblem(instance: WidgetInstance, error: ParleyError): void {
  console.error(`[parley] ${error.message}`);
  instance.emit('error', { error });
}
