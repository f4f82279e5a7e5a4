import type { IdentifyRequest } from '@parley/contract';
import type { Engine } from '../app/Engine';
import { problem } from '../http/problem';
import { validationFailed } from '../http/validationFailed';
import { newId } from '../security/newId';
import type { Widget } from '../widgetConfig/Widget';
import { type ContactDetails, contactDetailsChanges, MAX_CONTACT_ATTRIBUTES } from './contactDetailsChanges';
import type { ContactRecord, SessionRecord } from './SessionRecords';
import { verifyIdentityHash } from './verifyIdentityHash';
import { verifyIdentityJwt } from './verifyIdentityJwt';

/** The contact a session belongs to after identify, or the problem to answer. @internal */
export type IdentifyOutcome = { ok: true; contact: ContactRecord } | { ok: false; response: Response };

/** The session being identified, as `requireSession` found it. @internal */
export interface IdentifyTarget {
  session: SessionRecord;
  contact: ContactRecord;
  widget: Widget;
}

function fail(response: Response): IdentifyOutcome {
  return { ok: false, response };
}

function tooManyAttributes(): IdentifyOutcome {
  return fail(
    validationFailed(
      [{ pointer: '/attributes', detail: `must leave at most ${MAX_CONTACT_ATTRIBUTES} attributes` }],
      `A contact keeps at most ${MAX_CONTACT_ATTRIBUTES} attributes.`,
    ),
  );
}

function verificationFailed(detail: string): IdentifyOutcome {
  return fail(
    problem({ status: 401, code: 'identity_verification_failed', title: 'Identity not verified', detail }),
  );
}

async function applyDetails(
  engine: Engine,
  contact: ContactRecord,
  details: ContactDetails,
): Promise<IdentifyOutcome> {
  const changes = contactDetailsChanges(contact, details);
  if (changes === undefined) return tooManyAttributes();
  const updated = await engine.store.sessions.updateContact(contact.id, changes);
  return updated === undefined ? fail(goneContact()) : { ok: true, contact: updated };
}

function goneContact(): Response {
  return problem({
    status: 401,
    code: 'unauthorized',
    title: 'Unauthorized',
    detail: 'This session no longer exists.',
  });
}

/** Finds the user contact, or creates it from the visitor's details when the user is new here. */
async function findOrCreateUser(
  engine: Engine,
  visitor: ContactRecord,
  userId: string,
  details: ContactDetails,
): Promise<IdentifyOutcome> {
  const { sessions } = engine.store;
  const existing = await sessions.findUserContact(visitor.widgetKey, userId);
  if (existing !== undefined) return applyDetails(engine, existing, details);
  // A new user inherits what the visitor told before logging in; a known user's own profile wins.
  const inherited = visitor.kind === 'visitor' ? visitor : undefined;
  const base = { attributes: inherited?.attributes ?? {} };
  const changes = contactDetailsChanges(base, details);
  if (changes === undefined) return tooManyAttributes();
  const user: ContactRecord = {
    id: newId('ctc'),
    widgetKey: visitor.widgetKey,
    kind: 'user',
    userId,
    name: changes.name ?? inherited?.name ?? null,
    email: changes.email ?? inherited?.email ?? null,
    attributes: changes.attributes ?? base.attributes,
    createdAt: engine.now(),
  };
  try {
    await sessions.createContact(user);
  } catch (error) {
    // Another request created this user at the same moment (stores keep one user contact per user id).
    const raced = await sessions.findUserContact(visitor.widgetKey, userId);
    if (raced === undefined) throw error;
    return applyDetails(engine, raced, details);
  }
  return { ok: true, contact: user };
}

/**
 * `POST /v1/session/identify`: tells who the person in a session is.
 *
 * - With a valid `hash` (HMAC-SHA256 of `userId` with the widget secret) or `jwt` (HS256, `sub` =
 *   `userId`), the identity is **verified**: the session moves to the widget's `user` contact for that
 *   user id (created on first sight), and a visitor's conversations, tickets and emailed links move with
 *   it, so the person finds what they wrote before logging in. The email and name claims of a JWT win over the body.
 *   Identifying as the same user again only updates the details; identifying as another user switches
 *   the session to that user and merges nothing (the first user's history stays theirs).
 * - A wrong hash or JWT is 401 `identity_verification_failed`.
 * - With neither, a widget whose `identityVerification` is `required` answers 403
 *   `identity_verification_required`. Otherwise the call is accepted **unverified**: name, email and
 *   attributes are stored on the session's current contact, which stays what it was; `userId` is not
 *   stored. An unverified claim never grants access to a user's history, because anyone can send any
 *   user id. An unverified claim to be another user than the session's verified one is 409 `conflict`.
 *
 * @internal
 */
export async function identifySession(
  engine: Engine,
  { session, contact, widget }: IdentifyTarget,
  request: IdentifyRequest,
): Promise<IdentifyOutcome> {
  const { userId, hash, jwt } = request;
  const details: ContactDetails = {
    name: request.name,
    email: request.email,
    attributes: request.attributes,
  };
  if (hash !== undefined && jwt !== undefined) {
    return fail(
      validationFailed(
        [{ pointer: '/jwt', detail: 'must not be sent together with hash' }],
        'Send either hash or jwt, not both.',
      ),
    );
  }

  if (hash === undefined && jwt === undefined) {
    if (widget.identityVerification === 'required') {
      return fail(
        problem({
          status: 403,
          code: 'identity_verification_required',
          title: 'Identity verification required',
          detail: 'This widget accepts verified identities only: send a hash or a jwt.',
        }),
      );
    }
    if (contact.kind === 'user' && contact.userId !== userId) {
      return fail(
        problem({
          status: 409,
          code: 'conflict',
          title: 'Another user is identified',
          detail: 'This session belongs to another verified user. Log out first, or send a hash or jwt.',
        }),
      );
    }
    return applyDetails(engine, contact, details);
  }

  if (widget.secret === undefined) {
    return verificationFailed('This widget has no identity secret, so no identity can be verified.');
  }
  if (hash !== undefined) {
    if (!(await verifyIdentityHash(widget.secret, userId, hash))) {
      return verificationFailed('The hash is not the HMAC-SHA256 of this userId with the widget secret.');
    }
  } else if (jwt !== undefined) {
    const verified = await verifyIdentityJwt(widget.secret, jwt, userId, engine.now());
    if (!verified.ok) return verificationFailed(verified.reason);
    details.name = verified.claims.name ?? details.name;
    details.email = verified.claims.email ?? details.email;
  }

  if (contact.kind === 'user' && contact.userId === userId) return applyDetails(engine, contact, details);
  const user = await findOrCreateUser(engine, contact, userId, details);
  if (!user.ok) return user;
  if (contact.kind === 'visitor') {
    await engine.store.conversations.reassignContact(contact.id, user.contact.id);
    await engine.store.tickets.reassignContact(contact.id, user.contact.id);
    await engine.store.outbox.reassignContact(contact.id, user.contact.id);
    await engine.store.attachments.reassignContact(contact.id, user.contact.id);
    // The visitor is spent: its resume tokens must not start sessions of an empty contact on this device.
    await engine.store.sessions.deleteResumeTokens(contact.id);
  }
  await engine.store.sessions.setSessionContact(session.id, user.contact.id);
  return user;
}
