import type { Engine } from '../app/Engine';
import { newId } from '../security/newId';
import { randomToken } from '../security/randomToken';
import { sha256Hex } from '../security/sha256Hex';
import type { ContactRecord, SessionRecord } from './SessionRecords';

/** How long a resume token works. @internal */
export const RESUME_TOKEN_TTL_MS = 90 * 24 * 60 * 60 * 1000;

/** A new session and the secrets to hand to the client. @internal */
export interface StartedSession {
  session: SessionRecord;
  token: string;
  resumeToken: string;
  contact: ContactRecord;
}

/**
 * Starts a session for a contact: a fresh token (stored as its hash) and, unless one is given, a fresh
 * resume token.
 * @internal
 */
export async function startSession(
  engine: Engine,
  contact: ContactRecord,
  existingResumeToken?: string,
): Promise<StartedSession> {
  const now = engine.now();
  const token = randomToken();
  const session: SessionRecord = {
    id: newId('ses'),
    widgetKey: contact.widgetKey,
    contactId: contact.id,
    tokenHash: await sha256Hex(token),
    expiresAt: now + engine.settings.sessionTtlMs,
    createdAt: now,
    endedAt: null,
  };
  await engine.store.sessions.createSession(session);
  const resumeToken = existingResumeToken ?? (await issueResumeToken(engine, contact));
  return { session, token, resumeToken, contact };
}

/**
 * A new resume token for a contact (stored as its hash, valid {@link RESUME_TOKEN_TTL_MS}); the contact's
 * other resume tokens keep working until they expire or the contact logs out.
 * @internal
 */
export async function issueResumeToken(engine: Engine, contact: ContactRecord): Promise<string> {
  const resumeToken = randomToken();
  await engine.store.sessions.saveResumeToken({
    tokenHash: await sha256Hex(resumeToken),
    widgetKey: contact.widgetKey,
    contactId: contact.id,
    expiresAt: engine.now() + RESUME_TOKEN_TTL_MS,
  });
  return resumeToken;
}

/** Creates an anonymous visitor contact for a widget. @internal */
export async function createVisitor(engine: Engine, widgetKey: string): Promise<ContactRecord> {
  const contact: ContactRecord = {
    id: newId('ctc'),
    widgetKey,
    kind: 'visitor',
    userId: null,
    name: null,
    email: null,
    attributes: {},
    createdAt: engine.now(),
  };
  await engine.store.sessions.createContact(contact);
  return contact;
}
