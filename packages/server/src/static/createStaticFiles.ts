import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { contentTypeFor } from './contentTypeFor';

/**
 * One folder served under a URL prefix.
 *
 * @example
 * ```ts
 * const routes: StaticRoute[] = [
 *   { urlPrefix: '/cdn/', dir: 'packages/widget/dist/cdn' },
 *   { urlPrefix: '/', dir: 'examples/script-tag' },
 * ];
 * ```
 */
export interface StaticRoute {
  /** Where the folder appears in URLs, such as `/` or `/cdn/`. The longest matching prefix wins. */
  urlPrefix: string;
  /** The folder to serve, absolute or relative to the process's working directory. */
  dir: string;
}

interface Mount {
  prefix: string;
  root: string;
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers },
  });
}

/**
 * Serves files from folders, for the demo page and the widget's built script-tag bundles. Directories
 * serve their `index.html`; nothing outside a route's folder is ever read. Files are sent with
 * `Cache-Control: no-cache` because they change on every rebuild during development.
 *
 * @returns A function that answers a request, or gives `undefined` when no route covers its path.
 * @internal
 */
export function createStaticFiles(
  routes: readonly StaticRoute[],
): (request: Request) => Promise<Response | undefined> {
  const mounts: Mount[] = routes
    .map(({ urlPrefix, dir }) => ({
      prefix: `/${urlPrefix.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/'),
      root: resolve(dir),
    }))
    .sort((a, b) => b.prefix.length - a.prefix.length);

  return async (request) => {
    const url = new URL(request.url);
    // `/cdn` should reach the `/cdn/` route (and be redirected below), as a folder would on any server.
    const mount = mounts.find(({ prefix }) => `${url.pathname}/`.startsWith(prefix));
    if (mount === undefined) return undefined;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return text(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }

    let relative: string;
    try {
      // The URL parser already removed `.` and `..` segments, but not encoded ones such as `..%2f`.
      relative = decodeURIComponent(url.pathname.slice(mount.prefix.length));
    } catch {
      return text(400, 'Bad request');
    }
    const path = join(mount.root, relative);
    if (relative.includes('\0') || (path !== mount.root && !path.startsWith(mount.root + sep))) {
      return text(404, 'Not found');
    }

    let file = path;
    let stats = await statOrUndefined(file);
    if (stats?.isDirectory()) {
      // Relative links in the index page resolve against the URL, so the URL must end with a slash.
      if (!url.pathname.endsWith('/')) {
        return new Response(null, { status: 301, headers: { Location: `${url.pathname}/${url.search}` } });
      }
      file = join(path, 'index.html');
      stats = await statOrUndefined(file);
    }
    if (stats === undefined || !stats.isFile()) return text(404, 'Not found');

    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      headers: {
        'Content-Type': contentTypeFor(file),
        'Content-Length': String(stats.size),
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
