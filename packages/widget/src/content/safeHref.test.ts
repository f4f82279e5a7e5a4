import { describe, expect, it } from 'vitest';
import { safeHref } from './safeHref';

describe('safeHref()', () => {
  it.each([
    ['https://lumen.example/help?q=a#b', 'https://lumen.example/help?q=a#b'],
    ['http://lumen.example', 'http://lumen.example/'],
    ['HTTPS://Lumen.Example/X', 'https://lumen.example/X'],
    ['  https://lumen.example/  ', 'https://lumen.example/'],
    ['mailto:ada@example.com?subject=Hi', 'mailto:ada@example.com?subject=Hi'],
    ['tel:+44 20 7946 0000', 'tel:+44 20 7946 0000'],
    ['https://例子.测试/路径', 'https://xn--fsqu00a.xn--0zwm56d/%E8%B7%AF%E5%BE%84'],
  ])('keeps %j as %j', (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'ftp://lumen.example/',
    'blob:https://lumen.example/1',
    'about:blank',
    'ws://lumen.example/',
    '//lumen.example/path',
    '/articles/42',
    'articles/42',
    '#top',
    '',
    '   ',
    'https://',
  ])('refuses %j without a base', (href) => {
    expect(safeHref(href)).toBeUndefined();
  });

  it('resolves relative links against the base, and still refuses bad schemes', () => {
    const base = 'https://help.lumen.example/en/';
    expect(safeHref('/articles/42', base)).toBe('https://help.lumen.example/articles/42');
    expect(safeHref('articles/42', base)).toBe('https://help.lumen.example/en/articles/42');
    expect(safeHref('//cdn.lumen.example/a.png', base)).toBe('https://cdn.lumen.example/a.png');
    expect(safeHref('javascript:alert(1)', base)).toBeUndefined();
    expect(safeHref('#top', base)).toBeUndefined();
    expect(safeHref('', base)).toBeUndefined();
  });
});
