import type { Contact, Session } from '@parley/contract';
import type { Backend } from '../backend/Backend';
import type { SessionAccess } from '../client/ClientRuntime';
import { isParleyError, ParleyError } from '../errors/ParleyError';
import type { KeyValueStorage } from '../storage/KeyValueStorage';
import { createStore } from '../store/createStore';
import type { IdentifyOptions, SessionApi, VisitorSnapshot } from './SessionApi';

/** Storage key of the session (per widget: the storage is already per widget key). */
const SESSION_KEY = 'session';
/** A token this close to expiry is renewed before use rather than risking a 401 mid-send. */
const EXPIRY_MARGIN_MS = 60_000;

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

/** Checks what `identify` got before it reaches the backend, so a typo fails here with a clear message. */
function checkIdentify(options: IdentifyOptions): void {
  if (!options || typeof options.userId !== 'string' || options.userId.trim() === '') {
    throw new ParleyError('invalid_request', '`identify` needs a non-empty `userId`.');
  }
  if (options.hash !== undefined && options.jwt !== undefined) {
    throw new ParleyError('invalid_request', '`identify` takes `hash` or `jwt`, not both.');
  }
  if (options.hash !== undefined && !/^[0-9a-f]{64}$/.test(options.hash)) {
    throw new ParleyError('invalid_request', '`hash` must be a lowercase hex HMAC-SHA256 (64 characters).');
  }
}

function isUsable(session: Session | undefined, now: number): session is Session {
  return session !== undefined && Date.parse(session.expiresAt) - EXPIRY_MARGIN_MS > now;
}

function isStoredSession(value: unknown): value is Session {
  const session = value as Session | undefined;
  return (
    typeof session?.token === 'string' &&
    typeof session.resumeToken === 'string' &&
    typeof session.expiresAt === 'string' &&
    typeof session.contact?.id === 'string'
  );
}

/**
 * Starts, resumes, identifies and ends the customer's session. A session is made lazily, by the first call
 * that needs one; one attempt is shared by concurrent callers. The resume token is kept in storage so the
 * same visitor comes back after a reload (once consent allows storing it).
 * @internal
 */
