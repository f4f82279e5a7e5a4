// Screenshots of the widget's main views for docs/widget/, taken from the static Storybook: the real
// widget, with its real client, against the reference engine (MSW), exactly as the stories show it.
//
//   npm run docs:screenshots              builds Storybook, then writes docs/widget/screenshots/*.png
//   npm run docs:screenshots -- --no-build   reuses storybook-static/ as it is
//   npm run docs:screenshots -- home article   only these screens
//
// Each story opens in embed mode (its play function does not run), so a screenshot shows the view as it
// arrives; the few that need a visitor's action (typing a message...) get it from the screen's `act` below.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from './findChromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const staticDir = join(root, 'storybook-static');
const outDir = join(root, 'docs', 'widget', 'screenshots');

/** The desktop page: wider than the widget's 480px mobile breakpoint, tall enough for the whole panel. */
const desktop = { width: 800, height: 760 };
const phone = { width: 375, height: 667 };
/** Space kept around the widget in a crop, for its shadow (more around the launcher alone, for context). */
const margins = { panel: 16, launcher: 40 };
/** The host page's font; Arabic and emoji fall back to the system's fonts (emoji: fonts-noto-color-emoji). */
const pageFont = '"Liberation Sans", "DejaVu Sans", Arial, sans-serif';
/** How long a view may take to show its content. */
const patience = 20_000;

/**
 * @typedef {import('playwright-core').Page} Page
 * @typedef {object} Screen
 * @property {string} name file name, without `.png`
 * @property {string} story the story's id in Storybook
 * @property {(page: Page) => Promise<void>} ready waits until the view shows its content (not a loading state)
 * @property {(page: Page) => Promise<void>} [act] what the visitor does before the picture
 * @property {'panel' | 'launcher' | 'screen'} [crop] the widget's panel and launcher (default), the launcher
 *   alone, or the whole (phone) screen
 * @property {{ width: number; height: number }} [viewport]
 * @property {string} [globals] Storybook globals for the page, such as `theme:dark` (the page's colours)
 */

const dialog = (page) => page.getByRole('dialog');
const visible = (locator) => locator.first().waitFor({ state: 'visible', timeout: patience });

