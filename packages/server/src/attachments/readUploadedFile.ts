import { problem } from '../http/problem';
import { validationFailed } from '../http/validationFailed';

/**
 * Room for what a multipart body holds besides the file: boundaries and part headers (a long file name
 * included). A body larger than the file limit plus this cannot hold an acceptable file.
 * @internal
 */
export const MULTIPART_OVERHEAD_BYTES = 16 * 1024;

/** The one file of an upload, or the problem answer to send instead. @internal */
export type UploadResult =
  | { ok: true; file: File; bytes: Uint8Array<ArrayBuffer> }
  | { ok: false; response: Response };

function tooLarge(maxBytes: number): UploadResult {
  return {
    ok: false,
    response: problem({
      status: 413,
      code: 'payload_too_large',
      title: 'Payload too large',
      detail: `The file must be at most ${maxBytes} bytes.`,
    }),
  };
}

function invalidFile(detail: string, pointer = '/file'): UploadResult {
  return {
    ok: false,
    response: validationFailed(
      [{ pointer, detail }],
      'The upload must be exactly one non-empty file in a part named `file`.',
    ),
  };
}

/** Reads the whole body, but stops (and says so) as soon as it passes `limit` bytes. */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads the `multipart/form-data` body of an upload: exactly one file in a part named `file`, of 1 to
 * `maxBytes` bytes. Answers 415 `unsupported_media_type` for another body type, 413 `payload_too_large`
 * as soon as the declared `Content-Length` or the bytes received pass the limit (so an oversize upload is
 * not read whole), 400 `invalid_multipart` when the body does not parse, and 422 `validation_failed` for
 * a missing, repeated, empty or non-file `file` part, or any other field.
 * Uses only web APIs (`Response.formData`), so it runs in Node and in browsers.
 * @internal
 */
export async function readUploadedFile(request: Request, maxBytes: number): Promise<UploadResult> {
  const contentType = request.headers.get('Content-Type') ?? '';
  if (!/^multipart\/form-data\s*(;|$)/i.test(contentType)) {
    return {
      ok: false,
      response: problem({
        status: 415,
        code: 'unsupported_media_type',
        title: 'Unsupported media type',
        detail: 'Send the file as multipart/form-data, in a part named `file`.',
      }),
    };
  }
  const limit = maxBytes + MULTIPART_OVERHEAD_BYTES;
  if (Number(request.headers.get('Content-Length') ?? '0') > limit) return tooLarge(maxBytes);
  const body = await readAtMost(request, limit);
  if (body === undefined) return tooLarge(maxBytes);
  let form: FormData;
  try {
    form = await new Response(body, {
      headers: { 'Content-Type': contentType },
    }).formData();
  } catch {
    return {
      ok: false,
      response: problem({
        status: 400,
        code: 'invalid_multipart',
        title: 'Invalid multipart body',
        detail: 'The body is not valid multipart/form-data (check the boundary).',
      }),
    };
  }
  for (const name of new Set(form.keys())) {
    if (name !== 'file')
      return invalidFile(
        `Unknown field "${name}"; send only \`file\`.`,
        `/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`,
      );
  }
  const parts = form.getAll('file');
  const [file] = parts;
  if (file === undefined) return invalidFile('A part named `file` is required.');
  if (parts.length > 1) return invalidFile('Send one file per upload.');
  if (typeof file === 'string') return invalidFile('`file` must be a file part, with a filename.');
  if (file.size > maxBytes) return tooLarge(maxBytes);
  if (file.size === 0) return invalidFile('The file is empty.');
  return { ok: true, file, bytes: new Uint8Array(await file.arrayBuffer()) };
}
