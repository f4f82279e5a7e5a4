import type { Attachment } from '@parley/contract';
import type { ChatwootAttachment } from './chatwootTypes';
import { toId } from './toId';

/**
 * A Parley attachment from a Chatwoot one. Chatwoot sends no file name or media type: the name is the last
 * segment of `data_url` (Active Storage keeps the file name there), the type is `file_type` (image, audio,
 * video) with the extension (`image/png`), else `application/octet-stream`. `url` is `data_url` when it is
 * an http(s) URL (Chatwoot's links work without a token), else empty.
 * @internal
 */
export function toAttachment(attachment: ChatwootAttachment, createdAt: string): Attachment {
  const url = attachment.data_url ?? '';
  let name = url.replace(/[?#].*/, '').replace(/.*\//, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    // A name with a stray `%` stays as it came.
  }
  const family = attachment.file_type;
  return {
    id: toId('att', attachment.id),
    name: name || 'file',
    contentType: /^(image|audio|video)$/.test(`${family}`)
      ? `${family}/${(attachment.extension || name.split('.').pop()!).toLowerCase()}`
      : 'application/octet-stream',
    size: Math.max(0, +(attachment.file_size ?? 0) | 0),
    url: /^https?:\/\//i.test(url) ? url : '',
    createdAt,
  };
}
