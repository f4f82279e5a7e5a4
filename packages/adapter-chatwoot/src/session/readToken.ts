import { chatwootError } from '../errors/chatwootError';

/**
 * What a Parley session token of this adapter holds: the contact's `pubsub_token` (the websocket room), its
 * `source_id` in the inbox (the Client API's `contact_identifier`), and the user id once identified.
 * @internal
 */
export interface ChatwootSessionToken {
  pubsubToken: string;
  sourceId: string;
  userId: string | undefined;
  /** Whether Chatwoot verified `userId` with its `identifier_hash`. */
  verified: boolean;
}

/**
 * The session token (and resume token) of a contact: its parts, URI-encoded, joined by commas. Core stores
 * it and gives it back as `BackendCall.token`; Chatwoot's tokens do not expire.
 * @internal
 */
export const writeToken = (
  ...parts: [pubsubToken: string, sourceId: string, userId?: string, verified?: '1' | '']
): string => parts.map((part) => encodeURIComponent(part ?? '')).join();

/**
 * The token of a session with no Chatwoot contact yet: an inbox that enforces identity validation refuses
 * anonymous contacts, so its visitor has none until identified.
 * @internal
 */
export const IDENTITY_REQUIRED = 'identity_required';

/**
 * The parts of a token from {@link writeToken}.
 * @throws {ParleyError} `forbidden` (`identity_required`) for {@link IDENTITY_REQUIRED}; `unauthorized`
 * when there is none, or it is not one of this adapter's (core then starts a new session).
 * @internal
 */
export function readToken(token: string | undefined): ChatwootSessionToken {
  if (token === IDENTITY_REQUIRED) throw chatwootError('forbidden', 'identity_required');
  try {
    const [pubsubToken, sourceId, userId, verified] = `${token}`.split(',').map(decodeURIComponent);
    if (pubsubToken && sourceId)
      return { pubsubToken, sourceId, userId: userId || undefined, verified: !!verified };
  } catch {
    // A malformed escape: not a token of this adapter.
  }
  throw chatwootError('unauthorized');
}
