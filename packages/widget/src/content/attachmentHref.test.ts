import { describe, expect, it } from 'vitest';
import { attachmentHref } from './attachmentHref';

describe('attachmentHref', () => {
  it('puts a contract URL under the base URL, path included', () => {
    expect(attachmentHref('/v1/attachments/att_1/content', 'https://help.lumen.example/parley/')).toBe(
      'https://help.lumen.example/parley/v1/attachments/att_1/content',
    );
    expect(attachmentHref('/v1/attachments/att_1/content', 'https://help.lumen.example')).toBe(
      'https://help.lumen.example/v1/attachments/att_1/content',
    );
  });

  it("keeps a helpdesk's absolute https link", () => {
    expect(attachmentHref('https://files.example/a.png?sig=1', 'https://help.lumen.example')).toBe(
      'https://files.example/a.png?sig=1',
    );
  });

  it('reads a protocol-relative URL as the absolute link it is, not as a path under the base', () => {
    expect(attachmentHref('//files.example/x', 'https://help.lumen.example/parley')).toBe(
      'https://files.example/x',
    );
  });

  it('never links a script or a data URL', () => {
    expect(attachmentHref('javascript:alert(1)', 'https://help.lumen.example')).toBeUndefined();
    expect(attachmentHref(' JAVA\tSCRIPT:alert(1)', 'https://help.lumen.example')).toBeUndefined();
    expect(
      attachmentHref('data:text/html,<script>alert(1)</script>', 'https://help.lumen.example'),
    ).toBeUndefined();
  });
});
