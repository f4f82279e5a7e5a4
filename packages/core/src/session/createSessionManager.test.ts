import type { Contact, Session } from '@parley/contract';
import { describe, expect, it, vi } from 'vitest';
import type { Backend } from '../backend/Backend';
import { ParleyError } from '../errors/ParleyError';
import { createMemoryStorage } from '../storage/createMemoryStorage';
import type { KeyValueStorage } from '../storage/KeyValueStorage';
import { createSessionManager } from './createSessionManager';

const hour = 3_600_000;
const contact = (id: string, kind: Contact['kind'] = 'visitor') => ({ id, kind }) as Contact;
const session = (token: string, contactId: string, expiresInMs = hour): Session => ({
  token,
  resumeToken: `resume-${contactId}`,
  expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  widgetKey: 'wk_demo',
  contact: contact(contactId),
});

/** A session manager over a scripted backend, with what it was asked and told. */
function setup(options: { storage?: KeyValueStorage; sessions?: Session[] } = {}) {
  const sessions = options.sessions ?? [session('t1', 'ctc_1'), session('t2', 'ctc_2')];
  const created: Array<string | undefined> = [];
  const ended: string[] = [];
  const forgotten: string[] = [];
  const posted: string[] = [];
  let tabListener: (change: 'changed' | 'logout') => void = () => {};
  const storage = options.storage ?? createMemoryStorage();
  const backend = {
    createSession: async ({ resumeToken }: { resumeToken?: string }) => {
      created.push(resumeToken);
      const next = sessions.shift();
      if (!next) throw new ParleyError('server', 'No more sessions.');
      return next;
    },
    identify: async ({ userId }: { userId: string }) => ({
      ...session('t-user', `ctc_${userId}`),
      contact: contact(`ctc_${userId}`, 'user'),
    }),
    redeemLink: async ({ linkToken }: { linkToken: string }) => {
      if (linkToken !== 'good-link') throw new ParleyError('not_found', 'Unknown link.');
      return { session: session('t-link', 'ctc_linked'), conversationId: 'cnv_linked' };
    },
    endSession: async ({ token }: { token: string }) => {
      ended.push(token);
    },
  } as unknown as Backend;
  const manager = createSessionManager({
    backend,
    widgetKey: 'wk_demo',
    locale: undefined,
    storage,
    forgetLocalData: async (identity) => {
      forgotten.push(identity);
    },
    tabs: {
      post: (change) => posted.push(change),
      subscribe(listener) {
        tabListener = listener;
        return () => {};
      },
    },
  });
  const people: Array<string | undefined> = [];
  manager.onChange((next) => people.push(next?.contact.id));
  return {
    manager,
    storage,
    created,
    ended,
    forgotten,
    posted,
    people,
    otherTab: (change: 'changed' | 'logout') => tabListener(change),
  };
}

