import { describe, expect, it } from 'vitest';
import { articleExcerpt } from './articleExcerpt';

describe('articleExcerpt', () => {
  it('is the first paragraph when it is long enough', () => {
    const intro =
      'Notes are the heart of Lumen. A note can hold text, checklists, images and tables, and it saves.';
    expect(articleExcerpt(`${intro}\nCreate a note\nOpen Lumen.`)).toBe(intro);
  });

  it('joins short first lines until there is enough to read', () => {
    expect(articleExcerpt('Overview\nLumen has three plans.\nLumen Free\n2 devices')).toBe(
      'Overview Lumen has three plans. Lumen Free 2 devices',
    );
  });

  it('counts CJK characters double when deciding whether the first paragraph is enough', () => {
    const intro = '每次付款給 Lumen 後，你都會收到一封收據電子郵件。你也可以隨時下載帳單，方便存檔。';
    expect(articleExcerpt(`${intro}\n下載帳單\n前往設定。`)).toBe(intro);
  });

  it('cuts long text between words with an ellipsis, within the limit', () => {
    const text = 'word '.repeat(100).trim();
    const excerpt = articleExcerpt(text, 50);
    expect(excerpt.length).toBeLessThanOrEqual(50);
    expect(excerpt).toMatch(/^(word )+word…$/);
  });

  it('cuts CJK text at the limit and never splits a surrogate pair', () => {
    expect(articleExcerpt('密碼'.repeat(200), 11)).toBe(`${'密碼'.repeat(5)}…`);
    const emoji = articleExcerpt('😀'.repeat(100), 10);
    expect(emoji.length).toBeLessThanOrEqual(10);
    expect(emoji).toBe(`${'😀'.repeat(4)}…`);
  });
});
