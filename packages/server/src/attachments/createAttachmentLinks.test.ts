import { describe, expect, it } from 'vitest';
import { createAttachmentLinks } from './createAttachmentLinks';

const start = Date.parse('2026-11-02T10:00:00Z');

describe('createAttachmentLinks', () => {
  it('reads the key once, and again after a failed read instead of keeping the failure', async () => {
    let reads = 0;
    const links = createAttachmentLinks({
      secret: async () => {
        reads += 1;
        if (reads === 1) throw new Error('database busy');
        return 'k'.repeat(32);
      },
      now: () => start,
      ttlMs: 15 * 60 * 1000,
    });
    await expect(links.url('att_a')).rejects.toThrow('database busy');
    const url = await links.url('att_a');
    expect(await links.url('att_b')).not.toBe(url);
    const query = new URL(url, 'http://x').searchParams;
    expect(await links.check('att_a', query.get('expires') ?? '', query.get('signature') ?? '')).toBe(
      'valid',
    );
    expect(await links.check('att_b', query.get('expires') ?? '', query.get('signature') ?? '')).toBe(
      'invalid',
    );
    expect(reads).toBe(2);
  });

  it('rounds the expiry up to the next 5 minutes and calls a link expired from that second on', async () => {
    let now = start + 1;
    const links = createAttachmentLinks({
      secret: async () => 'k'.repeat(32),
      now: () => now,
      ttlMs: 60_000,
    });
    const query = new URL(await links.url('att_a'), 'http://x').searchParams;
    expect(query.get('expires')).toBe(String(Date.parse('2026-11-02T10:05:00Z') / 1000));
    const check = () => links.check('att_a', query.get('expires') ?? '', query.get('signature') ?? '');
    now = Date.parse('2026-11-02T10:05:00Z') - 1;
    expect(await check()).toBe('valid');
    now += 1;
    expect(await check()).toBe('expired');
  });
});
