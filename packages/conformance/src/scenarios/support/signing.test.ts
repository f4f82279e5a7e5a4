import { describe, expect, it } from 'vitest';
import { hmacHex, signJwt } from './signing';

describe('identity signatures', () => {
  it('computes the hash the contract documents for user_4821 on the demo widget', async () => {
    expect(await hmacHex('demo-secret-change-me', 'user_4821')).toBe(
      'a56c57fcc089a6bdd4f8efba075589959886a914853e2022f7c9f504b204887d',
    );
  });

  it('signs an HS256 JWT of three base64url parts', async () => {
    const jwt = await signJwt({ sub: 'user_1', exp: 2_000_000_000 }, 'secret');
    const [header, payload, signature] = jwt.split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString())).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    });
    expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString())).toEqual({
      sub: 'user_1',
      exp: 2_000_000_000,
    });
    expect(signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
