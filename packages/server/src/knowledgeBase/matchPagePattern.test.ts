import { describe, expect, it } from 'vitest';
import { matchPagePattern } from './matchPagePattern';

describe('matchPagePattern', () => {
  it.each([
    ['/pricing', '/pricing', true],
    ['/pricing', '/pricing/', true],
    ['/pricing', '/pricing/team', true],
    ['/pricing', '/pricing-old', false],
    ['/pricing', '/', false],
    ['/billing/', '/billing/invoices', true],
    ['/billing/*', '/billing/invoices', true],
    ['/billing/*', '/billing/invoices/2026', true],
    ['/billing/*', '/billing', false],
    ['/billing/*', '/account/billing/x', false],
    ['/settings/security*', '/settings/security', true],
    ['/settings/security*', '/settings/security/2fa', true],
    ['/settings/security*', '/settings', false],
    ['/*/help', '/en/help', true],
    ['/*/help', '/en/help/more', false],
    ['/a*b*c', '/abc', true],
    ['/a*b*c', '/ac', false],
    ['/a*a', '/a', false],
    ['', '/', false],
  ])('%s against %s: %s', (pattern, path, matches) => {
    expect(matchPagePattern(pattern, path) !== undefined).toBe(matches);
  });

  it('scores longer literal patterns as more specific', () => {
    expect(matchPagePattern('/billing/*', '/billing/x')).toBeGreaterThan(
      matchPagePattern('/*', '/billing/x')!,
    );
  });
});
