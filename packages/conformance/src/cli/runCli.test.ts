import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessReference, type InProcessReference } from '../testing/referenceServer';
import { runCli } from './runCli';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) } };
}

describe('parley-conformance', () => {
  let reference: InProcessReference;
  beforeAll(() => {
    reference = createInProcessReference();
  });
  afterAll(() => reference.close());

  it('exits with 2 and the usage on bad usage', async () => {
    const { err, io } = capture();
    expect(await runCli(['http://127.0.0.1:8787'], io)).toBe(2);
    expect(err.join('')).toContain('parley-conformance: --widget-key is required.');
    expect(err.join('')).toContain('Usage: parley-conformance <baseUrl>');
    expect(await runCli(['http://127.0.0.1:8787', '--widget-key', 'k', '--only', 'tikets'], io)).toBe(2);
    expect(err.join('')).toContain('"tikets" is neither an area nor a scenario id');
  });

  it('prints one line per scenario and the totals, and exits with 0 when nothing failed', async () => {
    const { out, io } = capture();
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) =>
      reference.handle(new Request(input, init))) as typeof globalThis.fetch;
    const code = await runCli([reference.baseUrl, '--widget-key', 'wk_demo', '--only', 'meta,config'], {
      ...io,
      fetch,
    });
    const text = out.join('');
    expect(text).toContain('✓ config        The widget config matches WidgetConfig and names the widget');
    expect(text).toMatch(/\n6 passed, 0 failed, 0 skipped\n$/);
    expect(code).toBe(0);
  });

  it('exits with 1 and lists the failure when a scenario fails', async () => {
    const { out, io } = capture();
    // A backend that answers every config request with a 500.
    const fetch = (async () => new Response('down', { status: 500 })) as typeof globalThis.fetch;
    const code = await runCli(['http://backend.test', '--widget-key', 'wk_demo', '--only', 'config.schema'], {
      ...io,
      fetch,
    });
    const text = out.join('');
    expect(code).toBe(1);
    expect(text).toContain('✗ config        The widget config matches WidgetConfig');
    expect(text).toContain('request:  GET /v1/widget/config?widgetKey=wk_demo');
    expect(text).toContain('0 passed, 1 failed, 0 skipped');
  });

  it('prints the report as JSON with --json', async () => {
    const { out, io } = capture();
    const fetch = (async () => new Response('down', { status: 500 })) as typeof globalThis.fetch;
    await runCli(['http://backend.test', '--widget-key', 'k', '--only', 'meta.health', '--json'], {
      ...io,
      fetch,
    });
    expect(JSON.parse(out.join(''))).toMatchObject({ passed: 0, failed: 1, skipped: 0 });
  });
});
