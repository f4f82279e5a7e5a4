import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Attachment, Session } from '@parley/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app/createApp';
import { type RunningServer, startServer } from '../startServer';
import { openSqliteStore } from '../storage/openSqliteStore';
import type { Store } from '../storage/Store';
import { fileForm, sampleFiles } from './attachmentFixtures';

const silent = { info: () => {}, error: () => {} };

let dir: string;
let stores: Store[];
let server: RunningServer | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-attachments-'));
  stores = [];
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const store of stores) await store.close();
  await rm(dir, { recursive: true, force: true });
});

function open(options: { attachmentsDir?: string; folder?: string } = {}, settings = {}) {
  const { folder = dir, ...storeOptions } = options;
  const store = openSqliteStore({ filename: join(folder, 'parley.sqlite'), ...storeOptions });
  stores.push(store);
  // A fixed clock: a link signed by one store is then the same link the next one signs.
  const app = createApp({ store, log: silent, now: () => Date.parse('2026-11-02T10:00:00Z'), settings });
  const call = (method: string, path: string, token?: string, body?: BodyInit) =>
    Promise.resolve(
      app.fetch(
        new Request(`http://127.0.0.1${path}`, {
          method,
          body: body ?? null,
          headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
        }),
      ),
    );
  return {
    store,
    call,
    async session(): Promise<Session> {
      const response = await app.fetch(
        new Request('http://127.0.0.1/v1/session', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ widgetKey: 'wk_demo' }),
        }),
      );
      return (await response.json()) as Session;
    },
    async upload(token: string, name: string): Promise<Attachment> {
      const response = await call(
        'POST',
        '/v1/attachments',
        token,
        fileForm(sampleFiles.png, 'image/png', name),
      );
      expect(response.status).toBe(201);
      return (await response.json()) as Attachment;
    },
  };
}

describe('attachments in a SQLite store on disk', () => {
  it('writes the bytes to <database folder>/attachments/<id>, never under the uploaded name', async () => {
    const { session, upload } = open();
    const { token } = await session();
    const attachment = await upload(token, '../../evil.png');
    expect(attachment.name).toBe('evil.png');
    // Only the id: no user-chosen name, and no temporary file left behind.
    expect(readdirSync(join(dir, 'attachments'))).toEqual([attachment.id]);
    expect(new Uint8Array(readFileSync(join(dir, 'attachments', attachment.id)))).toEqual(sampleFiles.png);
    expect(readdirSync(dir, { recursive: true }).filter((entry) => String(entry).includes('evil'))).toEqual(
      [],
    );
  });

  it('keeps the files readable after the store is closed and opened again', async () => {
    const first = open();
    const { token } = await first.session();
    const attachment = await first.upload(token, 'photo.png');
    await first.store.close();

    const second = open();
    const download = await second.call('GET', attachment.url, token);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(sampleFiles.png);
    // The signing key is kept with the data, so links made before a restart still work after it.
    const byLink = await second.call('GET', attachment.url);
    expect(new Uint8Array(await byLink.arrayBuffer())).toEqual(sampleFiles.png);
    const metadata = await second.call('GET', `/v1/attachments/${attachment.id}`, token);
    expect(await metadata.json()).toEqual(attachment);
  });

  it('signs links with a random key per data folder, or with attachmentLinkSecret in every folder', async () => {
    const first = open();
    const attachment = await first.upload((await first.session()).token, 'photo.png');
    const elsewhere = open({ folder: join(dir, 'other') });
    // Refused before the id is even looked up: the other folder's key signs differently.
    expect((await elsewhere.call('GET', attachment.url)).status).toBe(403);
    expect(await first.store.secrets.getOrCreate('attachment-links', () => 'unused')).toMatch(/^[\w-]{43}$/);

    const secret = 'a shared key for every server, 32+ characters';
    const configured = open({ folder: join(dir, 'third') }, { attachmentLinkSecret: secret });
    const shared = await configured.upload((await configured.session()).token, 'photo.png');
    const sameKey = open({ folder: join(dir, 'fourth') }, { attachmentLinkSecret: secret });
    // Accepted, so only the missing file stops it.
    expect((await sameKey.call('GET', shared.url)).status).toBe(404);
  });

  it('creates the folder only on the first upload, and uses attachmentsDir when given', async () => {
    const folder = join(dir, 'uploads', 'here');
    const { session, upload } = open({ attachmentsDir: folder });
    expect(existsSync(folder)).toBe(false);
    const { token } = await session();
    const attachment = await upload(token, 'photo.png');
    expect(readdirSync(folder)).toEqual([attachment.id]);
    expect(existsSync(join(dir, 'attachments'))).toBe(false);
  });

  it('answers 404 when the file behind a record has gone', async () => {
    const { session, upload, call } = open();
    const { token } = await session();
    const attachment = await upload(token, 'photo.png');
    await rm(join(dir, 'attachments', attachment.id));
    expect((await call('GET', attachment.url, token)).status).toBe(404);
    expect((await call('GET', attachment.url)).status).toBe(404);
  });

  it('stores uploads in <dataDir>/attachments when started with startServer', async () => {
    server = await startServer({ port: 0, dataDir: join(dir, 'data'), log: silent });
    const started = await fetch(`${server.url}/v1/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ widgetKey: 'wk_demo' }),
    });
    const { token } = (await started.json()) as Session;
    const response = await fetch(`${server.url}/v1/attachments`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: fileForm(sampleFiles.pdf, 'application/pdf', 'receipt.pdf'),
    });
    const attachment = (await response.json()) as Attachment;
    expect(response.status).toBe(201);
    expect(readdirSync(join(dir, 'data', 'attachments'))).toEqual([attachment.id]);
    const download = await fetch(`${server.url}${attachment.url}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(download.headers.get('Content-Disposition')).toContain('filename="receipt.pdf"');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(sampleFiles.pdf);
  });

  it('keeps the bytes of a :memory: database in memory, writing no folder', async () => {
    const store = openSqliteStore({ filename: ':memory:' });
    stores.push(store);
    const app = createApp({ store, log: silent });
    const started = await app.fetch(
      new Request('http://127.0.0.1/v1/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ widgetKey: 'wk_demo' }),
      }),
    );
    const { token } = (await started.json()) as Session;
    const near = [join(process.cwd(), 'attachments'), join(process.cwd(), '..', 'attachments')];
    expect(near.filter((folder) => existsSync(folder))).toEqual([]);
    const response = await app.fetch(
      new Request('http://127.0.0.1/v1/attachments', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: fileForm(sampleFiles.png, 'image/png', 'photo.png'),
      }),
    );
    const attachment = (await response.json()) as Attachment;
    expect(await store.attachments.readContent(attachment.id)).toEqual(sampleFiles.png);
    expect(near.filter((folder) => existsSync(folder))).toEqual([]);
  });
});
