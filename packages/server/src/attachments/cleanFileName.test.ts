import { describe, expect, it } from 'vitest';
import { cleanFileName } from './cleanFileName';

describe('cleanFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\system32\\drivers\\etc\\hosts', 'hosts'],
    ['/etc/', 'file'],
    ['', 'file'],
    ['...', 'file'],
    ['report.pdf. . ', 'report.pdf'],
    ['.env', '.env'],
    ['photo\u202Egnp.exe', 'photognp.exe'],
    ['a\u200Fb\u061Cc\u2066d\u2069e\uFEFF.txt', 'abcde.txt'],
    ['tab\there\r\nnew\u0085line.txt', 'tabherenewline.txt'],
    ['cafe\u0301.txt', 'café.txt'],
    ['lone\uD800surrogate.txt', 'lone\uFFFDsurrogate.txt'],
    ['👨‍👩‍👧 family.png', '👨‍👩‍👧 family.png'],
  ])('cleans %j to %j', (raw, expected) => {
    expect(cleanFileName(raw)).toBe(expected);
  });

  it('keeps at most 200 characters, counting emoji as one, and keeps the extension', () => {
    const cleaned = cleanFileName(`${'😀'.repeat(300)}.jpeg`);
    expect(Array.from(cleaned)).toHaveLength(200);
    expect(cleaned.endsWith('😀.jpeg')).toBe(true);
    expect(Array.from(cleanFileName('x'.repeat(500)))).toHaveLength(200);
  });
});
