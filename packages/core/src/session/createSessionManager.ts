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
const usable = (session: Session | undefined) => Date.parse(session?.expiresAt ?? '') - 60_000 > Date.now();

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
  const visitor = createStore<VisitorSnapshot>({ status: 'none', contact: null, error: null });
  const listeners = new Set<(session: Session | undefined) => void>();
  /** The session in use; an expired one is kept (unpublished) for its resume token. */
  let session: Session | undefined;
  /** Reading the stored session: once, then memory is the truth (other tabs tell us of changes). */
  let reading: Promise<unknown> | undefined;
  let starting: Promise<Session> | undefined;
  /** Bumped by logout and by other tabs' changes, so that an attempt started before is not applied. */
  let generation = 0;

  const setVisitor = (
    status: VisitorSnapshot['status'],
    contact = visitor.getSnapshot().contact,
    error: ParleyError | null = null,
  ) => visitor.set({ status, contact, error });
  /** The stored session, when it is one (storage holds what an older version or another tab wrote). */
  const stored = () => storage.get<Session>(KEY).then((value) => (value?.contact?.id ? value : undefined));

  /** Shows `next`; the listeners hear of it when the person changed. */
  const publish = (next: Session | undefined) => {
    const changed = next?.contact.id !== visitor.getSnapshot().contact?.id;
    session = next;
    setVisitor(next ? 'ready' : 'none', next?.contact ?? null);
    if (changed) for (const listener of [...listeners]) listener(next);
  };

  const adopt = async (next: Session) => {
    publish(next);
    await storage.set(KEY, next);
    return next;
  };

  const restore = async () => {
    const attempt = generation;
    reading ??= stored().then((value) => {
      if (attempt !== generation || session || !value) return;
      // Kept even when expired: its resume token starts the next session for the same person.
      if (usable(value)) publish(value);
      else session = value;
    });
    await reading;
    return session;
  };

  /**
   * A usable session: the one in use, the stored one, or a new one (one attempt shared by concurrent callers).
   * A resume token the backend no longer knows (logged out elsewhere, expired) is no error in the contract:
   * the answer is a new visitor.
   */
  const ensure = (): Promise<Session> => {
    if (usable(session)) return Promise.resolve(session!);
    if (!starting) {
      const attempt = generation;
      setVisitor('starting');
      starting = (async () => {
        await restore();
        if (usable(session)) return session!;
        const next = await backend.createSession({ widgetKey, locale, resumeToken: session?.resumeToken });
        if (attempt !== generation) throw new ParleyError('aborted', 'Session changed.');
        return adopt(next);
      })()
        .catch((error: ParleyError) => {
          // The backend and the storages reject with ParleyErrors only.
          if (attempt === generation) setVisitor('error', undefined, error);
          throw error;
        })
        .finally(() => {
          starting = undefined;
        });
    }
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

  /** Attempts under way are not applied; `read` says whether the stored session is read again. */
  const reset = (read?: Promise<unknown>) => {
    generation += 1;
    starting = undefined;
    reading = read;
  };

  const stopTabs = tabs?.subscribe((change) => {
    // Another tab identified or logged out: drop what we hold and read the stored session again.
    reset();
    if (change === 'logout') return publish(undefined);
    stored().then(publish);
  });

  return {
    visitor,
    withToken,
    identityKey,
    current: () => session,
    restore,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async identify(options) {
      const { userId, hash, jwt } = options;
      if (!userId?.trim() || (hash && jwt)) {
        throw new ParleyError('invalid_request', 'Needs a userId; hash or jwt, not both.');
      }
      const identify = offered(backend, 'identify');
      const next = await withToken((token) => identify({ ...options, userId: userId.trim() }, { token }));
      await adopt(next);
      tabs?.post('changed');
      return next.contact;
    },

    async update(details) {
      const updateContact = offered(backend, 'updateContact');
      // Custom attributes are merged key by key: an empty set changes nothing.
      const { name, email, ...attributes } = { ...details };
      const request = { name, email, attributes } as UpdateContactRequest;
      const contact = await withToken((token) => updateContact(request, { token }));
      if (session) await adopt({ ...session, contact });
      return contact;
    },

    async logout() {
      const ended = session;
      const identity = identityKey();
      reset(Promise.resolve());
      publish(undefined);
      // Local data goes first: even when the backend cannot be reached, this device forgets the person.
      await Promise.all([storage.delete(KEY), forgetLocalData(identity)]);
      tabs?.post('logout');
      // An already-ended session is what we wanted; anything else is reported but changes nothing here.
      if (ended) {
        await backend.endSession?.({ token: ended.token }).catch((error: unknown) => {
          if (!isUnauthorized(error)) throw error;
        });
      }
    },

    destroy() {
      stopTabs?.();
      listeners.clear();
    },
  };
}
