import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from './logging/Logger';
import { type RunningServer, startServer } from './startServer';

const silent: Logger = { info: () => {}, error: () => {} };

let dir: string;
let server: RunningServer | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-server-'));
  await mkdir(join(dir, 'site'));
  await mkdir(join(dir, 'cdn'));
  await writeFile(join(dir, 'site', 'index.html'), '<!doctype html><title>Demo</title>');
  await writeFile(join(dir, 'cdn', 'parley.js'), 'console.log("parley");');
  await writeFile(join(dir, 'cdn', 'parley.js.map'), '{"version":3}');
  await writeFile(join(dir, 'secret.txt'), 'do not serve me');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** Sends the path exactly as written (fetch would normalise `..` away before it leaves the process). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}${path}`, { path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function start(): Promise<RunningServer> {
  server = await startServer({
    port: 0,
    database: ':memory:',
    log: silent,
    staticRoutes: [
      { urlPrefix: '/', dir: join(dir, 'site') },
      { urlPrefix: '/cdn/', dir: join(dir, 'cdn') },
    ],
  });
  return server;
}

describe('startServer', () => {
  it('serves the widget config over real HTTP on 127.0.0.1', async () => {
    const { url, port } = await start();
    expect(url).toBe(`http://127.0.0.1:${port}`);
    const response = await fetch(`${url}/v1/widget/config?widgetKey=wk_demo&locale=zh-TW`);
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toBeTruthy();
    expect(await response.json()).toMatchObject({ widgetKey: 'wk_demo', locale: 'zh-Hant' });
    expect(await (await fetch(`${url}/v1/health`)).json()).toEqual({ status: 'ok' });
  });

  it('serves static files with their content types, and index.html for folders', async () => {
    const { url } = await start();
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Demo</title>');

    const script = await fetch(`${url}/cdn/parley.js`);
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("parley");');
    expect((await fetch(`${url}/cdn/parley.js.map`)).headers.get('Content-Type')).toBe(
      'application/json; charset=utf-8',
    );

    const folder = await fetch(`${url}/cdn`, { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(folder.headers.get('Location')).toBe('/cdn/');
    expect((await fetch(`${url}/nope.js`)).status).toBe(404);
  });

  it('serves the agent inbox page at /agent/, and the agent API only with the configured token', async () => {
    server = await startServer({
      port: 0,
      database: ':memory:',
      log: silent,
      settings: { agentToken: 'tok' },
    });
    const bare = await fetch(`${server.url}/agent`, { redirect: 'manual' });
    expect(bare.status).toBe(308);
    expect(bare.headers.get('Location')).toBe(`${server.url}/agent/`);
    const page = await fetch(`${server.url}/agent/`);
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>Parley inbox</title>');
    const script = await fetch(`${server.url}/agent/inbox.js`);
    expect(script.headers.get('Content-Type')).toMatch(/javascript/);
    const refused = await fetch(`${server.url}/v1/agent/conversations`, {
      headers: { Authorization: 'Bearer nope' },
    });
    expect(refused.status).toBe(401);
    const allowed = await fetch(`${server.url}/v1/agent/conversations`, {
      headers: { Authorization: 'Bearer tok' },
    });
    expect(allowed.status).not.toBe(401);
  });

  it('rate-limits ticket lookups by the socket address, across new sessions, without any proxy header', async () => {
    server = await startServer({
      port: 0,
      database: ':memory:',
      log: silent,
      settings: { lookupsPerClientPerMinute: 2 },
    });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const session = await (
        await fetch(`${server.url}/v1/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ widgetKey: 'wk_demo' }),
        })
      ).json();
      const lookup = await fetch(`${server.url}/v1/tickets/lookup`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.token}` },
        body: JSON.stringify({ reference: `PRL-90${attempt}0`, email: 'nobody@example.com' }),
      });
      statuses.push(lookup.status);
    }
    expect(statuses).toEqual([404, 404, 429]);
  });

  it('keeps /v1 for the API even when a static folder is mounted at /', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/v1/unknown`);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it.each([
    '/../secret.txt',
    '/cdn/../../secret.txt',
    '/cdn/..%2fsecret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/cdn/%2e%2e%2fsecret.txt',
  ])('refuses to read outside the static folders: %s', async (path) => {
    const { url } = await start();
    const { status, body } = await rawGet(url, path);
    expect(status).toBe(404);
    expect(body).not.toContain('do not serve me');
  });

  it('frees the port on close(), and close() may be called twice', async () => {
    const { url, port } = await start();
    await fetch(`${url}/v1/health`);
    await server!.close();
    await server!.close();
    expect(await canListen(port)).toBe(true);
    await expect(fetch(`${url}/v1/health`)).rejects.toThrow();
  });

  it('fails with EADDRINUSE when the port is taken', async () => {
    const { port } = await start();
    await expect(startServer({ port, database: ':memory:', log: silent })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });

  it('keeps its data in <dataDir>/parley.sqlite across restarts', async () => {
    const dataDir = join(dir, 'data');
    server = await startServer({ port: 0, dataDir, log: silent });
    expect((await fetch(`${server.url}/v1/widget/config?widgetKey=wk_demo`)).status).toBe(200);
    await server.close();
    server = await startServer({ port: 0, dataDir, log: silent });
    expect((await fetch(`${server.url}/v1/widget/config?widgetKey=wk_demo`)).status).toBe(200);
    expect(existsSync(join(dataDir, 'parley.sqlite'))).toBe(true);
  });
});
