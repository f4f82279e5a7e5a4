import type { Attachment, Session } from '@parley/contract';
import { createParleyHandlers } from '@parley/server/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentHref } from './attachmentHref';

describe('attachmentHref', () => {
  it('puts a contract URL under the base URL, path included', () => {
    expect(attachmentHref('/v1/attachments/att_1/content', 'https://help.lumen.example/parley/')).toBe(
      'https://help.lumen.example/parley/v1/attachments/att_1/content',
    );
    expect(attachmentHref('/v1/attachments/att_1/content', 'https://help.lumen.example')).toBe(
      'https://help.lumen.example/v1/attachments/att_1/content',
    );
  });

  it('keeps the query of a signed link exactly as the server wrote it', () => {
    const url =
      '/v1/attachments/att_1/content?expires=1795340700&signature=8PI2swCPv-yHL5VBdZ6OjD_r0y-YGjKikTlEAuPL86E';
    expect(attachmentHref(url, 'https://help.lumen.example/parley')).toBe(
      `https://help.lumen.example/parley${url}`,
    );
  });

  it("keeps a helpdesk's absolute https link", () => {
    expect(attachmentHref('https://files.example/a.png?sig=1', 'https://help.lumen.example')).toBe(
      'https://files.example/a.png?sig=1',
    );
  });

  it('reads a protocol-relative URL as the absolute link it is, not as a path under the base', () => {
    expect(attachmentHref('//files.example/x', 'https://help.lumen.example/parley')).toBe(
      'https://files.example/x',
    );
  });

  it('never links a script or a data URL', () => {
    expect(attachmentHref('javascript:alert(1)', 'https://help.lumen.example')).toBeUndefined();
    expect(attachmentHref(' JAVA\tSCRIPT:alert(1)', 'https://help.lumen.example')).toBeUndefined();
    expect(
      attachmentHref('data:text/html,<script>alert(1)</script>', 'https://help.lumen.example'),
    ).toBeUndefined();
  });
});

describe('attachmentHref against the reference engine', () => {
  // A base URL with a path, where a root-relative url resolved the usual way would miss the API.
  const baseUrl = 'https://help.lumen.example/parley';
  const server = setupServer(...createParleyHandlers({ baseUrl }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  /** A PNG of 1×1 pixel. */
  const png = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
    (character) => character.charCodeAt(0),
  );

  it('gives an href that downloads the file with no bearer token, as <a href> and <img src> do', async () => {
    const started = await fetch(`${baseUrl}/v1/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ widgetKey: 'wk_demo' }),
    });
    const { token } = (await started.json()) as Session;
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), 'photo.png');
    const uploaded = await fetch(`${baseUrl}/v1/attachments`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    const attachment = (await uploaded.json()) as Attachment;

    const href = attachmentHref(attachment.url, baseUrl);
    expect(href).toMatch(
      /^https:\/\/help\.lumen\.example\/parley\/v1\/attachments\/att_[\w-]+\/content\?expires=/,
    );
    // No headers at all: what the browser sends when a person opens the link or the widget shows the image.
    const download = await fetch(href ?? '');
    expect(download.status).toBe(200);
    expect(download.headers.get('Content-Type')).toBe('image/png');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(png);

    const altered = await fetch(`${href}x`);
    expect(altered.status).toBe(403);
    expect(await altered.json()).toMatchObject({ code: 'attachment_link_invalid' });
  });
});
