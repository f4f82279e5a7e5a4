import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageText } from './MessageText';

afterEach(cleanup);

/** The message's markup, to compare structure; `dir` and `class` of the container left out. */
function markup(text: string, maxNodes?: number): string {
  const { container } = render(<MessageText text={text} maxNodes={maxNodes} />);
  return container.querySelector('.parley-content')!.innerHTML;
}

const link = (href: string, label = href) =>
  `<a href="${href}" target="_blank" rel="noopener noreferrer">${label}</a>`;

describe('<MessageText>', () => {
  it('renders emphasis, strong and inline code', () => {
    expect(markup('a *em* _em2_ **strong** __strong2__ `code *not em*`')).toBe(
      '<p>a <em>em</em> <em>em2</em> <strong>strong</strong> <strong>strong2</strong> <code>code *not em*</code></p>',
    );
    expect(markup('**bold with *em* inside**')).toBe('<p><strong>bold with <em>em</em> inside</strong></p>');
  });

  it('leaves unmatched or spaced markers, snake_case and arithmetic as written', () => {
    expect(markup('2 * 3 * 4, snake_case_name, **open, `tick, * spaced *')).toBe(
      '<p>2 * 3 * 4, snake_case_name, **open, `tick, * spaced *</p>',
    );
    expect(markup('\\*not em\\* and \\`not code\\`')).toBe('<p>*not em* and `not code`</p>');
  });

  it('renders paragraphs and line breaks', () => {
    expect(markup('first line\nsecond line\n\n\nnext paragraph\r\nwith CRLF')).toBe(
      '<p>first line<br>second line</p><p>next paragraph<br>with CRLF</p>',
    );
    expect(markup('')).toBe('');
  });

  it('renders fenced code blocks verbatim', () => {
    expect(markup('Try:\n```sh\nlumen export --all *.md\n\n<b>x</b> [a](b)\n```\nDone')).toBe(
      '<p>Try:</p><pre tabindex="0"><code>lumen export --all *.md\n\n&lt;b&gt;x&lt;/b&gt; [a](b)</code></pre><p>Done</p>',
    );
    expect(markup('~~~\nunclosed **code**')).toBe('<pre tabindex="0"><code>unclosed **code**</code></pre>');
  });

  it('tells screen readers that a link opens a new tab, for written and bare links', () => {
    render(
      <MessageText
        text="See [the guide](https://lumen.example/guide) or https://lumen.example/faq"
        newTabLabel="(opens in a new tab)"
      />,
    );
    expect(screen.getByRole('link', { name: 'the guide (opens in a new tab)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'https://lumen.example/faq (opens in a new tab)' })).toBeTruthy();
  });

  it('renders links with a new tab and no opener, and autolinks bare URLs', () => {
    render(<MessageText text="See [the guide](https://lumen.example/guide) or https://lumen.example/faq." />);
    const guide = screen.getByRole('link', { name: 'the guide' });
    expect(guide.getAttribute('href')).toBe('https://lumen.example/guide');
    expect(guide.getAttribute('target')).toBe('_blank');
    expect(guide.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByRole('link', { name: 'https://lumen.example/faq' }).getAttribute('href')).toBe(
      'https://lumen.example/faq',
    );
    cleanup();

    expect(markup('[**Bold** link](https://a.example/x "title")')).toBe(
      `<p>${link('https://a.example/x', '<strong>Bold</strong> link')}</p>`,
    );
    expect(markup('mail [us](mailto:help@lumen.example) or [call](tel:+442079460000)')).toBe(
      `<p>mail ${link('mailto:help@lumen.example', 'us')} or ${link('tel:+442079460000', 'call')}</p>`,
    );
    // Sentence punctuation and an unbalanced closing parenthesis are not part of a bare URL.
    expect(markup('(see https://a.example/x?y=1&z=2), or https://en.wikipedia.org/wiki/Lumen_(app)!')).toBe(
      `<p>(see ${link('https://a.example/x?y=1&amp;z=2')}), or ${link('https://en.wikipedia.org/wiki/Lumen_(app)')}!</p>`,
    );
    // A URL inside a link's label does not become a second link.
    expect(markup('[https://a.example](https://b.example)')).toBe(
      `<p>${link('https://b.example/', 'https://a.example')}</p>`,
    );
    expect(markup('xhttps://a.example')).toBe('<p>xhttps://a.example</p>');
  });

  it('renders relative links as text, and image syntax as a plain link, in messages', () => {
    expect(markup('[help](/help) ![logo](https://a.example/logo.png)')).toBe(
      '<p>help !<a href="https://a.example/logo.png" target="_blank" rel="noopener noreferrer">logo</a></p>',
    );
  });

  it('renders bullet and numbered lists, nested by indentation', () => {
    expect(
      markup('Steps:\n1. Open **Settings**\n2. Choose Export\n   then PDF\n\n- a\n* b\n  + b1\n  + b2\n- c'),
    ).toBe(
      '<p>Steps:</p><ol><li>Open <strong>Settings</strong></li><li>Choose Export<br>then PDF</li></ol>' +
        '<ul><li>a</li><li>b<ul><li>b1</li><li>b2</li></ul></li><li>c</li></ul>',
    );
    expect(markup('3) three\n4) four')).toBe('<ol start="3"><li>three</li><li>four</li></ol>');
    expect(markup('-not a list\n1.5 is a number')).toBe('<p>-not a list<br>1.5 is a number</p>');
  });

  it('keeps headings, quotes, tables and HTML as literal text in messages', () => {
    expect(markup('# Title\n> quote\n| a | b |\n<b>bold</b> &amp;')).toBe(
      '<p># Title<br>&gt; quote<br>| a | b |<br>&lt;b&gt;bold&lt;/b&gt; &amp;amp;</p>',
    );
  });

  it('renders Chinese and Arabic, with bare URLs ending where ASCII ends', () => {
    expect(markup('请访问https://lumen.example/help获取**帮助**。')).toBe(
      `<p>请访问${link('https://lumen.example/help')}获取<strong>帮助</strong>。</p>`,
    );
    expect(markup('مرحبا **بك** في _لومن_، راجع https://lumen.example/ar.')).toBe(
      `<p>مرحبا <strong>بك</strong> في <em>لومن</em>، راجع ${link('https://lumen.example/ar')}.</p>`,
    );
    render(<MessageText text="مرحبا" />);
    expect(screen.getByText('مرحبا').closest('[dir]')?.getAttribute('dir')).toBe('auto');
  });

  it('keeps long unbroken strings whole', () => {
    const word = 'a'.repeat(20_000);
    const url = `https://lumen.example/${'b'.repeat(20_000)}`;
    const { container } = render(<MessageText text={`${word} ${url}`} />);
    expect(container.textContent).toBe(`${word} ${url}`);
    expect(container.querySelector('a')!.getAttribute('href')).toBe(url);
  });

  it('re-renders when the text changes', () => {
    const { container, rerender } = render(<MessageText text="**one**" />);
    expect(container.querySelector('strong')?.textContent).toBe('one');
    rerender(<MessageText text="_two_" />);
    expect(container.querySelector('strong')).toBeNull();
    expect(container.querySelector('em')?.textContent).toBe('two');
  });
});
