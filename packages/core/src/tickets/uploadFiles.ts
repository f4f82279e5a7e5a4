import type { UploadFile } from '../backend/Backend';
import type { ClientRuntime } from '../client/ClientRuntime';
import { ParleyError } from '../errors/ParleyError';

/** A file to attach: a `File` from an `<input type="file">` or a drop, or a blob with a name. */
export type AttachmentFile = File | UploadFile;

/**
 * Uploads the files of one user action and returns their attachment ids, in order. Each upload is retried
 * with its own key derived from the action's key (`<key>.<index>`), so a retried action never stores a
 * file twice.
 * @internal
 */
export async function uploadFiles(
  runtime: Pick<ClientRuntime, 'backend' | 'retry'>,
  files: readonly AttachmentFile[] | undefined,
  call: { token: string; idempotencyKey: string; signal?: AbortSignal | undefined },
): Promise<string[]> {
  if (!files || files.length === 0) return [];
  const { backend } = runtime;
  const upload = backend.uploadAttachment;
  if (!upload) throw new ParleyError('invalid_request', 'Attachments are not offered by this backend.');
  return Promise.all(
    files.map(async (file, index) => {
      const named: UploadFile = 'blob' in file ? file : { blob: file, name: file.name || 'file' };
      const attachment = await runtime.retry(
        (signal) =>
          upload.call(backend, named, {
            token: call.token,
            idempotencyKey: `${call.idempotencyKey}.${index}`,
            signal,
          }),
        { signal: call.signal },
      );
      return attachment.id;
    }),
  );
}
