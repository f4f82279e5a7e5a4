import { describe, expect, it } from 'vitest';
import { contentDisposition } from './contentDisposition';

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('résumé.pdf')).toBe(
      `attachment; filename="r_sum_.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`,
    );
  });

  it('cannot be broken out of by quotes, backslashes, semicolons or percent signs', () => {
    const value = contentDisposition(`a"; filename=evil.html\\ 100% (1)*'.txt`);
    expect(value).toBe(
      `attachment; filename="a_; filename=evil.html_ 100_ (1)*'.txt"; ` +
        `filename*=UTF-8''a%22%3B%20filename%3Devil.html%5C%20100%25%20%281%29%2A%27.txt`,
    );
  });
});
