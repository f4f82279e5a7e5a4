// A 1×1 transparent PNG: the smallest file every backend should accept as an image.
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** The bytes of a 1×1 PNG. @internal */
export function tinyPng(): Uint8Array {
  return Uint8Array.from(atob(PNG_BASE64), (char) => char.charCodeAt(0));
}

/** A `multipart/form-data` body with one `file` part. @internal */
export function fileForm(bytes: Uint8Array, name: string, type: string): FormData {
  const form = new FormData();
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name);
  return form;
}