/** @type {Screen[]} */
const screens = [
  {
    name: 'launcher',
    story: 'components-launcher--unread',
    crop: 'launcher',
    ready: (page) => visible(page.getByRole('button', { name: 'Help' })),
  },
  {
    name: 'home',
    story: 'views-home--default',
    ready: async (page) => {
      await visible(dialog(page).getByRole('region', { name: 'Suggested articles' }).getByRole('button'));
      await visible(dialog(page).getByText('We usually reply in 2 hours'));
    },
  },
  {
    name: 'search-results',
    story: 'views-search--results',
    ready: (page) =>
      visible(
        dialog(page)
          .getByRole('status')
          .filter({ hasText: /^\d+ results$/ }),
      ),
  },
  {
    name: 'article',
    story: 'views-article--default',
    ready: (page) => visible(dialog(page).getByRole('button', { name: 'Yes' })),
  },
  {
    name: 'new-conversation',
    story: 'views-newconversation--empty',
    ready: (page) => visible(dialog(page).getByRole('textbox', { name: 'Message' })),
    act: async (page) => {
      await dialog(page).getByRole('textbox', { name: 'Message' }).pressSequentially('export notes to PDF');
      await visible(dialog(page).getByRole('heading', { name: 'These articles might help' }));
      await visible(dialog(page).getByRole('button', { name: /^Export your notes/ }));
    },
  },
  {
    name: 'conversation',
    // The bot answers the first message with articles and quick replies.
    story: 'views-conversation--bot-with-quick-replies',
    ready: async (page) => {
      await visible(dialog(page).getByRole('heading', { name: 'Lumen Assistant' }));
      await visible(dialog(page).getByRole('group', { name: 'Suggested replies' }));
    },
  },
  {
    name: 'conversation-agent',
    // The visitor asked for a person: the bot hands over, Priya answers and is typing again.
    story: 'views-conversation--typing',
    ready: async (page) => {
      await visible(dialog(page).getByText('Priya Shah joined the conversation'));
      await visible(dialog(page).getByText('Priya Shah is typing…'));
    },
  },
  {
    name: 'rating',
    story: 'views-conversation--resolved-with-rating',
    ready: (page) => visible(dialog(page).getByRole('radio', { name: 'Great' })),
    act: async (page) => {
      await dialog(page).getByRole('radio', { name: 'Great' }).check();
      const send = dialog(page).getByRole('button', { name: 'Send rating' });
      await visible(send);
      await send.scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'conversation-list',
    story: 'views-conversationlist--unread',
    ready: async (page) => {
      await visible(dialog(page).getByRole('button', { name: /^Lumen Assistant .* unread message/ }));
      await visible(dialog(page).getByRole('button', { name: /^Maya Okafor/ }));
      await visible(dialog(page).getByRole('button', { name: /^Tom / }));
    },
  },
  {
    name: 'ticket-lookup',
    story: 'views-ticketlookup--default',
    ready: (page) => visible(dialog(page).getByRole('textbox', { name: 'Reference' })),
    act: async (page) => {
      await dialog(page).getByRole('textbox', { name: 'Reference' }).fill('PRL-4821');
      await dialog(page).getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
    },
  },
  {
    name: 'ticket',
    story: 'views-ticket--default',
    ready: async (page) => {
      await visible(dialog(page).getByRole('heading', { name: 'Status history' }));
      await visible(dialog(page).getByRole('log').getByText('Priya from Lumen'));
    },
  },
  {
    name: 'offline-form',
    story: 'views-offlineform--default',
    ready: (page) => visible(dialog(page).getByRole('combobox', { name: 'Your plan (optional)' })),
  },
  {
    name: 'dark',
    story: 'views-conversation--dark',
    // On a dark page, as a dark site would show it.
    globals: 'theme:dark',
    ready: (page) => visible(dialog(page).getByRole('heading', { name: 'Priya Shah' })),
  },
  {
    name: 'arabic-rtl',
    story: 'views-conversation--right-to-left',
    ready: async (page) => {
      await visible(dialog(page).getByRole('heading', { name: 'ليلى' }));
      await visible(dialog(page).getByRole('log'));
    },
  },
  {
    name: 'mobile',
    story: 'views-conversation--mobile',
    viewport: phone,
    crop: 'screen',
    ready: async (page) => {
      await visible(dialog(page).getByRole('heading', { name: 'Priya Shah' }));
      await visible(dialog(page).getByRole('button', { name: 'Send' }));
    },
    act: async (page) => {
      const box = dialog(page).getByRole('textbox', { name: 'Message' });
      await box.fill('Thanks, that works!');
      await box.blur();
    },
  },
];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * Serves `dir` at the root of an origin on 127.0.0.1 (MSW's service worker must sit at the root). The
 * stories' page gets a font before anything renders: the widget speaks in its host page's typeface.
 */
function serve(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = readFileSync(file);
      if (path === '/iframe.html') {
        const font = `<style>body { font-family: ${pageFont}; }</style>`;
        body = Buffer.from(body.toString('utf8').replace('</head>', `${font}</head>`));
      }
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({
        origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
        server,
      });
    });
  });
}

/** Waits until Storybook has rendered the story (its loaders, MSW included, have run). */
async function storyRendered(page) {
  await page.waitForFunction(
    () => {
      const render = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender;
      if (render?.phase === 'errored') throw new Error('the story failed to render');
      return render?.phase === 'completed' || render?.phase === 'finished';
    },
    undefined,
    { timeout: patience },
  );
}

