import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from './markdownToPlainText';

describe('markdownToPlainText', () => {
  it('keeps the words of links, emphasis, code and lists on one line', () => {
    expect(
      markdownToPlainText('See **[Reset your password](https://help.example/reset)**\n\n- run `lumen sync`'),
    ).toBe('See Reset your password run lumen sync');
  });

  it('leaves markup-looking text as text and snake_case alone', () => {
    expect(markdownToPlainText('<b>hi</b> my_file_name')).toBe('<b>hi</b> my_file_name');
  });
});
