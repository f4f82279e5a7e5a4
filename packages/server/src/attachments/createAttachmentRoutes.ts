import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';
import { methodNotAllowed } from '../http/methodNotAllowed';
import { problem } from '../http/problem';
import { withIdempotency } from '../idempotency/withIdempotency';
import { newId } from '../security/newId';
import { sha256Hex } from '../security/sha256Hex';
import { requireSession } from '../sessions/requireSession';
import type { AttachmentRecord } from './AttachmentRecord';
import { attachmentBody } from './attachmentBody';
import { attachmentDownload } from './attachmentDownload';
import { ATTACHMENT_ID_PATTERN } from './checkAttachmentRecord';
import { cleanFileName } from './cleanFileName';
import { readUploadedFile } from './readUploadedFile';
import { verifyMediaType } from './verifyMediaType';

/** @internal */
export function attachmentNotFound(): Response {
  // The same answer for an unknown id and for another contact's file, so ids cannot be probed.
  return problem({
    status: 404,
    code: 'attachment_not_found',
    title: 'Attachment not found',
    detail: 'No attachment with this id belongs to this session.',
  });
}

/** The answer to a signed link that is not (or no longer) valid. */
function attachmentLinkInvalid(check: 'expired' | 'invalid'): Response {
  // The same code whether or not the id exists: the signature is checked before the id is looked up.
  return problem({
    status: 403,
    code: 'attachment_link_invalid',
    title: 'Download link not valid',
    detail:
      check === 'expired'
        ? 'This download link has expired. Fetch the message, ticket comment or attachment again for a new one.'
        : 'This download link is not one the server made for this file. Use the url the server returned.',
  });
}

/**
 * File uploads and downloads, mounted under `/v1` by {@link createApp}: `POST /attachments` (multipart),
 * `GET /attachments/{id}` (metadata) and `GET /attachments/{id}/content` (the bytes, with headers that
 * keep browsers from running them). Only the uploading contact's sessions can read a file, or anyone
 * with the short-lived signed link the server gives as `url` (see {@link createAttachmentLinks}).
 * @internal
 */
export function createAttachmentRoutes(engine: Engine): Hono<EngineEnv> {
  const routes = new Hono<EngineEnv>();

  /** The attachment named in the path, when it belongs to the session's contact. */
  const findOwned = async (c: Context<EngineEnv>): Promise<AttachmentRecord | undefined> => {
    const id = c.req.param('attachmentId') ?? '';
    if (!ATTACHMENT_ID_PATTERN.test(id)) return undefined;
    const record = await engine.store.attachments.getAttachment(id);
    const contact = c.get('contact');
    if (record === undefined || record.contactId !== contact.id || record.widgetKey !== contact.widgetKey) {
      return undefined;
    }
    return record;
  };

  routes.post('/attachments', requireSession(engine), async (c) => {
    const upload = await readUploadedFile(c.req.raw, engine.settings.attachmentMaxBytes);
    if (!upload.ok) return upload.response;
    const { file, bytes } = upload;
    const type = verifyMediaType(file.type, bytes, engine.settings.attachmentTypes);
    if (!type.ok) {
      return problem({
        status: 415,
        code: 'unsupported_media_type',
        title: 'Unsupported media type',
        detail: type.detail,
      });
    }
    const name = cleanFileName(file.name);
    const contact = c.get('contact');
    // A retry re-encodes the form with a new boundary, so the fingerprint is the file, not the raw body.
    const fingerprint = `${name}\n${type.contentType}\n${await sha256Hex(bytes)}`;
    return withIdempotency(
      engine,
      { scope: contact.id, request: c.req.raw, bodyText: fingerprint },
      async () => {
        const record: AttachmentRecord = {
          id: newId('att'),
          widgetKey: contact.widgetKey,
          contactId: contact.id,
          name,
          contentType: type.contentType,
          size: bytes.byteLength,
          createdAt: engine.now(),
        };
        await engine.store.attachments.saveAttachment(record, bytes);
        return c.json(await attachmentBody(engine, record), 201, {
          Location: `/v1/attachments/${record.id}`,
        });
      },
    );
  });
  routes.all('/attachments', methodNotAllowed(['POST']));

  routes.get('/attachments/:attachmentId', requireSession(engine), async (c) => {
    const record = await findOwned(c);
    if (record === undefined) return attachmentNotFound();
    return c.json(await attachmentBody(engine, record), 200, { 'Cache-Control': 'private, no-store' });
  });
  routes.all('/attachments/:attachmentId', methodNotAllowed(['GET', 'HEAD']));

  // A browser opening `url` (a link, an image) sends no Authorization header: the signature decides.
  // A request with a header is judged by its token alone, as before signed links existed.
  routes.get(
    '/attachments/:attachmentId/content',
    async (c, next) => {
      const expires = c.req.query('expires');
      const signature = c.req.query('signature');
      if (c.req.header('Authorization') !== undefined || (expires === undefined && signature === undefined)) {
        return next();
      }
      const id = c.req.param('attachmentId');
      const check = await engine.attachmentLinks.check(id, expires, signature);
      if (check !== 'valid') return attachmentLinkInvalid(check);
      const record = await engine.store.attachments.getAttachment(id);
      const bytes = record === undefined ? undefined : await engine.store.attachments.readContent(record.id);
      if (record === undefined || bytes === undefined) return attachmentNotFound();
      return attachmentDownload(record, bytes);
    },
    requireSession(engine),
    async (c) => {
      const record = await findOwned(c);
      const bytes = record === undefined ? undefined : await engine.store.attachments.readContent(record.id);
      if (record === undefined || bytes === undefined) return attachmentNotFound();
      return attachmentDownload(record, bytes);
    },
  );
  routes.all('/attachments/:attachmentId/content', methodNotAllowed(['GET', 'HEAD']));

  return routes;
}
