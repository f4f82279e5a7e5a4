import { createHmac } from 'node:crypto';
import { Attachment, Problem } from '@parley/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEngine, expectContract, storeKinds, type TestEngine } from '../testing/createTestEngine';
import { fileForm, sampleFiles, uploadFile } from './attachmentFixtures';

async function expectProblem(response: Response, status: number, code: string): Promise<Problem> {
  const body = (await response.json()) as Problem;
  expect({ status: response.status, code: body.code }).toEqual({ status, code });
  expectContract(Problem, body);
  return body;
}

describe.each(storeKinds)('attachments on %s storage', (kind) => {
  let engine: TestEngine;
  afterEach(() => engine.close());

  async function uploaded(token: string, bytes: Uint8Array<ArrayBuffer>, type: string, name?: string) {
    const response = await uploadFile(engine, token, bytes, type, name);
    expect(response.status).toBe(201);
    const attachment = (await response.json()) as Attachment;
    expectContract(Attachment, attachment);
    return attachment;
  }

  describe('round trip', () => {
    it.each([
      ['a PNG image', sampleFiles.png, 'image/png', 'photo.png', 'image/png'],
      ['a PDF', sampleFiles.pdf, 'application/pdf', 'receipt.pdf', 'application/pdf'],
      ['a text file', sampleFiles.text, 'text/plain', 'notes.txt', 'text/plain; charset=utf-8'],
    ])('stores %s and gives the same bytes back to its owner', async (_name, bytes, type, name, served) => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const response = await uploadFile(engine, session.token, bytes, type, name);
      const attachment = (await response.json()) as Attachment;
      expect(response.status).toBe(201);
      expectContract(Attachment, attachment);
      expect(attachment).toEqual({
        id: expect.stringMatching(/^att_/),
        name,
        contentType: type,
        size: bytes.byteLength,
        // 15 minutes from 10:00:00, already on a 5-minute mark.
        url: expect.stringMatching(
          new RegExp(
            `^/v1/attachments/${attachment.id}/content\\?expires=${Date.parse('2026-11-02T10:15:00Z') / 1000}` +
              '&signature=[A-Za-z0-9_-]{43}$',
          ),
        ),
        createdAt: new Date(engine.clock.now()).toISOString(),
      });
      expect(response.headers.get('Location')).toBe(`/v1/attachments/${attachment.id}`);

      const download = await engine.request('GET', attachment.url, { token: session.token });
      expect(download.status).toBe(200);
      expect(download.headers.get('Content-Type')).toBe(served);
      expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);

      const metadata = await engine.request('GET', `/v1/attachments/${attachment.id}`, {
        token: session.token,
      });
      expect(metadata.status).toBe(200);
      expect(await metadata.json()).toEqual(attachment);
    });

    it.each([
      ['JPEG', sampleFiles.jpeg, 'image/jpeg'],
      ['GIF', sampleFiles.gif, 'image/gif'],
      ['WebP', sampleFiles.webp, 'image/webp'],
    ])('accepts a %s image', async (_name, bytes, type) => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      expect((await uploaded(session.token, bytes, type)).contentType).toBe(type);
    });

    it('names the type from the content when the client sends application/octet-stream or no type', async () => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      expect((await uploaded(session.token, sampleFiles.png, 'application/octet-stream')).contentType).toBe(
        'image/png',
      );
      expect((await uploaded(session.token, sampleFiles.pdf, '')).contentType).toBe('application/pdf');
      expect((await uploaded(session.token, sampleFiles.text, '')).contentType).toBe('text/plain');
      expect((await uploaded(session.token, sampleFiles.jpeg, 'IMAGE/JPG')).contentType).toBe('image/jpeg');
    });

    it('keeps the metadata other domains check ownership with', async () => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const attachment = await uploaded(session.token, sampleFiles.png, 'image/png', 'photo.png');
      expect(await engine.store.attachments.getAttachment(attachment.id)).toEqual({
        id: attachment.id,
        widgetKey: 'wk_demo',
        contactId: session.contact.id,
        name: 'photo.png',
        contentType: 'image/png',
        size: sampleFiles.png.byteLength,
        createdAt: engine.clock.now(),
      });
    });
  });

  describe('download headers', () => {
    it('make browsers save the file instead of running it, and keep it out of shared caches', async () => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const attachment = await uploaded(session.token, sampleFiles.text, 'text/plain', 'résumé "final".txt');
      const download = await engine.request('GET', attachment.url, { token: session.token });
      expect(Object.fromEntries(download.headers)).toMatchObject({
        'content-type': 'text/plain; charset=utf-8',
        'content-length': String(sampleFiles.text.byteLength),
        'content-disposition':
          `attachment; filename="r_sum_ _final_.txt"; ` +
          `filename*=UTF-8''r%C3%A9sum%C3%A9%20%22final%22.txt`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'cache-control': 'private, no-store',
      });
    });

    it('answer HEAD with the headers and no body', async () => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const attachment = await uploaded(session.token, sampleFiles.png, 'image/png');
      const head = await engine.request('HEAD', attachment.url, { token: session.token });
      expect(head.status).toBe(200);
      expect(head.headers.get('Content-Type')).toBe('image/png');
      expect(await head.text()).toBe('');
    });
  });

  describe('who may read', () => {
    it("answers another contact's session exactly as for an unknown id", async () => {
      engine = await createTestEngine(kind);
      const owner = await engine.startSession();
      const stranger = await engine.startSession();
      const attachment = await uploaded(owner.token, sampleFiles.pdf, 'application/pdf');
      const unknown = await engine.request('GET', '/v1/attachments/att_doesNotExist00/content', {
        token: stranger.token,
      });
      const unknownBody = await expectProblem(unknown, 404, 'attachment_not_found');
      for (const path of [attachment.url, `/v1/attachments/${attachment.id}`]) {
        const response = await engine.request('GET', path, { token: stranger.token });
        expect(await expectProblem(response, 404, 'attachment_not_found')).toEqual(unknownBody);
      }
    });

    it('answers an id that is not an attachment id with the same 404', async () => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      for (const id of ['..%2F..%2Fparley.sqlite', 'cnv_abc', '.att_x']) {
        const response = await engine.request('GET', `/v1/attachments/${id}/content`, {
          token: session.token,
        });
        await expectProblem(response, 404, 'attachment_not_found');
      }
    });

    it('lets the same contact read its file from a resumed session', async () => {
      engine = await createTestEngine(kind);
      const first = await engine.startSession();
      const attachment = await uploaded(first.token, sampleFiles.png, 'image/png');
      const resumed = await engine.request('POST', '/v1/session', {
        body: { widgetKey: 'wk_demo', resumeToken: first.resumeToken },
      });
      const { token } = (await resumed.json()) as { token: string };
      expect((await engine.request('GET', attachment.url, { token })).status).toBe(200);
    });

    it('needs a session token for every operation', async () => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const attachment = await uploaded(session.token, sampleFiles.png, 'image/png');
      await expectProblem(
        await uploadFile(engine, undefined, sampleFiles.png, 'image/png'),
        401,
        'unauthorized',
      );
      const bare = `/v1/attachments/${attachment.id}/content`;
      await expectProblem(await engine.request('GET', bare), 401, 'unauthorized');
      await expectProblem(
        await engine.request('GET', `/v1/attachments/${attachment.id}`),
        401,
        'unauthorized',
      );
      // A token is judged alone: a wrong one is refused even beside a valid signed link.
      const wrong = await engine.request('GET', attachment.url, { token: `${session.token}x` });
      await expectProblem(wrong, 401, 'unauthorized');
    });
  });

  describe('signed download links', () => {
    const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());
    /** The link with one query parameter replaced. */
    const withParam = (url: string, name: string, value: string) => {
      const link = new URL(url, 'http://127.0.0.1');
      link.searchParams.set(name, value);
      return `${link.pathname}${link.search}`;
    };

    it('download the file without a bearer token, with the same safe headers', async () => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const attachment = await uploaded(session.token, sampleFiles.png, 'image/png', 'photo.png');
      const withToken = await engine.request('GET', attachment.url, { token: session.token });
      const withLink = await engine.request('GET', attachment.url);
      expect(withLink.status).toBe(200);
      expect(await bytesOf(withLink)).toEqual(sampleFiles.png);
      expect(Object.fromEntries(withLink.headers)).toEqual(Object.fromEntries(withToken.headers));
      expect(Object.fromEntries(withLink.headers)).toMatchObject({
        'content-type': 'image/png',
        'content-disposition': `attachment; filename="photo.png"; filename*=UTF-8''photo.png`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'cache-control': 'private, no-store',
      });
      const head = await engine.request('HEAD', attachment.url);
      expect({ status: head.status, body: await head.text() }).toEqual({ status: 200, body: '' });
    });

    it('work until their expiry and are refused from then on; the bearer token still works', async () => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const attachment = await uploaded(session.token, sampleFiles.pdf, 'application/pdf');
      engine.clock.advance(15 * 60 * 1000 - 1);
      expect((await engine.request('GET', attachment.url)).status).toBe(200);
      engine.clock.advance(1);
      const expired = await expectProblem(
        await engine.request('GET', attachment.url),
        403,
        'attachment_link_invalid',
      );
      expect(expired.detail).toContain('expired');
      const byToken = await engine.request('GET', attachment.url, { token: session.token });
      expect(await bytesOf(byToken)).toEqual(sampleFiles.pdf);

      // Fetching the attachment again gives a fresh link.
      const metadata = await engine.request('GET', `/v1/attachments/${attachment.id}`, {
        token: session.token,
      });
      const fresh = ((await metadata.json()) as Attachment).url;
      expect(fresh).not.toBe(attachment.url);
      expect(await bytesOf(await engine.request('GET', fresh))).toEqual(sampleFiles.pdf);
    });

    it('keep the same link within a 5-minute window, so previews are not downloaded again', async () => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const attachment = await uploaded(session.token, sampleFiles.png, 'image/png');
      const urlNow = async () => {
        const response = await engine.request('GET', `/v1/attachments/${attachment.id}`, {
          token: session.token,
        });
        return ((await response.json()) as Attachment).url;
      };
      engine.clock.advance(60_000); // 10:01, expires 10:20
      const first = await urlNow();
      engine.clock.advance(3 * 60_000); // 10:04, still 10:20
      expect(await urlNow()).toBe(first);
      engine.clock.advance(2 * 60_000); // 10:06, expires 10:25
      expect(await urlNow()).not.toBe(first);
    });

    it('refuse a changed signature or expiry, or a signature made for another file, alike', async () => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const attachment = await uploaded(session.token, sampleFiles.png, 'image/png');
      const other = await uploaded(session.token, sampleFiles.pdf, 'application/pdf');
      const link = new URL(attachment.url, 'http://127.0.0.1').searchParams;
      const signature = link.get('signature') ?? '';
      const expires = link.get('expires') ?? '';
      const otherLink = new URL(other.url, 'http://127.0.0.1').searchParams;
      const flipped = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
      const bare = `/v1/attachments/${attachment.id}/content`;
      const refused = [
        withParam(attachment.url, 'signature', flipped),
        withParam(attachment.url, 'signature', signature.slice(0, -1)),
        withParam(attachment.url, 'signature', ''),
        withParam(attachment.url, 'expires', String(Number(expires) + 300)),
        withParam(attachment.url, 'expires', `0${expires}`),
        withParam(attachment.url, 'expires', 'never'),
        `${bare}?expires=${expires}`,
        `${bare}?signature=${signature}`,
        // The other file's valid query on this file's path.
        `${bare}?expires=${otherLink.get('expires')}&signature=${otherLink.get('signature')}`,
        // An id that does not exist answers the same, so ids cannot be probed with links.
        `/v1/attachments/att_doesNotExist00/content?expires=${expires}&signature=${signature}`,
        `/v1/attachments/..%2Fparley.sqlite/content?expires=${expires}&signature=${signature}`,
      ];
      const first = await expectProblem(
        await engine.request('GET', refused[0] ?? ''),
        403,
        'attachment_link_invalid',
      );
      for (const path of refused) {
        const response = await engine.request('GET', path);
        expect(await expectProblem(response, 403, 'attachment_link_invalid'), path).toEqual(first);
      }
      // The link itself is untouched by all this.
      expect((await engine.request('GET', attachment.url)).status).toBe(200);
    });

    it("never let a session token read another contact's file, link or not", async () => {
      engine = await createTestEngine(kind);
      const owner = await engine.startSession();
      const stranger = await engine.startSession();
      const attachment = await uploaded(owner.token, sampleFiles.png, 'image/png');
      await expectProblem(
        await engine.request('GET', attachment.url, { token: stranger.token }),
        404,
        'attachment_not_found',
      );
    });

    it('are HMAC-SHA256 of the id and expiry with the configured key; a valid link to no file is 404', async () => {
      const secret = 'k'.repeat(32);
      engine = await createTestEngine(kind, { settings: { attachmentLinkSecret: secret } });
      const session = await engine.startSession();
      const attachment = await uploaded(session.token, sampleFiles.png, 'image/png');
      const sign = (id: string, expires: string) =>
        createHmac('sha256', secret).update(`parley attachment link\n${id}\n${expires}`).digest('base64url');
      const expires = new URL(attachment.url, 'http://127.0.0.1').searchParams.get('expires') ?? '';
      expect(attachment.url).toBe(
        `/v1/attachments/${attachment.id}/content?expires=${expires}&signature=${sign(attachment.id, expires)}`,
      );
      const ghost = 'att_doesNotExist00';
      await expectProblem(
        await engine.request(
          'GET',
          `/v1/attachments/${ghost}/content?expires=${expires}&signature=${sign(ghost, expires)}`,
        ),
        404,
        'attachment_not_found',
      );
    });

    it('follow attachmentLinkTtlMs, and a key shorter than 32 characters is refused', async () => {
      engine = await createTestEngine(kind, { settings: { attachmentLinkTtlMs: 60 * 60 * 1000 } });
      const session = await engine.startSession();
      const attachment = await uploaded(session.token, sampleFiles.png, 'image/png');
      engine.clock.advance(60 * 60 * 1000 - 1);
      expect((await engine.request('GET', attachment.url)).status).toBe(200);
      engine.clock.advance(1);
      expect((await engine.request('GET', attachment.url)).status).toBe(403);
      await expect(createTestEngine(kind, { settings: { attachmentLinkSecret: 'short' } })).rejects.toThrow(
        /at least 32 characters/,
      );
    });
  });

  describe('size limit', () => {
    it('accepts a file of exactly attachmentMaxBytes and refuses one byte more with 413', async () => {
      engine = await createTestEngine(kind, { settings: { attachmentMaxBytes: 1000 } });
      const session = await engine.startSession();
      const text = (size: number) => new TextEncoder().encode('a'.repeat(size));
      expect((await uploaded(session.token, text(1000), 'text/plain')).size).toBe(1000);
      const response = await uploadFile(engine, session.token, text(1001), 'text/plain');
      const problem = await expectProblem(response, 413, 'payload_too_large');
      expect(problem.detail).toContain('1000 bytes');
    });

    it('refuses from Content-Length alone, without reading the body', async () => {
      engine = await createTestEngine(kind, { settings: { attachmentMaxBytes: 1000 } });
      const session = await engine.startSession();
      let pulled = false;
      // A high-water mark of 0: nothing is pulled until someone reads.
      const body = new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            pulled = true;
            controller.enqueue(new Uint8Array(64 * 1024));
          },
        },
        { highWaterMark: 0 },
      );
      const request = new Request('http://127.0.0.1/v1/attachments', {
        method: 'POST',
        body,
        duplex: 'half',
        headers: {
          Authorization: `Bearer ${session.token}`,
          'Content-Type': 'multipart/form-data; boundary=x',
          'Content-Length': String(1024 * 1024 * 1024),
        },
      } as RequestInit);
      await expectProblem(await engine.app.fetch(request), 413, 'payload_too_large');
      expect(pulled).toBe(false);
    });

    it('stops reading a body without Content-Length once it passes the limit', async () => {
      engine = await createTestEngine(kind, { settings: { attachmentMaxBytes: 1000 } });
      const session = await engine.startSession();
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += 8 * 1024;
          controller.enqueue(new Uint8Array(8 * 1024).fill(0x61));
        },
      });
      const request = new Request('http://127.0.0.1/v1/attachments', {
        method: 'POST',
        body,
        duplex: 'half',
        headers: {
          Authorization: `Bearer ${session.token}`,
          'Content-Type': 'multipart/form-data; boundary=x',
        },
      } as RequestInit);
      await expectProblem(await engine.app.fetch(request), 413, 'payload_too_large');
      expect(sent).toBeLessThan(64 * 1024);
    });
  });

  describe('media types', () => {
    it.each([
      ['a ZIP archive', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'application/zip'],
      ['an HTML page', sampleFiles.html, 'text/html'],
      [
        'an SVG image',
        new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
        'image/svg+xml',
      ],
      ['bytes of no known type', new Uint8Array([0x00, 0x01, 0x02, 0xfe]), 'application/octet-stream'],
    ])('refuses %s with 415', async (_name, bytes, type) => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      await expectProblem(
        await uploadFile(engine, session.token, bytes, type),
        415,
        'unsupported_media_type',
      );
    });

    it('follows attachmentTypes, with type/* wildcards, but never lets active content in', async () => {
      engine = await createTestEngine(kind, { settings: { attachmentTypes: ['image/*'] } });
      const session = await engine.startSession();
      expect((await uploaded(session.token, sampleFiles.gif, 'image/gif')).contentType).toBe('image/gif');
      const pdf = await uploadFile(engine, session.token, sampleFiles.pdf, 'application/pdf');
      await expectProblem(pdf, 415, 'unsupported_media_type');
      const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
      const refused = await uploadFile(engine, session.token, svg, 'image/svg+xml');
      await expectProblem(refused, 415, 'unsupported_media_type');
    });

    it.each([
      ['an HTML page sent as image/png', sampleFiles.html, 'image/png'],
      ['a PNG sent as application/pdf', sampleFiles.png, 'application/pdf'],
      ['a PDF sent as image/jpeg', sampleFiles.pdf, 'image/jpeg'],
      ['a GIF sent as image/webp', sampleFiles.gif, 'image/webp'],
      ['a PNG sent as text/plain', sampleFiles.png, 'text/plain'],
      ['text with a NUL byte sent as text/plain', new TextEncoder().encode('a\u0000b'), 'text/plain'],
      ['Latin-1 (not UTF-8) text sent as text/plain', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'text/plain'],
    ])('refuses %s: the content must match the declared type', async (_name, bytes, type) => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const response = await uploadFile(engine, session.token, bytes, type);
      const problem = await expectProblem(response, 415, 'unsupported_media_type');
      expect(problem.detail).toContain(type);
    });
  });

  describe('file names', () => {
    it.each([
      ['../../etc/passwd', 'passwd'],
      ['C:\\Users\\ada\\Desktop\\notes.txt', 'notes.txt'],
      ['invoice\u202Etxt.exe', 'invoicetxt.exe'],
      ['\u2067bad\u2069 name\u0000\u001b[31m.txt', 'bad name[31m.txt'],
      ['..', 'file'],
      ['   ', 'file'],
      [`${'long '.repeat(60)}.txt`, `${'long '.repeat(60).slice(0, 196)}.txt`],
      ['注文書 #1042.txt', '注文書 #1042.txt'],
    ])('stores %j as %j', async (sent, stored) => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const attachment = await uploaded(session.token, sampleFiles.text, 'text/plain', sent);
      expect(attachment.name).toBe(stored);
      const download = await engine.request('GET', attachment.url, { token: session.token });
      const disposition = download.headers.get('Content-Disposition') ?? '';
      expect(disposition).not.toMatch(/[/\\\p{Cc}\p{Bidi_Control}]|\.\./u);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(stored);
    });
  });

  describe('malformed uploads', () => {
    it('answers a body that is not multipart with 415', async () => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const json = await engine.request('POST', '/v1/attachments', {
        token: session.token,
        body: { file: 'aGVsbG8=' },
      });
      await expectProblem(json, 415, 'unsupported_media_type');
      const raw = await engine.request('POST', '/v1/attachments', {
        token: session.token,
        rawBody: sampleFiles.png,
        headers: { 'Content-Type': 'image/png' },
      });
      await expectProblem(raw, 415, 'unsupported_media_type');
    });

    it('answers a multipart body that does not parse with 400 invalid_multipart', async () => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const response = await engine.request('POST', '/v1/attachments', {
        token: session.token,
        rawBody: 'this is not multipart',
        headers: { 'Content-Type': 'multipart/form-data; boundary=abc' },
      });
      await expectProblem(response, 400, 'invalid_multipart');
    });

    function form(fill: (form: FormData) => void): FormData {
      const data = new FormData();
      fill(data);
      return data;
    }

    it.each([
      ['no parts at all', form(() => {}), '/file'],
      ['the file under another name', form((f) => f.append('upload', new Blob(['hi']), 'a.txt')), '/upload'],
      ['a text field instead of a file', form((f) => f.append('file', 'hello')), '/file'],
      [
        'two files',
        form((f) => {
          f.append('file', new Blob(['a'], { type: 'text/plain' }), 'a.txt');
          f.append('file', new Blob(['b'], { type: 'text/plain' }), 'b.txt');
        }),
        '/file',
      ],
      ['an empty file', fileForm(new Uint8Array(0), 'text/plain', 'empty.txt'), '/file'],
    ])('answers %s with 422 validation_failed', async (_name, rawBody, pointer) => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const response = await engine.request('POST', '/v1/attachments', { token: session.token, rawBody });
      const problem = await expectProblem(response, 422, 'validation_failed');
      expect(problem.errors?.[0]?.pointer).toBe(pointer);
    });

    it('answers other methods with 405 and Allow', async () => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const attachment = await uploaded(session.token, sampleFiles.png, 'image/png');
      for (const [method, path, allow] of [
        ['GET', '/v1/attachments', 'POST'],
        ['DELETE', `/v1/attachments/${attachment.id}`, 'GET, HEAD'],
        ['PUT', attachment.url, 'GET, HEAD'],
      ] as const) {
        const response = await engine.request(method, path, { token: session.token });
        await expectProblem(response, 405, 'method_not_allowed');
        expect(response.headers.get('Allow')).toBe(allow);
      }
    });
  });

  describe('Idempotency-Key', () => {
    it('replays the first upload for a retry, even with a new multipart boundary', async () => {
      engine = await createTestEngine(kind);
      const session = await engine.startSession();
      const headers = { 'Idempotency-Key': 'upload-1' };
      const first = await uploadFile(engine, session.token, sampleFiles.png, 'image/png', 'a.png', headers);
      const retry = await uploadFile(engine, session.token, sampleFiles.png, 'image/png', 'a.png', headers);
      expect(retry.status).toBe(201);
      expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
      expect(await retry.json()).toEqual(await first.json());
      const other = await uploadFile(
        engine,
        session.token,
        sampleFiles.pdf,
        'application/pdf',
        'a.pdf',
        headers,
      );
      await expectProblem(other, 422, 'idempotency_key_reused');
    });
  });
});
