import { describe, expect, it } from 'vitest';
import { matchesPagePattern } from './matchesPagePattern';

describe('matchesPagePattern', () => {
  it.each([
    ['/pricing*', '/pricing', true],
    ['/pricing*', '/pricing/teams', true],
    ['/pricing*', '/docs/pricing', false],
    ['/pricing', '/pricing/teams', false],
    ['*', '/anything/at/all', true],
    ['/blog/*/comments', '/blog/2026/launch/comments', true],
    ['/blog/*/comments', '/blog/comments', false],
    ['/v1.2/*', '/v1x2/docs', false],
    ['/c++ (beta)?', '/c++ (beta)?', true],
    ['/[a-z]', '/b', false],
  ])('%s against %s: %s', (pattern, path, matches) => {
    expect(matchesPagePattern(pattern, path)).toBe(matches);
  });
});
