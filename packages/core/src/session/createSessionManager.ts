import type { Session, UpdateContactRequest } from '@parley/contract';
import type { Backend } from '../backend/Backend';
import { offered } from '../backend/offered';
import type { SessionAccess } from '../client/ClientRuntime';
import { ParleyError } from '../errors/ParleyError';
import type { KeyValueStorage } from '../storage/KeyValueStorage';
import { createStore } from '../store/createStore';
import type { SessionApi, VisitorSnapshot } from './SessionApi';

/** Storage key of the session (per widget: the storage is already per widget key). */
const KEY = 'session';

/** What the session manager needs. @internal */
export interface SessionManagerOptions {
  backend: Backend;
  widgetKey: string;
  locale: string | undefined;
  storage: KeyValueStorage;
  /** Forgets every piece of local data of the person who logs out (their outbox). */
  forgetLocalData(identityKey: string): Promise<void>;
  /** Tells the other tabs that the session changed, and hears them. */
  tabs?: {
    post(change: 'changed' | 'logout'): void;
    subscribe(listener: (change: 'changed' | 'logout') => void): () => void;
  };
}

/** The session of a client: its public API and the access the domains use. @internal */
export interface SessionManager extends SessionApi, SessionAccess {
  /** Stops listening to the other tabs. */
  destroy(): void;
}

/** A token this close to expiry is renewed before use rather than risking a 401 mid-send. */
const usable = (session: Session | undefined) =>
  Date.parse(session?.expiresAt as string) - 60_000 > Date.now();

/** Errors here come from the backend: ParleyErrors. */
const isUnauthorized = (error: unknown) => (error as ParleyError).code === 'unauthorized';

/**
 * Starts, resumes, identifies and ends the customer's session. A session is made lazily, by the first call
 * that needs one; one attempt is shared by concurrent callers. The resume token is kept in storage so the
 * same visitor comes back after a reload (once consent allows storing it).
 * @internal
 */
export function createSessionManager({
  backend,
  widgetKey,
  locale,
  storage,
  forgetLocalData,
  tabs,
}: SessionManagerOptions): SessionManager {
  // Watching the visitor shows a returning one at once, from storage, with no request (a launcher's badge).
  const visitor = createStore<VisitorSnapshot>(
    { status: 'none', contact: null, error: null },
    { onStart: () => void restore().catch(() => {}) },
  );
  // The person's contact id: its listeners hear of a change of person only.
  const person = createStore<string | undefined>(undefined);
  /** The session in use; an expired one is kept (unpublished) for its resume token. */
  let session: Session | undefined;
  let starting: Promise<Session> | undefined;
  /** Bumped by logout and by other tabs' changes, so that an attempt started before is not applied. */
  let generation = 0;

  const setVisitor = (
    status: VisitorSnapshot['status'],
    error: ParleyError | null = null,
    contact = visitor.getSnapshot().contact,
  ) => visitor.set({ status, contact, error });
  /** The stored session, when it is one (storage holds what an older version or another tab wrote). */
  const stored = () => storage.get<Session>(KEY).then((value) => (value?.contact?.id ? value : undefined));

  const publish = (next?: Session) => {
    session = next;
    setVisitor(next ? 'ready' : 'none', null, next?.contact ?? null);
    person.set(next?.contact.id);
  };

  const adopt = async (next: Session) => {
    publish(next);
    await storage.set(KEY, next);
    return next;
  };

  /** Reads the stored session while there is none in memory (storage ops keep their order: a logout's delete
   * comes first). */
  const restore = async () => {
    const attempt = generation;
    const value = session || (await stored());
    if (attempt === generation && !session && value) {
      // Kept even when expired: its resume token starts the next session for the same person.
      session = value;
      if (usable(value)) publish(value);
    }
    return session;
  };

  /**
   * Starts a session from the stored one, or anew. A resume token the backend no longer knows (logged out
   * elsewhere, expired) is no error in the contract: the answer is a new visitor.
   */
  const start = async (): Promise<Session> => {
    const attempt = generation;
    setVisitor('starting');
    try {
      if (usable(await restore())) return session!;
      const next = await backend.createSession({ widgetKey, locale, resumeToken: session?.resumeToken });
      if (attempt !== generation) throw new ParleyError('aborted', 'Session changed.');
      return await adopt(next);
    } catch (error) {
      // The backend and the storages reject with ParleyErrors only.
      if (attempt === generation) setVisitor('error', error as ParleyError);
      throw error;
    } finally {
      starting = undefined;
    }
  };

  /** A usable session: the one in use, or one started (one attempt shared by concurrent callers). */
  const ensure = async (): Promise<Session> => {
    if (usable(session)) return session!;
    starting ??= start();
    return starting;
  };

  const withToken = async <T>(run: (token: string) => Promise<T>): Promise<T> => {
    const current = await ensure();
    try {
      return await run(current.token);
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
      // The session expired or was ended elsewhere: start again once (resuming the same contact).
      if (session === current) session = { ...current, expiresAt: '' };
      return run((await ensure()).token);
    }
  };

  const identityKey = () => session?.contact.id ?? 'anonymous';

  /** Attempts under way are not applied. */
  const reset = () => {
    generation++;
    starting = undefined;
  };

  // Another tab identified or logged out: drop what we hold and read the stored session again.
  const stopTabs = tabs?.subscribe((change) => {
    reset();
    change === 'logout' ? publish() : stored().then(publish);
  });

  return {
    visitor,
    withToken,
    identityKey,
    current: () => session,
    restore,
    onChange: (listener) => person.subscribe(() => listener(session)),

    async identify(options) {
      const { userId } = options;
      if (!userId?.trim() || (options.hash && options.jwt)) {
        throw new ParleyError('invalid_request', 'Needs a userId; hash or jwt, not both.');
      }
      const identify = offered(backend, 'identify');
      const next = await withToken((token) => identify({ ...options, userId: userId.trim() }, { token }));
      await adopt(next);
      tabs?.post('changed');
      return next.contact;
    },

    async redeemLink(linkToken) {
      const { session: next, conversationId } = await offered(
        backend,
        'redeemLink',
      )({ widgetKey, linkToken });
      reset();
      await adopt(next);
      tabs?.post('changed');
      return conversationId;
    },

    async update({ name, email, ...attributes }) {
      const updateContact = offered(backend, 'updateContact');
      // Custom attributes are merged key by key: an empty set changes nothing.
      const contact = await withToken((token) =>
        updateContact({ name, email, attributes } as UpdateContactRequest, { token }),
      );
      if (session) await adopt({ ...session, contact });
      return contact;
    },

    async logout() {
      const ended = session;
      const identity = identityKey();
      reset();
      // Local data goes first: even when the backend cannot be reached, this device forgets the person. Its
      // deletion is asked before the change is published: a listener that needs a session at once (the
      // realtime feed restarting) starts a new visitor, rather than reading this person's session back.
      const forgotten = Promise.all([storage.delete(KEY), forgetLocalData(identity)]);
      publish();
      await forgotten;
      tabs?.post('logout');
      // An already-ended session is what we wanted; anything else is reported but changes nothing here.
      if (ended) {
        await backend.endSession?.({ token: ended.token }).catch((error: unknown) => {
          if (!isUnauthorized(error)) throw error;
        });
      }
    },

    destroy: () => stopTabs?.(),
  };
}
