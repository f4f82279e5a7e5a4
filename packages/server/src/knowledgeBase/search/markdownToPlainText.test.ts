import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from './markdownToPlainText';

describe('markdownToPlainText', () => {
  it('strips headings, emphasis, code ticks and links', () => {
    expect(
      markdownToPlainText(
        '## Reset\n\nOpen **Settings** and [reset it](https://example.com/reset "Reset") with `parley reset`.',
      ),
    ).toBe('Reset\nOpen Settings and reset it with parley reset.');
  });

  it('removes list and task markers, one item per line', () => {
    expect(
      markdownToPlainText('- First\n* Second\n+ Third\n1. Fourth\n2) Fifth\n- [x] Done\n- [ ] Todo'),
    ).toBe('First\nSecond\nThird\nFourth\nFifth\nDone\nTodo');
  });

  it('joins the lines of a paragraph with single spaces', () => {
    expect(markdownToPlainText('One   line\ncontinues  here.\n\n\n\nNext   paragraph.')).toBe(
      'One line continues here.\nNext paragraph.',
    );
  });

  it('handles emphasis variants without eating snake_case or arithmetic', () => {
    expect(markdownToPlainText('*a* _b_ __c__ ***d*** ~~e~~ snake_case_name 2 * 3 * 4')).toBe(
      'a b c d e snake_case_name 2 * 3 * 4',
    );
  });

  it('keeps code verbatim, inline and fenced', () => {
    expect(markdownToPlainText('Use `**kwargs` here.\n\n```bash\nnpm install   parley\n```\n\nDone.')).toBe(
      'Use **kwargs here.\nnpm install parley\nDone.',
    );
  });

  it('keeps the text of images, reference links and autolinks', () => {
    expect(
      markdownToPlainText(
        '![Screenshot](a.png) See [the docs][ref] or <https://x.test>.\n\n[ref]: https://docs.test',
      ),
    ).toBe('Screenshot See the docs or https://x.test.');
  });

  it('strips block quotes, tables, rules, setext underlines and HTML', () => {
    expect(
      markdownToPlainText(
        '> Quoted _text_\n\nTitle\n=====\n\n---\n\n| Plan | Price |\n|:-----|------:|\n| Pro | $10 |\n\nA<br>B <b>bold</b> <!-- note -->',
      ),
    ).toBe('Quoted text\nTitle\nPlan Price\nPro $10\nA B bold');
  });

  it('decodes entities and escapes', () => {
    expect(markdownToPlainText('Fish &amp; chips &lt;b&gt; &#x4e2d; &#25991; \\*not emphasis\\*')).toBe(
      'Fish & chips <b> 中 文 *not emphasis*',
    );
  });

  it('works with CJK text', () => {
    expect(markdownToPlainText('## 重設密碼\n\n請前往**設定**頁面。')).toBe('重設密碼\n請前往設定頁面。');
  });

  it('returns an empty string for empty or syntax-only input', () => {
    expect(markdownToPlainText('')).toBe('');
    expect(markdownToPlainText('\n\n---\n\n')).toBe('');
  });
});
