import { Attachment } from '@parley/contract';
import type { Scenario } from '../runner/Scenario';
import type { ScenarioContext } from '../runner/ScenarioContext';
import { fileForm, tinyPng } from './support/files';

/** Uploads the tiny PNG for a session and returns the stored attachment. @internal */
export async function uploadPng(
  ctx: ScenarioContext,
  token: string,
  name = 'pixel.png',
): Promise<Attachment> {
  const result = await ctx.request('POST', '/v1/attachments', {
    token,
    rawBody: fileForm(tinyPng(), name, 'image/png'),
  });
  return ctx.expectJson(result, 201, Attachment);
}

/** Whether a media type is accepted by the widget's `limits.attachmentTypes` (with `type/*` wildcards). */
function accepts(types: readonly string[], type: string): boolean {
  return types.some(
    (entry) => entry === type || (entry.endsWith('/*') && type.startsWith(entry.slice(0, -1))),
  );
}

// Larger uploads than this are not worth sending to prove a limit.
const MAX_OVERSIZE_TEST_BYTES = 64 * 1024 * 1024;

/** `POST /v1/attachments` and downloads. @internal */
export const attachmentScenarios: readonly Scenario[] = [
  {
    id: 'attachments.upload',
    area: 'attachments',
    title: 'A PNG uploads as multipart and downloads as the same bytes, as an attachment with nosniff',
    requires: 'attachments',
    covers: ['POST /v1/attachments', 'GET /v1/attachments/{}', 'GET /v1/attachments/{}/content'],
    async run(ctx) {
      const types = ctx.config?.limits.attachmentTypes ?? ['image/png'];
      if (!accepts(types, 'image/png')) return ctx.skip('the widget does not accept image/png');
      const session = await ctx.session();
      const attachment = await uploadPng(ctx, session.token);
      const png = tinyPng();
      ctx.check(attachment.size === png.length, 'The stored size is not the uploaded size.', {
        expected: `${png.length}`,
        actual: `${attachment.size}`,
      });
      ctx.check(attachment.contentType === 'image/png', 'The PNG is not stored as image/png.', {
        actual: attachment.contentType,
      });
      const meta = await ctx.request('GET', `/v1/attachments/${attachment.id}`, { token: session.token });
      const again = ctx.expectJson(meta, 200, Attachment);
      ctx.check(
        again.id === attachment.id && again.url === attachment.url,
        'The metadata differs from the upload.',
      );

      const download = await ctx.request('GET', attachment.url, { token: session.token });
      ctx.expectStatus(download, 200);
      ctx.check(
        download.bytes.length === png.length && download.bytes.every((byte, index) => byte === png[index]),
        'The download is not the uploaded file.',
        {
          request: download.request,
          expected: `${png.length} bytes of PNG`,
          actual: `${download.bytes.length} bytes`,
        },
      );
      ctx.check(
        (download.headers.get('X-Content-Type-Options') ?? '').toLowerCase() === 'nosniff',
        'The download lacks X-Content-Type-Options: nosniff.',
        { request: download.request, actual: download.headers.get('X-Content-Type-Options') ?? '(missing)' },
      );
      ctx.check(
        /\bsandbox\b/.test(download.headers.get('Content-Security-Policy') ?? ''),
        'The download lacks a sandboxing Content-Security-Policy.',
        { request: download.request, actual: download.headers.get('Content-Security-Policy') ?? '(missing)' },
      );
      ctx.check(
        /\bno-store\b/.test(download.headers.get('Cache-Control') ?? ''),
        'The download may be stored by caches (Cache-Control lacks no-store).',
        { request: download.request, actual: download.headers.get('Cache-Control') ?? '(missing)' },
      );
      ctx.check(
        /^attachment\s*(;|$)/i.test(download.headers.get('Content-Disposition') ?? ''),
        'The download is not Content-Disposition: attachment.',
        { request: download.request, actual: download.headers.get('Content-Disposition') ?? '(missing)' },
      );
    },
  },
  {
    id: 'attachments.otherSession',
    area: 'attachments',
    title: "Another visitor's attachment is 404 attachment_not_found, like an unknown id",
    requires: 'attachments',
    covers: ['POST /v1/attachments', 'GET /v1/attachments/{}', 'GET /v1/attachments/{}/content'],
    async run(ctx) {
      const owner = await ctx.session();
      const attachment = await uploadPng(ctx, owner.token);
      const stranger = await ctx.session();
      const meta = await ctx.request('GET', `/v1/attachments/${attachment.id}`, { token: stranger.token });
      ctx.expectProblem(meta, 404, 'attachment_not_found');
      const content = await ctx.request('GET', attachment.url, { token: stranger.token });
      ctx.expectProblem(content, 404, 'attachment_not_found');
      const unknown = await ctx.request('GET', `/v1/attachments/att_${ctx.unique('missing')}`, {
        token: stranger.token,
      });
      ctx.expectProblem(unknown, 404, 'attachment_not_found');
      const anonymous = await ctx.request('GET', attachment.url);
      ctx.expectProblem(anonymous, 401, 'unauthorized');
    },
  },
  {
    id: 'attachments.oversize',
    area: 'attachments',
    title: 'A file one byte over limits.attachmentMaxBytes is 413 payload_too_large',
    requires: 'attachments',
    covers: ['POST /v1/attachments'],
    timeoutMs: 30_000,
    async run(ctx) {
      const max = ctx.config?.limits.attachmentMaxBytes;
      if (max === undefined) return ctx.fail('The widget config (with limits) could not be read.');
      if (max + 1 > MAX_OVERSIZE_TEST_BYTES)
        return ctx.skip(`attachmentMaxBytes (${max}) is too large to test`);
      const bytes = new Uint8Array(max + 1);
      bytes.set(tinyPng());
      const session = await ctx.session();
      const result = await ctx.request('POST', '/v1/attachments', {
        token: session.token,
        rawBody: fileForm(bytes, 'big.png', 'image/png'),
      });
      ctx.expectProblem(result, 413, 'payload_too_large');
    },
  },
  {
    id: 'attachments.refusedType',
    area: 'attachments',
    title: 'An HTML file, or a page declared as image/png, is 415 unsupported_media_type',
    requires: 'attachments',
    covers: ['POST /v1/attachments'],
    async run(ctx) {
      const session = await ctx.session();
      const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');
      const asHtml = await ctx.request('POST', '/v1/attachments', {
        token: session.token,
        rawBody: fileForm(html, 'page.html', 'text/html'),
      });
      ctx.expectProblem(asHtml, 415, 'unsupported_media_type');
      const disguised = await ctx.request('POST', '/v1/attachments', {
        token: session.token,
        rawBody: fileForm(html, 'pixel.png', 'image/png'),
      });
      ctx.expectProblem(disguised, 415, 'unsupported_media_type');
    },
  },
  {
    id: 'attachments.missingFile',
    area: 'attachments',
    title: 'A multipart body without a file part is 422 validation_failed; a JSON body is 415',
    requires: 'attachments',
    covers: ['POST /v1/attachments'],
    async run(ctx) {
      const session = await ctx.session();
      const form = new FormData();
      form.append('note', 'no file here');
      const noFile = await ctx.request('POST', '/v1/attachments', { token: session.token, rawBody: form });
      ctx.expectProblem(noFile, 422, 'validation_failed');
      const json = await ctx.request('POST', '/v1/attachments', {
        token: session.token,
        body: { file: 'x' },
      });
      ctx.expectProblem(json, 415, 'unsupported_media_type');
    },
  },
  {
    id: 'attachments.agentDownload',
    area: 'attachments',
    title: 'The team downloads a file a visitor sent, as an attachment with nosniff',
    requires: 'agent',
    covers: ['GET /v1/agent/attachments/{}/content'],
    async run(ctx) {
      if (ctx.config?.capabilities.attachments === false) return ctx.skip('capability attachments is off');
      const session = await ctx.session();
      const attachment = await uploadPng(ctx, session.token);
      const download = await ctx.agent.request('GET', `/v1/agent/attachments/${attachment.id}/content`);
      ctx.expectStatus(download, 200);
      ctx.check(download.bytes.length === attachment.size, 'The team download is not the uploaded file.', {
        request: download.request,
        expected: `${attachment.size} bytes`,
        actual: `${download.bytes.length} bytes`,
      });
      ctx.check(
        (download.headers.get('X-Content-Type-Options') ?? '').toLowerCase() === 'nosniff' &&
          /^attachment\b/i.test(download.headers.get('Content-Disposition') ?? ''),
        'The team download lacks nosniff or Content-Disposition: attachment.',
        { request: download.request },
      );
      ctx.expectProblem(
        await ctx.request('GET', `/v1/agent/attachments/${attachment.id}/content`, { token: session.token }),
        401,
        'unauthorized',
      );
    },
  },
];
