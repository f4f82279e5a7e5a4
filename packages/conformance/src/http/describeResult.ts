import type { HttpResult } from './HttpResult';

function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/**
 * A one-line summary of a response for the report: its status, and the problem `code` and `detail` when
 * it is a problem, or the start of its body otherwise.
 * @internal
 */
export function describeResult(result: HttpResult): string {
  const body = result.json;
  if (body !== null && typeof body === 'object' && 'code' in body) {
    const { code, detail } = body as { code?: unknown; detail?: unknown };
    const detailText = typeof detail === 'string' ? ` (${clip(detail, 120)})` : '';
    return `status ${result.status}, code ${String(code)}${detailText}`;
  }
  if (result.text === '') return `status ${result.status}, empty body`;
  const type = result.contentType === '' ? 'no content type' : result.contentType;
  return `status ${result.status}, ${type}: ${clip(result.text, 120)}`;
}