/** The rectangle to keep: the widget's visible parts (panel, launcher, badge) and a margin, inside the page. */
async function cropOf(page, crop, viewport) {
  if (crop === 'screen') return { x: 0, y: 0, ...viewport };
  const margin = margins[crop];
  const selector =
    crop === 'launcher' ? '.parley-launcher, .parley-launcher-badge' : '.parley-panel, .parley-launcher';
  const boxes = (
    await Promise.all((await page.locator(selector).all()).map((part) => part.boundingBox()))
  ).filter((box) => box && box.width > 0);
  if (!boxes.length) throw new Error(`nothing to crop: no ${selector}`);
  const left = Math.max(0, Math.min(...boxes.map((box) => box.x)) - margin);
  const top = Math.max(0, Math.min(...boxes.map((box) => box.y)) - margin);
  const right = Math.min(viewport.width, Math.max(...boxes.map((box) => box.x + box.width)) + margin);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((box) => box.y + box.height)) + margin);
  return {
    x: Math.floor(left),
    y: Math.floor(top),
    width: Math.ceil(right - left),
    height: Math.ceil(bottom - top),
  };
}

/** Takes one screen's picture in a fresh context (its own service worker, its own visitor). */
async function shoot(browser, origin, screen) {
  const viewport = screen.viewport ?? desktop;
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    // Nothing caught mid-animation (the widget honours reduced motion).
    reducedMotion: 'reduce',
    colorScheme: 'light',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  try {
    const globals = screen.globals ? `&globals=${screen.globals}` : '';
    await page.goto(`${origin}/iframe.html?id=${screen.story}&viewMode=story&embed=true${globals}`);
    await storyRendered(page);
    await screen.ready(page);
    await screen.act?.(page);
    // No focus ring on the picture; fonts and images (avatars) load, and the layout settles (a chat scrolls
    // to its last message).
    await page.evaluate(async () => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      await document.fonts.ready;
      await Promise.all([...document.images].map((image) => image.decode().catch(() => {})));
      const layout = () =>
        [...document.querySelectorAll('.parley-panel, .parley-panel *')]
          .filter((element) => element.scrollHeight > element.clientHeight)
          .map((element) => `${element.scrollTop}/${element.scrollHeight}`)
          .join();
      // Unchanged for 20 frames in a row, or 300 frames at most.
      let last = '';
      for (let frame = 0, still = 0; frame < 300 && still < 20; frame += 1) {
        await new Promise((done) => requestAnimationFrame(done));
        const now = layout();
        still = now === last ? still + 1 : 0;
        last = now;
      }
    });
    const stillLoading = await dialog(page)
      .getByRole('status')
      .filter({ hasText: /^Loading…$/ })
      .count();
    if (stillLoading) throw new Error('the view is still loading');
    const file = join(outDir, `${screen.name}.png`);
    const clip = await cropOf(page, screen.crop ?? 'panel', viewport);
    writeFileSync(file, await page.screenshot({ clip, animations: 'disabled', caret: 'hide' }));
    return { file, clip, bytes: statSync(file).size };
  } catch (error) {
    const detail = problems.length ? ` (page errors: ${problems.join('; ')})` : '';
    throw new Error(
      `${screen.name} (${screen.story}): ${error instanceof Error ? error.message : error}${detail}`,
    );
  } finally {
    await context.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const wanted = args.filter((arg) => !arg.startsWith('--'));
  const unknown = wanted.filter((name) => !screens.some((screen) => screen.name === name));
  if (unknown.length) throw new Error(`unknown screens: ${unknown.join(', ')}`);
  if (!args.includes('--no-build')) {
    console.log('Building Storybook…');
    const build = spawnSync('npm', ['run', '--silent', 'build-storybook'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build-storybook failed');
  }
  try {
    statSync(join(staticDir, 'iframe.html'));
  } catch {
    throw new Error('storybook-static/ has no build: run without --no-build');
  }
  mkdirSync(outDir, { recursive: true });
  const { origin, server } = await serve(staticDir);
  const { executablePath, args: browserArgs } = await findChromium();
  const browser = await chromium.launch({ executablePath, args: browserArgs });
  try {
    // One at a time: the machine's few cores are shared, and each screen waits for real answers.
    for (const screen of screens.filter((item) => !wanted.length || wanted.includes(item.name))) {
      const { file, clip, bytes } = await shoot(browser, origin, screen);
      console.log(
        `${file.slice(root.length + 1)}  ${clip.width}x${clip.height}  ${(bytes / 1024).toFixed(1)} KB`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
