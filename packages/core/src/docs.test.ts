// The SDK's documentation (docs/sdk/) stays true: its API reference is what the built declarations give,
// and its complete example is examples/sdk-node/chat.mjs, which runs against the reference server.
// Both read the build (packages/core/dist), as an app that installs @parley/core from npm does: `npm test`
// builds first; run alone, this file needs `npm run build` before it.
import { createMemoryStore, startServer } from '@parley/server';
import { beforeAll, describe, expect, it } from 'vitest';

/** scripts/sdkDocs.mjs: the Node.js side of these checks (this package is type-checked without Node's types). */
interface SdkDocsScript {
  checkApiReference(): string[];
  readRepoFile(path: string): string;
  runNodeScript(
    file: string,
    options: { env?: Record<string, string>; timeoutMs?: number },
  ): Promise<{ code: number | null; stdout: string; stderr: string }>;
}

let script: SdkDocsScript;
beforeAll(async () => {
  // A specifier the type-checker does not follow: the script is plain JavaScript outside this package.
  const url = new URL('../../../scripts/sdkDocs.mjs', import.meta.url).href;
  script = (await import(/* @vite-ignore */ url)) as SdkDocsScript;
});

describe('the API reference (docs/sdk/api)', () => {
  it('is what `npm run docs:api` generates from the built declarations', () => {
    expect(script.checkApiReference(), 'run `npm run build && npm run docs:api`').toEqual([]);
  }, 60_000);
});

describe('the Node.js example (examples/sdk-node/chat.mjs)', () => {
  it('searches, starts a conversation, gets the bot reply over realtime, and exits', async () => {
    const errors: unknown[] = [];
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      store: createMemoryStore(),
      log: { info: () => {}, error: (_message, error) => errors.push(error) },
    });
    try {
      const { code, stdout, stderr } = await script.runNodeScript('examples/sdk-node/chat.mjs', {
        env: { PARLEY_URL: server.url },
        timeoutMs: 30_000,
      });
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      // The search found the export article; the first message was sent and the bot answered it...
      expect(stdout).toMatch(/^\d+ articles? about "export pdf":\n {2}📄 Export your notes$/m);
      expect(stdout).toMatch(/^✓ You: How do I export a notebook as a PDF\?$/m);
      expect(stdout).toMatch(/^✓ Lumen Assistant: Here are some articles/m);
      // ...the second message showed as pending, then sent, and the hand-off answer came over realtime.
      const pending = stdout.indexOf('… You: Can I talk to a person?');
      expect(pending).toBeGreaterThan(-1);
      expect(stdout.indexOf('✓ You: Can I talk to a person?')).toBeGreaterThan(pending);
      expect(stdout).toMatch(/^Reply from Lumen Assistant: I’ve asked the team to join\./m);
      expect(errors).toEqual([]);
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('the guide (docs/sdk/README.md)', () => {
  it('shows examples/sdk-node/chat.mjs verbatim as its complete example', () => {
    const guide = script.readRepoFile('docs/sdk/README.md');
    const example = script.readRepoFile('examples/sdk-node/chat.mjs');
    expect(guide).toContain(`\`\`\`js\n${example}\`\`\`\n`);
  });

  it('links only to files that exist', () => {
    const guide = script.readRepoFile('docs/sdk/README.md');
    const links = [...guide.matchAll(/\]\((?!https?:|#)([^)#\s]+)(?:#[^)]*)?\)/g)].map(
      (match) => match[1] ?? '',
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(() => script.readRepoFile(`docs/sdk/${link}`), link).not.toThrow();
    }
  });
});
