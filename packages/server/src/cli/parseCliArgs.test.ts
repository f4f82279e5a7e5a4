import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from './parseCliArgs';

describe('parseCliArgs', () => {
  it('defaults to 127.0.0.1:8787 and no static folders', () => {
    expect(parseCliArgs([], {})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      dataDir: undefined,
      staticRoutes: [],
      agentToken: undefined,
      publicUrl: undefined,
      attachmentLinkSecret: undefined,
      demo: false,
      help: false,
    });
  });

  it('keeps the agent API closed unless a token is set, and gives demo mode a fixed token', () => {
    expect(parseCliArgs([], {}).agentToken).toBeUndefined();
    expect(parseCliArgs(['--demo'], {}).agentToken).toBe('demo-agent-token');
    expect(parseCliArgs(['--demo'], { PARLEY_AGENT_TOKEN: 's3cret' }).agentToken).toBe('s3cret');
    expect(parseCliArgs([], { PARLEY_AGENT_TOKEN: ' s3cret ' }).agentToken).toBe('s3cret');
    expect(parseCliArgs([], { PARLEY_PUBLIC_URL: 'https://lumen.example' }).publicUrl).toBe(
      'https://lumen.example',
    );
  });

  it('reads the key of attachment links, which must have 32 characters or more', () => {
    const key = ' 0123456789abcdef0123456789abcdef ';
    expect(parseCliArgs([], { PARLEY_ATTACHMENT_LINK_SECRET: key }).attachmentLinkSecret).toBe(key.trim());
    expect(() => parseCliArgs([], { PARLEY_ATTACHMENT_LINK_SECRET: 'too-short' })).toThrow(CliUsageError);
  });

  it('reads PORT, HOST, PARLEY_DATA_DIR and repeated --static arguments', () => {
    const settings = parseCliArgs(
      ['--static', '/=examples/demo', '--static=/cdn/=packages/widget/dist/cdn'],
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        PARLEY_DATA_DIR: '/var/lib/parley',
      },
    );
    expect(settings).toMatchObject({ port: 9000, host: '0.0.0.0', dataDir: '/var/lib/parley' });
    expect(settings.staticRoutes).toEqual([
      { urlPrefix: '/', dir: 'examples/demo' },
      { urlPrefix: '/cdn/', dir: 'packages/widget/dist/cdn' },
    ]);
  });

  it.each([
    [['--static'], {}],
    [['--static', 'no-equals-sign'], {}],
    [['--static', '/cdn/='], {}],
    [['--port', '1'], {}],
    [[], { PORT: 'eighty' }],
    [[], { PORT: '70000' }],
  ])('refuses %j %j with a usage error', (argv, env) => {
    expect(() => parseCliArgs(argv, env)).toThrow(CliUsageError);
  });
});
