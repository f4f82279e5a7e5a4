import { Hono } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';
import { attachmentDownload } from '../attachments/attachmentDownload';
import { ATTACHMENT_ID_PATTERN } from '../attachments/checkAttachmentRecord';
import { attachmentNotFound } from '../attachments/createAttachmentRoutes';
import { methodNotAllowed } from '../http/methodNotAllowed';

/**
 * `GET /agent/attachments/{id}/content`: the team opens the files customers sent with messages and
 * tickets, with the same safe download headers as the visitor route. Mounted under `/v1/agent`.
 * @internal
 */
export function createAgentAttachmentRoutes(engine: Engine): Hono<EngineEnv> {
  const routes = new Hono<EngineEnv>();
  routes.get('/attachments/:attachmentId/content', async (c) => {
    const id = c.req.param('attachmentId');
    const record = ATTACHMENT_ID_PATTERN.test(id)
      ? await engine.store.attachments.getAttachment(id)
      : undefined;
    const bytes = record === undefined ? undefined : await engine.store.attachments.readContent(record.id);
    if (record === undefined || bytes === undefined) return attachmentNotFound();
    return attachmentDownload(record, bytes);
  });
  routes.all('/attachments/:attachmentId/content', methodNotAllowed(['GET', 'HEAD']));
  return routes;
}
