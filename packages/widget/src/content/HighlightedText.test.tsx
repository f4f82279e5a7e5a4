import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HighlightedText } from './HighlightedText';

afterEach(cleanup);

describe('<HighlightedText>', () => {
  it('marks the highlighted ranges of a snippet', () => {
    const text = '…account. Reset your password Go to the sign-in page';
    const { container } = render(
      <p>
        <HighlightedText
          text={text}
          highlights={[
            { start: 10, end: 15 },
            { start: 21, end: 29 },
          ]}
        />
      </p>,
    );
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Reset',
      'password',
    ]);
    expect(container.textContent).toBe(text);
  });

  it('shows markup in the text as text', () => {
    const text = '<img src=x onerror=alert(1)> <b>password</b>';
    const { container } = render(
      <p>
        <HighlightedText text={text} highlights={[{ start: 32, end: 40 }]} />
      </p>,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('password');
    expect(container.textContent).toBe(text);
  });
});