describe('createSessionManager', () => {
  it('starts one session lazily, shared by concurrent callers, and stores it', async () => {
    const { manager, storage, created, people } = setup();
    expect(manager.visitor.getSnapshot().status).toBe('none');
    expect(created).toEqual([]);
    const tokens = await Promise.all([
      manager.withToken(async (token) => token),
      manager.withToken(async (token) => token),
    ]);
    expect(tokens).toEqual(['t1', 't1']);
    expect(created).toEqual([undefined]);
    expect(manager.visitor.getSnapshot()).toMatchObject({ status: 'ready', contact: { id: 'ctc_1' } });
    expect(people).toEqual(['ctc_1']);
    expect(await storage.get<Session>('session')).toMatchObject({ token: 't1' });
  });

  it('uses a stored session after a reload without asking the backend', async () => {
    const storage = createMemoryStorage();
    await storage.set('session', session('stored', 'ctc_9'));
    const { manager, created } = setup({ storage });
    expect(await manager.restore()).toMatchObject({ token: 'stored' });
    expect(manager.identityKey()).toBe('ctc_9');
    expect(await manager.withToken(async (token) => token)).toBe('stored');
    expect(created).toEqual([]);
  });

  it('shows a returning visitor as soon as the visitor store is watched, without asking the backend', async () => {
    const storage = createMemoryStorage();
    await storage.set('session', session('stored', 'ctc_9'));
    const { manager, created } = setup({ storage });
    expect(manager.visitor.getSnapshot().contact).toBeNull();
    const stop = manager.visitor.subscribe(() => {});
    await vi.waitFor(() =>
      expect(manager.visitor.getSnapshot()).toMatchObject({ status: 'ready', contact: { id: 'ctc_9' } }),
    );
    expect(created).toEqual([]);
    stop();
  });

  it('resumes an expired stored session with its resume token', async () => {
    const storage = createMemoryStorage();
    await storage.set('session', session('old', 'ctc_1', -hour));
    const { manager, created, people } = setup({ storage });
    expect(await manager.withToken(async (token) => token)).toBe('t1');
    expect(created).toEqual(['resume-ctc_1']);
    // The same person came back: nobody is told of a change of person.
    expect(people).toEqual(['ctc_1']);
  });

  it('renews the session once when the backend answers unauthorized', async () => {
    const { manager, created } = setup({
      sessions: [session('t1', 'ctc_1'), session('t2', 'ctc_1'), session('t3', 'ctc_1')],
    });
    const seen: string[] = [];
    const result = await manager.withToken(async (token) => {
      seen.push(token);
      if (token === 't1') throw new ParleyError('unauthorized', 'Expired.');
      return 'done';
    });
    expect(result).toBe('done');
    expect(seen).toEqual(['t1', 't2']);
    expect(created).toEqual([undefined, 'resume-ctc_1']);
    // Refused again after the renewal: the caller gets the error rather than an endless loop.
    let runs = 0;
    await expect(
      manager.withToken(async () => {
        runs += 1;
        throw new ParleyError('unauthorized', 'Still expired.');
      }),
    ).rejects.toMatchObject({ code: 'unauthorized' });
    expect(runs).toBe(2);
  });

  it('shows a failed start in the visitor store, and tries again on the next call', async () => {
    const { manager } = setup({ sessions: [] });
    await expect(manager.withToken(async (token) => token)).rejects.toMatchObject({ code: 'server' });
    expect(manager.visitor.getSnapshot()).toMatchObject({ status: 'error', error: { code: 'server' } });
  });

  it('identifies, tells the other tabs, and logs out everywhere', async () => {
    const { manager, storage, ended, forgotten, posted, people } = setup();
    await manager.withToken(async (token) => token);
    const user = await manager.identify({ userId: 'ada', hash: 'a'.repeat(64) });
    expect(user).toMatchObject({ id: 'ctc_ada', kind: 'user' });
    expect(posted).toEqual(['changed']);
    expect(people).toEqual(['ctc_1', 'ctc_ada']);
    await expect(manager.identify({ userId: ' ' })).rejects.toMatchObject({ code: 'invalid_request' });

    await manager.logout();
    expect(posted).toEqual(['changed', 'logout']);
    expect(forgotten).toEqual(['ctc_ada']);
    expect(ended).toEqual(['t-user']);
    expect(await storage.keys('')).toEqual([]);
    expect(manager.visitor.getSnapshot()).toMatchObject({ status: 'none', contact: null });
    expect(people).toEqual(['ctc_1', 'ctc_ada', undefined]);
  });

  it('redeems an email link: its session replaces the current one, in every tab', async () => {
    const { manager, storage, posted, people } = setup();
    await manager.withToken(async (token) => token);
    expect(await manager.redeemLink('good-link')).toBe('cnv_linked');
    expect(manager.current()?.token).toBe('t-link');
    expect(await storage.get('session')).toMatchObject({ token: 't-link' });
    expect(posted).toEqual(['changed']);
    expect(people).toEqual(['ctc_1', 'ctc_linked']);
    await expect(manager.redeemLink('used-link')).rejects.toMatchObject({ code: 'not_found' });
    expect(manager.current()?.token).toBe('t-link');
  });

  it('starts a new visitor, never the person who logged out, for a listener that needs a session at once', async () => {
    const { manager, created } = setup();
    await manager.identify({ userId: 'ada', hash: 'a'.repeat(64) });
    await manager.withToken(async (token) => token);
    // The realtime feed restarts for the new person as soon as the person changes.
    let next: Promise<string> | undefined;
    manager.onChange((session) => {
      if (!session) next = manager.withToken(async (token) => token);
    });
    await manager.logout();
    expect(await next).toBe('t2');
    expect(manager.current()?.contact.id).toBe('ctc_2');
    expect(created.at(-1)).toBeUndefined();
  });

  it('follows the other tabs: a logout there ends the session here, an identify is read from storage', async () => {
    const { manager, storage, people, otherTab } = setup();
    await manager.withToken(async (token) => token);
    otherTab('logout');
    expect(manager.current()).toBeUndefined();
    expect(people).toEqual(['ctc_1', undefined]);

    await storage.set('session', session('from-other-tab', 'ctc_7'));
    otherTab('changed');
    await expect.poll(() => manager.identityKey()).toBe('ctc_7');
    expect(await manager.withToken(async (token) => token)).toBe('from-other-tab');
    expect(people).toEqual(['ctc_1', undefined, 'ctc_7']);
  });

  it('does not adopt a session that was being started when the person logged out', async () => {
    let answer: (session: Session) => void = () => {};
    const storage = createMemoryStorage();
    // The backend answers the start only after the logout.
    const manager = createSessionManager({
      backend: {
        createSession: () =>
          new Promise<Session>((resolve) => {
            answer = resolve;
          }),
      } as unknown as Backend,
      widgetKey: 'wk_demo',
      locale: undefined,
      storage,
      forgetLocalData: async () => {},
    });
    const people: Array<string | undefined> = [];
    manager.onChange((next) => people.push(next?.contact.id));
    const started = manager.withToken(async (token) => token);
    await expect.poll(() => manager.visitor.getSnapshot().status).toBe('starting');
    await manager.logout();
    answer(session('late', 'ctc_late'));
    await expect(started).rejects.toMatchObject({ code: 'aborted' });
    expect(manager.current()).toBeUndefined();
    expect(manager.visitor.getSnapshot()).toMatchObject({ status: 'none', contact: null });
    expect(await storage.get('session')).toBeUndefined();
    expect(people).toEqual([]);
  });
});
