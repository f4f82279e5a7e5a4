import { describe, expect, it } from 'vitest';
import { plainPreview } from './plainPreview';

describe('plainPreview', () => {
  it('keeps the words of links, emphasis, code and lists on one line', () => {
    expect(
      plainPreview('See **[Reset your password](https://help.example/reset)**\n\n- run `lumen sync`'),
    ).toBe('See Reset your password run lumen sync');
  });

  it('leaves markup-looking text as text and snake_case alone', () => {
    expect(plainPreview('<b>hi</b> my_file_name')).toBe('<b>hi</b> my_file_name');
  });
});
