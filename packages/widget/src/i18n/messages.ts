import type { ParleyErrorCode } from '@parley/core';

/**
 * Every text the widget shows. Hosts may override any of them through `mount({ messages })`.
 */
export interface WidgetMessages {
  /** Accessible name of the launcher button. */
  launcherLabel: string;
  /** Accessible name of the panel when the brand name is not known yet. */
  panelLabel: string;
  /** Accessible name of the close button in the panel. */
  closeLabel: string;
  /** Shown while the configuration loads. */
  loading: string;
  /** The retry button under an error. */
  retry: string;
  /** Polite error texts by error code; `default` covers every code without its own text. */
  errors: Partial<Record<ParleyErrorCode, string>> & { default: string };
}

/** English, the built-in language. */
export const englishMessages: WidgetMessages = {
  launcherLabel: 'Help',
  panelLabel: 'Help',
  closeLabel: 'Close help',
  loading: 'Loading…',
  retry: 'Try again',
  errors: {
    default: 'Sorry, help is not available right now. Please try again in a moment.',
    network: 'We can’t reach our help service. Check your connection and try again.',
    timeout: 'Our help service is taking too long to answer. Please try again.',
    not_found: 'Help is not set up on this page yet. If you run this site, check the widget key.',
    invalid_response: 'Our help service sent something we did not understand. Please try again later.',
  },
};

/** Deep-merges host overrides over a base set of messages. */
export function mergeMessages(
  base: WidgetMessages,
  overrides: Partial<WidgetMessages> | undefined,
): WidgetMessages {
  if (!overrides) return base;
  return { ...base, ...overrides, errors: { ...base.errors, ...overrides.errors } };
}

/** The polite text for an error code. */
export function errorMessage(messages: WidgetMessages, code: ParleyErrorCode): string {
  return messages.errors[code] ?? messages.errors.default;
}
