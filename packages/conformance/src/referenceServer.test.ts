// The suite against the reference server, over HTTP, on both stores: every scenario must pass there.
import { describe, expect, it } from 'vitest';
import { formatReport } from './report/formatReport';
import { runConformance } from './runner/runConformance';
import {
  AGENT_TOKEN,
  DEMO_IDENTITY_SECRET,
  startReferenceServer,
  VERIFIED_IDENTITY_SECRET,
} from './testing/referenceServer';
import { defineConformanceSuite } from './vitest/defineConformanceSuite';

const demo = { widgetKey: 'wk_demo', agentToken: AGENT_TOKEN, identitySecret: DEMO_IDENTITY_SECRET };

// SQLite through the Vitest entry: one test per scenario, so a failure names its scenario.
defineConformanceSuite({
  name: 'reference server on SQLite',
  start: () => startReferenceServer('sqlite'),
  ...demo,
});

describe('reference server on the memory store', () => {
  it('passes the whole suite', async () => {
    const server = await startReferenceServer('memory');
    try {
      const report = await runConformance({ baseUrl: server.baseUrl, ...demo });
      const logged = server.errors.length === 0 ? '' : `\n\nServer errors:\n${server.errors.join('\n')}`;
      expect(report.failed, `${formatReport(report)}${logged}`).toBe(0);
      // The demo widget has every capability, and every option is given: only the CORS pair is missing.
      expect(
        report.results.filter((result) => result.status === 'skipped').map((result) => result.id),
      ).toEqual(['cors.allowedOrigin', 'cors.disallowedOrigin']);
    } finally {
      await server.close();
    }
  }, 300_000);

  it('passes with a widget that requires verified identities and lists its origins (wk_verified)', async () => {
    const server = await startReferenceServer('memory');
    try {
      const report = await runConformance({
        baseUrl: server.baseUrl,
        widgetKey: 'wk_verified',
        agentToken: AGENT_TOKEN,
        identitySecret: VERIFIED_IDENTITY_SECRET,
        allowedOrigin: 'https://app.lumen.example',
        disallowedOrigin: 'https://attacker.example',
      });
      expect(report.failed, formatReport(report)).toBe(0);
      const cors = report.results.filter((result) => result.area === 'cors');
      expect(cors.map((result) => result.status)).toEqual(['passed', 'passed']);
    } finally {
      await server.close();
    }
  }, 300_000);
});
