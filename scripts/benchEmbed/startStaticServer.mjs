// The static server of `npm run bench:embed`: the three host pages, Preact's ESM build and the widget's
// CDN bundles, on 127.0.0.1, gzipped as a CDN would send them (the bytes-transferred figures are then what a
// visitor's browser receives), with `Cache-Control: no-store` so that every load is a first visit.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Starts the server on a free port of 127.0.0.1.
 *
 * @param {{ routes: { prefix: string; dir: string }[]; replacements: Record<string, string> }} options
 *   `routes`: URL prefixes (such as `/cdn/`) and the folders they serve; `replacements`: text replaced in
 *   the HTML pages (the reference server's address).
 * @returns {Promise<{ url: string; close(): Promise<void> }>}
 */
export async function startStaticServer({ routes, replacements }) {
  /** Files read and compressed once: the figures should not include this server's disk or zlib time. */
  const cache = new Map();
  const readOnce = (file) => {
    let entry = cache.get(file);
    if (entry === undefined) {
      let body = readFileSync(file);
      if (extname(file) === '.html') {
        let text = body.toString('utf8');
        for (const [from, to] of Object.entries(replacements)) text = text.replaceAll(from, to);
        body = Buffer.from(text);
      }
      entry = { body, gzipped: gzipSync(body, { level: 9 }) };
      cache.set(file, entry);
    }
    return entry;
  };

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = routes.find(({ prefix }) => pathname.startsWith(prefix));
    const file = route && normalize(join(route.dir, decodeURIComponent(pathname.slice(route.prefix.length))));
    const type = file && TYPES[extname(file)];
    let entry;
    try {
      if (file && type && file.startsWith(route.dir + sep)) entry = readOnce(file);
    } catch {
      entry = undefined;
    }
    if (entry === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? entry.gzipped : entry.body;
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Length': String(body.length),
      'Cache-Control': 'no-store',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
