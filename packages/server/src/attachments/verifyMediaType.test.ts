import { describe, expect, it } from 'vitest';
import { sampleFiles } from './attachmentFixtures';
import { verifyMediaType } from './verifyMediaType';

const defaults = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain'];
const text = (value: string) => new TextEncoder().encode(value);

describe('verifyMediaType', () => {
  it.each([
    ['image/png', sampleFiles.png, 'image/png'],
    ['Image/PNG; name=x', sampleFiles.png, 'image/png'],
    ['image/x-png', sampleFiles.png, 'image/png'],
    ['image/jpg', sampleFiles.jpeg, 'image/jpeg'],
    ['image/gif', sampleFiles.gif, 'image/gif'],
    ['image/webp', sampleFiles.webp, 'image/webp'],
    ['application/pdf', sampleFiles.pdf, 'application/pdf'],
    ['text/plain; charset=utf-8', sampleFiles.text, 'text/plain'],
    ['', sampleFiles.webp, 'image/webp'],
    ['application/octet-stream', sampleFiles.text, 'text/plain'],
  ])('accepts %j with matching content as %s', (declared, bytes, expected) => {
    expect(verifyMediaType(declared, bytes, defaults)).toEqual({ ok: true, contentType: expected });
  });

  it.each([
    ['image/png', sampleFiles.html],
    ['image/jpeg', sampleFiles.png],
    ['application/pdf', text('%PDX-1.4')],
    ['text/plain', new Uint8Array([0xc3, 0x28])],
    ['application/octet-stream', new Uint8Array([0x00, 0xff])],
    ['application/zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04])],
  ])('refuses %j when the content does not back it', (declared, bytes) => {
    expect(verifyMediaType(declared, bytes, defaults).ok).toBe(false);
  });

  it.each([
    'text/html',
    'application/xhtml+xml',
    'image/svg+xml',
    'text/xml',
    'text/javascript',
    'message/rfc822',
  ])('never accepts active content such as %s, even under */*', (declared) => {
    expect(verifyMediaType(declared, text('<x/>'), ['*/*']).ok).toBe(false);
  });

  it('lets an operator allow formats it cannot check, such as Word documents', () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(verifyMediaType(docx, zip, [docx])).toEqual({ ok: true, contentType: docx });
    expect(verifyMediaType(docx, zip, defaults).ok).toBe(false);
  });

  it('matches type/* wildcards by family only', () => {
    expect(verifyMediaType('image/gif', sampleFiles.gif, ['IMAGE/*']).ok).toBe(true);
    expect(verifyMediaType('application/pdf', sampleFiles.pdf, ['image/*']).ok).toBe(false);
    expect(verifyMediaType('text/csv', text('a,b\n1,2\n'), ['text/*'])).toEqual({
      ok: true,
      contentType: 'text/csv',
    });
  });
});
