import type { ChatwootTime } from './chatwootTypes';

/**
 * Milliseconds since the epoch of a Chatwoot time: Unix seconds (most payloads) or an ISO 8601 string;
 * `NaN` when absent or unreadable.
 * @internal
 */
export const toMillis = (time: ChatwootTime): number =>
  typeof time === 'number' ? time * 1000 : Date.parse(time ?? '');
