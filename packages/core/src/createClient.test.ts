import { describe, expect, it, vi } from 'vitest';
import { createClient } from './createClient';
import { ParleyError } from './errors/ParleyError';
import { widgetConfigFixture as config } from './testing/widgetConfigFixture';

describe('createClient', () => {
  it('does nothing until asked: no request at creation', () => {
    const fetchSpy = vi.fn<typeof fetch>();
    createClient({ baseUrl: 'https://support.example.com', widgetKey: 'wk_demo', fetch: fetchSpy });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it.each([
    ['a relative base URL', { baseUrl: '/support', widgetKey: 'wk' }],
    ['a javascript: base URL', { baseUrl: 'javascript:alert(1)', widgetKey: 'wk' }],
    ['no widget key', { baseUrl: 'https://support.example.com', widgetKey: ' ' }],
    ['no options at all', undefined],
    ['a zero timeout', { baseUrl: 'https://support.example.com', widgetKey: 'wk', timeoutMs: 0 }],
  ])('rejects %s with a typed invalid_request error', (_case, options) => {
    let thrown: unknown;
    try {
      createClient(options as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ParleyError);
    expect(thrown).toMatchObject({ code: 'invalid_request' });
  });

  it('builds the contract URL from a base URL with a path and a trailing slash', async () => {
    const fetchSpy = vi.fn<typeof fetch>(async () => Response.json(config));
    const client = createClient({
      baseUrl: 'https://example.com/help/',
      widgetKey: 'wk demo&x',
      locale: 'fr',
      fetch: fetchSpy,
    });
    await client.config();
    expect(String(fetchSpy.mock.calls[0]?.[0])).toBe(
      'https://example.com/help/v1/widget/config?widgetKey=wk+demo%26x&locale=fr',
    );
  });

  it('looks fetch up at call time, so a host page that replaces window.fetch later is honoured', async () => {
    const original = globalThis.fetch;
    const client = createClient({ baseUrl: 'https://support.example.com', widgetKey: 'wk_demo' });
    const replacement = vi.fn<typeof fetch>(async () => Response.json(config));
    globalThis.fetch = replacement;
    try {
      await expect(client.config()).resolves.toEqual(config);
      expect(replacement).toHaveBeenCalledOnce();
    } finally {
      globalThis.fetch = original;
    }
  });
});
