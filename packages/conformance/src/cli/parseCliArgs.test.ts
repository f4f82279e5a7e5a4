import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './parseCliArgs';

describe('parseCliArgs', () => {
  it('reads the base URL and every option', () => {
    expect(
      parseCliArgs([
        'http://127.0.0.1:8787/',
        '--widget-key',
        'wk_demo',
        '--agent-token=secret',
        '--identity-secret',
        's3',
        '--allowed-origin',
        'https://shop.example/',
        '--disallowed-origin',
        'https://evil.example',
        '--only',
        'tickets, config',
        '--timeout',
        '5000',
        '--json',
      ]),
    ).toEqual({
      help: false,
      baseUrl: 'http://127.0.0.1:8787',
      widgetKey: 'wk_demo',
      agentToken: 'secret',
      identitySecret: 's3',
      allowedOrigin: 'https://shop.example',
      disallowedOrigin: 'https://evil.example',
      only: ['tickets', 'config'],
      json: true,
      timeoutMs: 5000,
    });
  });

  it('refuses bad usage with a clear message', () => {
    expect(() => parseCliArgs([])).toThrow('Give the base URL of the backend.');
    expect(() => parseCliArgs(['http://x'])).toThrow('--widget-key is required.');
    expect(() => parseCliArgs(['nope', '--widget-key', 'k'])).toThrow(/is not a URL/);
    expect(() => parseCliArgs(['http://x', '--widget-key'])).toThrow('--widget-key needs a value.');
    expect(() => parseCliArgs(['http://x', '--widget-key', 'k', '--frobnicate'])).toThrow(
      'Unknown option --frobnicate.',
    );
    expect(() =>
      parseCliArgs(['http://x', '--widget-key', 'k', '--allowed-origin', 'https://a.example']),
    ).toThrow(/together/);
    expect(() => parseCliArgs(['http://x', '--widget-key', 'k', '--timeout', 'soon'])).toThrow(/--timeout/);
  });

  it('asks for help', () => {
    expect(parseCliArgs(['--help']).help).toBe(true);
  });
});
