import type { BackendCall, UploadFile } from '../backend/Backend';
import { offered } from '../backend/offered';
import type { ClientRuntime } from '../client/ClientRuntime';

/** A file to attach: a `File` from an `<input type="file">` or a drop, or a blob with a name. */
export type AttachmentFile = File | UploadFile;

/**
 * Uploads the files of one user action and returns their attachment ids, in order. Each upload is retried
 * under its own key derived from the action's key (`<key>.<index>`), so a retried action never stores a
 * file twice.
 * @internal
 */
export function uploadFiles(
  runtime: ClientRuntime,
  files: readonly AttachmentFile[],
  { idempotencyKey, signal, ...call }: BackendCall,
): Promise<string[]> {
  return Promise.all(
    files.map((file, index) =>
      runtime
        .retry(
          (attempt) =>
            offered(runtime.backend, 'uploadAttachment')(
              'blob' in file ? file : { blob: file, name: file.name || 'file' },
              { ...call, idempotencyKey: `${idempotencyKey}.${index}`, signal: attempt },
            ),
          { signal },
        )
        .then((attachment) => attachment.id),
    ),
  );
}
