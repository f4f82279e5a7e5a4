import type { TestEngine } from '../testing/createTestEngine';

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
}

function ascii(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

/** Small but real files of each type the server recognises, for tests. @internal */
export const sampleFiles = {
  /** A 1×1 PNG. */
  png: fromBase64(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  jpeg: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]),
  gif: ascii(
    'GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;',
  ),
  webp: ascii(
    'RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00\x2f\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00',
  ),
  pdf: ascii('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  text: new TextEncoder().encode('Order #1042 — naïve café ☕\nSecond line.\n'),
  html: new TextEncoder().encode('<!doctype html><script>alert(document.domain)</script>'),
} as const;

/** A `multipart/form-data` body with one `file` part, as a browser's `FormData` sends it. @internal */
export function fileForm(bytes: Uint8Array<ArrayBuffer>, type: string, name = 'upload.bin'): FormData {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  return form;
}

/** `POST /v1/attachments` with one file. @internal */
export function uploadFile(
  engine: TestEngine,
  token: string | undefined,
  bytes: Uint8Array<ArrayBuffer>,
  type: string,
  name?: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return engine.request('POST', '/v1/attachments', {
    rawBody: fileForm(bytes, type, name),
    ...(token === undefined ? {} : { token }),
    headers,
  });
}
