import { Attachment, Message } from '@parley/contract';
import type { HttpResult } from '../http/HttpResult';
import type { Scenario } from '../runner/Scenario';
import type { ScenarioContext } from '../runner/ScenarioContext';
import { startConversation } from './support/conversations';
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

/** Whether a download holds exactly the tiny PNG. */
function isTinyPng(result: HttpResult): boolean {
  const png = tinyPng();
  return result.bytes.length === png.length && result.bytes.every((byte, index) => byte === png[index]);
}

/** The parts of a signed link in the contract's own form, or `undefined` for another form. */
function signedLinkOf(
  attachment: Attachment,
): { path: string; expires: string; signature: string } | undefined {
  const path = `/v1/attachments/${attachment.id}/content`;
  if (!attachment.url.startsWith(`${path}?`)) return undefined;
  const query = new URLSearchParams(attachment.url.slice(path.length + 1));
  const expires = query.get('expires');
  const signature = query.get('signature');
  return expires === null || signature === null ? undefined : { path, expires, signature };
}

/**
 * The signature with its first character replaced, so it is still well-formed but wrong. Not the last: in
 * base64 its low bits may be padding, which a lenient decoder ignores.
 */
function tampered(signature: string): string {
  return `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
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
      // Not the url: a backend may sign a fresh link for every answer.
      ctx.check(
        again.id === attachment.id && again.size === attachment.size && again.name === attachment.name,
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
      // A token is judged alone: beside the owner's valid signed link, the stranger's token reads nothing.
      const content = await ctx.request('GET', attachment.url, { token: stranger.token });
      ctx.expectProblem(content, 404, 'attachment_not_found');
      const unknown = await ctx.request('GET', `/v1/attachments/att_${ctx.unique('missing')}`, {
        token: stranger.token,
      });
      ctx.expectProblem(unknown, 404, 'attachment_not_found');
      // Neither a token nor a signed link.
      const anonymous = await ctx.request('GET', `/v1/attachments/${attachment.id}/content`);
      ctx.expectProblem(anonymous, 401, 'unauthorized');
    },
  },
  {
    id: 'attachments.signedLink',
    area: 'attachments',
    title:
      'Attachment.url, from the upload, the metadata and a message, downloads without a bearer token, ' +
      'with the safe headers',
    requires: ['attachments', 'conversations'],
    covers: [
      'POST /v1/attachments',
      'GET /v1/attachments/{}',
      'GET /v1/attachments/{}/content',
      'POST /v1/conversations/{}/messages',
    ],
    async run(ctx) {
      const types = ctx.config?.limits.attachmentTypes ?? ['image/png'];
      if (!accepts(types, 'image/png')) return ctx.skip('the widget does not accept image/png');
      const session = await ctx.session();
      const attachment = await uploadPng(ctx, session.token);
      const meta = await ctx.request('GET', `/v1/attachments/${attachment.id}`, { token: session.token });
      const again = ctx.expectJson(meta, 200, Attachment);
      const { conversation } = await startConversation(ctx, session.token);
      const sent = await ctx.request('POST', `/v1/conversations/${conversation.id}/messages`, {
        token: session.token,
        body: { clientMessageId: ctx.unique('cm'), text: 'A picture', attachmentIds: [attachment.id] },
      });
      const inMessage = ctx.expectJson(sent, 201, Message).attachments[0];
      if (inMessage === undefined) return ctx.fail('The message does not carry the attachment.');

      for (const [where, url] of [
        ['upload', attachment.url],
        ['metadata', again.url],
        ['message', inMessage.url],
      ] as const) {
        if (/^https?:\/\//i.test(url)) return ctx.skip(`the ${where} url is absolute (files kept elsewhere)`);
        ctx.check(
          url.startsWith('/') && !url.startsWith('//'),
          `The ${where} url is neither relative to the base URL nor absolute http(s).`,
          { actual: url },
        );
        // No Authorization header: what a browser sends for <a href> and <img src>.
        const download = await ctx.request('GET', url);
        ctx.expectStatus(download, 200);
        ctx.check(isTinyPng(download), `The ${where} url does not download the uploaded file.`, {
          request: download.request,
          expected: `${tinyPng().length} bytes of PNG`,
          actual: `${download.bytes.length} bytes`,
        });
        ctx.check(
          (download.headers.get('X-Content-Type-Options') ?? '').toLowerCase() === 'nosniff' &&
            /^attachment\s*(;|$)/i.test(download.headers.get('Content-Disposition') ?? '') &&
            /\bno-store\b/.test(download.headers.get('Cache-Control') ?? ''),
          `The ${where} url's download lacks nosniff, Content-Disposition: attachment or no-store.`,
          { request: download.request },
        );
      }
    },
  },
  {
    id: 'attachments.signedLinkRefused',
    area: 'attachments',
    title:
      'A signed link with a changed signature or expiry, or signed for another file, is 403 ' +
      'attachment_link_invalid; the bearer token still works',
    requires: 'attachments',
    covers: ['POST /v1/attachments', 'GET /v1/attachments/{}/content'],
    async run(ctx) {
      const session = await ctx.session();
      const attachment = await uploadPng(ctx, session.token);
      const other = await uploadPng(ctx, session.token, 'other.png');
      const link = signedLinkOf(attachment);
      const otherLink = signedLinkOf(other);
      if (link === undefined || otherLink === undefined) {
        return ctx.skip('the url is not the contract’s signed form (…/content?expires=…&signature=…)');
      }
      const query = (expires: string, signature: string) =>
        `${link.path}?expires=${encodeURIComponent(expires)}&signature=${encodeURIComponent(signature)}`;
      const refused: readonly (readonly [string, string])[] = [
        ['a changed signature', query(link.expires, tampered(link.signature))],
        ['a later expiry', query(String(Number(link.expires) + 3600), link.signature)],
        ['the other file’s signature', query(otherLink.expires, otherLink.signature)],
      ];
      for (const [what, path] of refused) {
        const result = await ctx.request('GET', path);
        ctx.check(
          result.status === 403,
          `A link with ${what} is not refused with 403 (it must not download without a valid signature).`,
          { request: result.request, expected: '403 attachment_link_invalid', actual: `${result.status}` },
        );
        ctx.expectProblem(result, 403, 'attachment_link_invalid');
      }
      const bearer = await ctx.request('GET', query(link.expires, tampered(link.signature)), {
        token: session.token,
      });
      ctx.expectStatus(bearer, 200);
      ctx.check(isTinyPng(bearer), 'The bearer download is not the uploaded file.', {
        request: bearer.request,
      });
      const untouched = await ctx.request('GET', attachment.url);
      ctx.expectStatus(untouched, 200);
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
