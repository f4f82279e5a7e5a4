import type { Attributes, Contact } from '@parley/contract';
import type { ParleyError } from '../errors/ParleyError';
import type { Store } from '../store/Store';

/**
 * Who the client speaks for:
 * - `status`: `none` before anything needed a session, `starting` while one is made, `ready`, or `error`
 *   when the last attempt failed (the next call tries again);
 * - `contact`: the person (an anonymous visitor, or a user once identified with a verified hash or JWT).
 */
export interface VisitorSnapshot {
  /** `none` before a session was needed, `starting`, `ready`, or `error` (the next call tries again). */
  readonly status: 'none' | 'starting' | 'ready' | 'error';
  /** The person, once a session exists. */
  readonly contact: Contact | null;
  /** Why the last attempt to start a session failed. */
  readonly error: ParleyError | null;
}

/**
 * Who the customer is, as your app knows them. Give `hash` (HMAC-SHA256 of `userId` with the widget's
 * identity secret, computed on your server) or `jwt` (HS256, signed on your server); without either the
 * details only label the visitor and never open a user's history.
 */
export interface IdentifyOptions {
  /** Your app's stable id for the user. */
  userId: string;
  /** Where the team can answer them. */
  email?: string;
  /** How the team addresses them. */
  name?: string;
  /** Custom data (plan, seats...); `null` removes a key. */
  attributes?: Attributes;
  /** Lowercase hex HMAC-SHA256 of `userId` with the widget's identity secret, computed on your server. */
  hash?: string;
  /** An HS256 JWT with `sub` = `userId`, signed with the identity secret on your server. */
  jwt?: string;
}

/**
 * Details to store on the contact. `name` and `email` set the contact's fields; every other key is a
 * custom attribute (string, number, boolean; `null` removes it).
 * @example `{ name: 'Ada', plan: 'pro', seats: 12 }`
 */
export type ContactUpdate = { name?: string; email?: string } & Attributes;

/** `client.session`: identity of the person using the widget. */
export interface SessionApi {
  /** The current visitor or user. */
  readonly visitor: Store<VisitorSnapshot>;
  /**
   * Tells the backend who the customer is. With a verified `hash`/`jwt`, their conversations and tickets
   * from other devices appear, and the anonymous visitor's history joins theirs.
   * Identifying (verified) as another user than the session's switches the session to that user.
   * @throws {ParleyError} `forbidden` when the widget requires verification and none was given,
   * `conflict` for an unverified claim to be another user than the session's verified one.
   */
  identify(options: IdentifyOptions): Promise<Contact>;
  /** Stores details on the contact (name, email, custom attributes). */
  update(attributes: ContactUpdate): Promise<Contact>;
  /**
   * Ends the session, and forgets this person's local data (session, unsent messages) in every tab. The next
   * call starts a new anonymous visitor.
   */
  logout(): Promise<void>;
  /**
   * Trades the one-time token of a conversation link from an email (`?parley_link=<token>`) for a session of
   * that conversation's contact, which replaces the current one (as `identify` does).
   * @returns the id of the conversation the link opens.
   * @throws {ParleyError} `not_found`: an unknown link, one of another widget, or (`problemCode:
   *   'link_expired'`) one already used or expired, after which the widget simply opens as usual.
   */
  redeemLink(linkToken: string): Promise<string>;
}
