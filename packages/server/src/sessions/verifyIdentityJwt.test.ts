import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { identityHash } from './identityHash';
import { signIdentityJwt } from './signIdentityJwt';
import { verifyIdentityHash } from './verifyIdentityHash';
import { verifyIdentityJwt } from './verifyIdentityJwt';

const secret = 'demo-secret-change-me';
const now = Date.parse('2026-11-02T10:00:00Z');
const seconds = now / 1000;

/** A JWT signed the way a Node backend would, with node:crypto rather than our own helper. */
function nodeJwt(payload: Record<string, unknown>, key = secret): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signed = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`;
  return `${signed}.${createHmac('sha256', key).update(signed).digest('base64url')}`;
}

describe('verifyIdentityHash', () => {
  it('accepts the hash a Node backend computes, and nothing else', async () => {
    const hash = createHmac('sha256', secret).update('user_42').digest('hex');
    expect(await identityHash(secret, 'user_42')).toBe(hash);
    expect(await verifyIdentityHash(secret, 'user_42', hash)).toBe(true);
    expect(await verifyIdentityHash(secret, 'user_43', hash)).toBe(false);
    expect(await verifyIdentityHash('another-secret-entirely', 'user_42', hash)).toBe(false);
    expect(await verifyIdentityHash(secret, 'user_42', hash.toUpperCase())).toBe(false);
  });

  it('hashes the user id as UTF-8', async () => {
    const hash = createHmac('sha256', secret).update('用户-42').digest('hex');
    expect(await verifyIdentityHash(secret, '用户-42', hash)).toBe(true);
  });
});

describe('verifyIdentityJwt', () => {
  const valid = { sub: 'user_42', exp: seconds + 300, iat: seconds - 10 };

  it('accepts a token a Node backend signs, and returns its email and name claims', async () => {
    const jwt = nodeJwt({ ...valid, email: 'ada@example.com', name: 'Ada Okafor' });
    expect(await verifyIdentityJwt(secret, jwt, 'user_42', now)).toEqual({
      ok: true,
      claims: { email: 'ada@example.com', name: 'Ada Okafor' },
    });
  });

  it('signs the same way as a Node backend', async () => {
    expect(await signIdentityJwt(secret, valid)).toBe(nodeJwt(valid));
  });

  it('ignores claims that are not usable strings', async () => {
    const jwt = nodeJwt({ ...valid, email: 42, name: '  ' });
    expect(await verifyIdentityJwt(secret, jwt, 'user_42', now)).toEqual({ ok: true, claims: {} });
  });

  it.each<[string, () => Promise<string>, RegExp]>([
    ['another secret', async () => nodeJwt(valid, 'some-other-secret-value'), /signature/],
    ['another subject', async () => nodeJwt({ ...valid, sub: 'user_43' }), /sub/],
    ['no subject', async () => nodeJwt({ exp: valid.exp }), /sub/],
    ['no expiry', async () => nodeJwt({ sub: 'user_42' }), /exp/],
    ['an expiry as a string', async () => nodeJwt({ ...valid, exp: String(valid.exp) }), /exp/],
    ['an expiry past the leeway', async () => nodeJwt({ ...valid, exp: seconds - 61 }), /expired/],
    ['nbf past the leeway', async () => nodeJwt({ ...valid, nbf: seconds + 61 }), /nbf/],
    ['iat in the future', async () => nodeJwt({ ...valid, iat: seconds + 3600 }), /iat/],
    ['alg none', async () => signIdentityJwt(secret, valid, { alg: 'none' }), /HS256/],
    ['alg HS512', async () => signIdentityJwt(secret, valid, { alg: 'HS512' }), /HS256/],
    ['alg hs256 in lower case', async () => signIdentityJwt(secret, valid, { alg: 'hs256' }), /HS256/],
    [
      'a crit header',
      async () => signIdentityJwt(secret, valid, { alg: 'HS256', crit: ['x'] }),
      /extensions/,
    ],
    ['two parts', async () => nodeJwt(valid).split('.').slice(0, 2).join('.'), /three/],
    ['an unsigned token', async () => `${nodeJwt(valid).split('.').slice(0, 2).join('.')}.`, /signature/],
    ['a payload that is not JSON', async () => 'eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln', /base64url/],
    ['a payload that is an array', async () => signIdentityJwt(secret, [valid] as never), /base64url/],
    ['characters outside base64url', async () => `${nodeJwt(valid)}=`, /base64url/],
  ])('refuses a token with %s', async (_case, make, reason) => {
    const result = await verifyIdentityJwt(secret, await make(), 'user_42', now);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it('allows 60 seconds of clock skew on exp, nbf and iat', async () => {
    const skewed = nodeJwt({ sub: 'user_42', exp: seconds - 59, nbf: seconds + 59, iat: seconds + 59 });
    expect((await verifyIdentityJwt(secret, skewed, 'user_42', now)).ok).toBe(true);
    expect(
      (await verifyIdentityJwt(secret, nodeJwt({ ...valid, exp: seconds - 60 }), 'user_42', now)).ok,
    ).toBe(false);
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, , signature] = nodeJwt(valid).split('.');
    const forged = Buffer.from(JSON.stringify({ ...valid, sub: 'admin' })).toString('base64url');
    const result = await verifyIdentityJwt(secret, `${header}.${forged}.${signature}`, 'admin', now);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/signature/) });
  });
});
