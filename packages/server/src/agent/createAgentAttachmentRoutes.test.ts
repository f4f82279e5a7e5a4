import type { Attachment } from '@parley/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleFiles, uploadFile } from '../attachments/attachmentFixtures';
import { createTestEngine, storeKinds, type TestEngine } from '../testing/createTestEngine';

describe.each(storeKinds)('GET /v1/agent/attachments/{id}/content on %s storage', (kind) => {
  let engine: TestEngine;
  afterEach(() => engine.close());

  it('lets the team download a file a visitor sent, with the safe download headers', async () => {
    engine = await createTestEngine(kind, { settings: { agentToken: 'team-token' } });
    const visitor = await engine.startSession();
    const uploaded = (await (
      await uploadFile(engine, visitor.token, sampleFiles.pdf, 'application/pdf', 'invoice.pdf')
    ).json()) as Attachment;

    const response = await engine.request('GET', `/v1/agent/attachments/${uploaded.id}/content`, {
      token: 'team-token',
    });

    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(sampleFiles.pdf);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="invoice.pdf"/);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');

    // The team route works whatever the age of the file's signed link.
    engine.clock.advance(24 * 60 * 60 * 1000);
    expect((await engine.request('GET', uploaded.url)).status).toBe(403);
    const later = await engine.request('GET', `/v1/agent/attachments/${uploaded.id}/content`, {
      token: 'team-token',
    });
    expect(later.status).toBe(200);
  });

  it('refuses without the agent token, and answers 404 for an unknown or malformed id', async () => {
    engine = await createTestEngine(kind, { settings: { agentToken: 'team-token' } });
    const visitor = await engine.startSession();
    const uploaded = (await (
      await uploadFile(engine, visitor.token, sampleFiles.png, 'image/png', 'a.png')
    ).json()) as Attachment;

    const withVisitorToken = await engine.request('GET', `/v1/agent/attachments/${uploaded.id}/content`, {
      token: visitor.token,
    });
    expect(withVisitorToken.status).toBe(401);
    for (const id of ['att_doesNotExist1', '../../etc/passwd', 'x']) {
      const response = await engine.request(
        'GET',
        `/v1/agent/attachments/${encodeURIComponent(id)}/content`,
        {
          token: 'team-token',
        },
      );
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'attachment_not_found' });
    }
  });
});