export function createSessionManager(options: SessionManagerOptions): SessionManager {
  const { backend, widgetKey, locale, storage } = options;
  const visitor = createStore<VisitorSnapshot>({ status: 'none', contact: null, error: null });
  const changeListeners = new Set<(session: Session | undefined) => void>();
  let session: Session | undefined;
  /** The stored session is read once; after that memory is the truth (other tabs tell us of changes). */
  let loaded = false;
  let starting: Promise<Session> | undefined;
  /** Bumped by logout and by other tabs' changes so that an attempt started before is not applied. */
  let generation = 0;

  const publish = (next: Session | undefined, previous: Session | undefined): void => {
    session = next;
    visitor.set({ status: next ? 'ready' : 'none', contact: next?.contact ?? null, error: null });
    if (next?.contact.id !== previous?.contact.id) {
      for (const listener of [...changeListeners]) listener(next);
    }
  };

  const adopt = async (next: Session): Promise<Session> => {
    const previous = session;
    publish(next, previous);
    await storage.set(SESSION_KEY, next);
    return next;
  };

  const start = async (attempt: number): Promise<Session> => {
    if (!loaded) {
      loaded = true;
      const stored = await storage.get<unknown>(SESSION_KEY);
      if (attempt !== generation) throw new ParleyError('aborted', 'The session changed meanwhile.');
      if (isStoredSession(stored)) {
        if (isUsable(stored, Date.now())) {
          publish(stored, session);
          return stored;
        }
        session = stored;
      }
    }
    const resumeToken = session?.resumeToken;
    let next: Session;
    try {
      next = await backend.createSession({ widgetKey, locale, resumeToken });
    } catch (error) {
      // A resume token the backend no longer knows (logged out elsewhere, expired) is not an error for the
      // visitor: they simply start anew.
      if (
        resumeToken === undefined ||
        !isParleyError(error) ||
        error.status === undefined ||
        error.status >= 500
      )
        throw error;
      next = await backend.createSession({ widgetKey, locale });
    }
    if (attempt !== generation) throw new ParleyError('aborted', 'The session changed meanwhile.');
    return adopt(next);
  };

  const restore = async (): Promise<Session | undefined> => {
    if (starting) return starting.catch(() => session);
    if (loaded) return session;
    const attempt = generation;
    const stored = await storage.get<unknown>(SESSION_KEY);
    if (attempt === generation && !loaded && isStoredSession(stored)) {
      // Kept even when expired: its resume token starts the next session for the same person.
      if (isUsable(stored, Date.now())) publish(stored, session);
      else session = stored;
      loaded = true;
    }
    return session;
  };

  const ensure = (): Promise<Session> => {
    if (isUsable(session, Date.now())) return Promise.resolve(session);
    if (!starting) {
      visitor.set({ ...visitor.getSnapshot(), status: 'starting', error: null });
      const attempt = generation;
      starting = start(attempt).then(
        (value) => {
          starting = undefined;
          return value;
        },
        (error: unknown) => {
          starting = undefined;
          const failure = isParleyError(error)
            ? error
            : new ParleyError('network', 'The session could not be started.', { cause: error });
          if (attempt === generation)
            visitor.set({ ...visitor.getSnapshot(), status: 'error', error: failure });
          throw failure;
        },
      );
    }
    return starting;
  };

  const withToken = async <T>(run: (token: string) => Promise<T>): Promise<T> => {
    const current = await ensure();
    try {
      return await run(current.token);
    } catch (error) {
      if (!isParleyError(error) || error.code !== 'unauthorized') throw error;
      // The session expired or was ended elsewhere: start again once (resuming the same contact).
      if (session?.token === current.token) session = { ...current, expiresAt: new Date(0).toISOString() };
      const renewed = await ensure();
      return run(renewed.token);
    }
  };

  const identityKey = (): string => session?.contact.id ?? 'anonymous';

  const unsubscribeTabs = options.tabs?.subscribe((change) => {
    // Another tab identified or logged out: drop what we hold and read the stored session again.
    generation += 1;
    loaded = false;
    starting = undefined;
    const previous = session;
    if (change === 'logout') {
      session = undefined;
      publish(undefined, previous);
      return;
    }
    storage.get<unknown>(SESSION_KEY).then((stored) => {
      loaded = true;
      publish(isStoredSession(stored) ? stored : undefined, previous);
    });
  });

  return {
    visitor,
    withToken,
    identityKey,
    current: () => session,
    restore,
    onChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },

    async identify(identity) {
      checkIdentify(identity);
      const identifyMember = backend.identify;
      if (!identifyMember) throw new ParleyError('invalid_request', 'This backend does not identify users.');
      const { userId, email, name, attributes, hash, jwt } = identity;
      const request = {
        userId: userId.trim(),
        ...(email === undefined ? {} : { email }),
        ...(name === undefined ? {} : { name }),
        ...(attributes === undefined ? {} : { attributes }),
        ...(hash === undefined ? {} : { hash }),
        ...(jwt === undefined ? {} : { jwt }),
      };
      const next = await withToken((token) => identifyMember.call(backend, request, { token }));
      await adopt(next);
      options.tabs?.post('changed');
      return next.contact;
    },

    async update(attributes) {
      const updateMember = backend.updateContact;
      if (!updateMember)
        throw new ParleyError('invalid_request', 'This backend does not store contact details.');
      if (!attributes || typeof attributes !== 'object') {
        throw new ParleyError('invalid_request', '`update` takes an object of attributes.');
      }
      const { name, email, ...custom } = attributes;
      const request = {
        ...(typeof name === 'string' ? { name } : {}),
        ...(typeof email === 'string' ? { email } : {}),
        ...(Object.keys(custom).length > 0 ? { attributes: custom } : {}),
      };
      const contact: Contact = await withToken((token) => updateMember.call(backend, request, { token }));
      if (session) await adopt({ ...session, contact });
      return contact;
    },

    async logout() {
      const ended = session;
      const identity = identityKey();
      generation += 1;
      starting = undefined;
      loaded = true;
      publish(undefined, ended);
      // Local data goes first: even when the backend cannot be reached, this device forgets the person.
      await Promise.all([storage.delete(SESSION_KEY), options.forgetLocalData(identity)]);
      options.tabs?.post('logout');
      if (ended && backend.endSession) {
        try {
          await backend.endSession({ token: ended.token });
        } catch (error) {
          // An already-ended session is what we wanted; anything else is reported but changes nothing here.
          if (!isParleyError(error) || error.code !== 'unauthorized') throw error;
        }
      }
    },

    destroy() {
      unsubscribeTabs?.();
      changeListeners.clear();
    },
  };
}
