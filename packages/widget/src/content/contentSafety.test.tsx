// happy-dom (unlike browsers) gives DOMParser's documents its window, so frames and stylesheets in the
// HTML under test would be fetched: keep these tests off the network.
// @vitest-environment-options {"settings":{"disableIframePageLoading":true,"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleBody } from './ArticleBody';
import { MessageText } from './MessageText';

afterEach(cleanup);

/** Everything the renderers may produce, and the attributes each element may carry. */
const OUTPUT_TAGS =
  /^(div|p|br|hr|h[4-6]|b|strong|i|em|u|s|del|ins|mark|small|sub|sup|code|kbd|pre|blockquote|ul|ol|li|dl|dt|dd|a|img|table|caption|thead|tbody|tfoot|tr|th|td|figure|figcaption)$/;
const OUTPUT_ATTRIBUTES: Record<string, string[]> = {
  div: ['class', 'dir'],
  a: ['href', 'target', 'rel'],
  img: ['src', 'alt', 'loading'],
  ol: ['start'],
  // Focusable, so a wide code block can be scrolled from the keyboard.
  pre: ['tabindex'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
};

/** Fails on any element, attribute, link or image source that untrusted content must never produce. */
function expectSafe(root: Element): void {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const tag = element.localName;
    expect(tag).toMatch(OUTPUT_TAGS);
    for (const { name } of element.attributes) expect(OUTPUT_ATTRIBUTES[tag] ?? []).toContain(name);
    if (tag === 'a') {
      expect(new URL(element.getAttribute('href')!).protocol).toMatch(/^(https?|mailto|tel):$/);
      expect(element.getAttribute('target')).toBe('_blank');
      expect(element.getAttribute('rel')).toBe('noopener noreferrer');
    }
    if (tag === 'img') expect(new URL(element.getAttribute('src')!).protocol).toBe('https:');
  }
}

const XSS_VECTORS = [
  'javascript:alert(1)',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x]( javascript:alert(1))',
  '[x](java\tscript:alert(1))',
  '[x](java&#x09;script:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](javascript&colon;alert(1))',
  '[x](\\javascript:alert(1))',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](https://a.example" onmouseover="alert(1))',
  '[<img src=x onerror=alert(1)>](https://a.example)',
  '![x](data:image/svg+xml,<svg onload=alert(1)>)',
  '![x](javascript:alert(1))',
  '![x" onerror="alert(1)](https://a.example/a.png)',
  'https://a.example/"onmouseover="alert(1)',
  '`<img src=x onerror=alert(1)>`',
  '**<img src=x onerror=alert(1)>**',
  '```\n<script>alert(1)</script>\n```',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="jav&#x0A;ascript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#x6A;avascript&#x3A;alert(1)">x</a>',
  '<a href=" &#14; javascript:alert(1)">x</a>',
  '<a href="JAVASCRIPT:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a xlink:href="javascript:alert(1)">x</a>',
  '<a href="https://a.example" onclick="alert(1)" style="color:red" id="x" class="y" target="_self">ok</a>',
  '<a href="https://a.example"><a href="javascript:alert(1)">nested</a></a>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script><a href="javascript:alert(1)"><text>x</text></a></svg>',
  '<img src=x onerror=alert(1)>',
  '<img src="https://a.example/x.png" onerror=alert(1) onload=alert(1)>',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<img src="data:image/png;base64,AAAA" alt="data">',
  '<img srcset="javascript:alert(1) 1x" src="https://a.example/x.png">',
  '<body onload=alert(1)>text',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<div style="width: expression(alert(1))">x</div>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<style>@import "javascript:alert(1)"; * { background: red }</style>',
  '<link rel=stylesheet href="javascript:alert(1)"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//"><a href="x">relative</a>',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button><input onfocus=alert(1) autofocus></form>',
  '<details open ontoggle=alert(1)><summary>x</summary></details>',
  '<video><source onerror=alert(1)></video><audio src=x onerror=alert(1)>',
  '<table><td background="javascript:alert(1)">x</td></table>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><img src=x onerror=alert(1)></template>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<div><p><b><i><a href="javascript:alert(1)">unclosed',
  '<<script>alert(1);//<</script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '"><script>alert(1)</script>',
  '<!--<img src=x onerror=alert(1)>-->',
];

/** Each vector through every renderer: messages, Markdown articles and HTML articles. */
const RENDERERS = {
  message: (text: string) => <MessageText text={text} />,
  'Markdown article': (text: string) => (
    <ArticleBody article={{ body: text }} base="https://help.lumen.example/" />
  ),
  'HTML article': (text: string) => (
    <ArticleBody article={{ body: text, bodyFormat: 'html' }} base="https://help.lumen.example/" />
  ),
};

describe('untrusted content', () => {
  const alert = vi.fn();
  beforeEach(() => {
    alert.mockReset();
    vi.stubGlobal('alert', alert);
    return () => vi.unstubAllGlobals();
  });

  it('fails the safety check on what an attack would produce', () => {
    const root = document.createElement('div');
    root.innerHTML = '<a href="javascript:alert(1)" target="_blank" rel="noopener noreferrer">x</a>';
    expect(() => expectSafe(root)).toThrow();
    root.innerHTML = '<img src="https://a.example/x.png" alt="" loading="lazy" onerror="alert(1)">';
    expect(() => expectSafe(root)).toThrow();
    root.innerHTML = '<a href="https://a.example/">no new tab</a>';
    expect(() => expectSafe(root)).toThrow();
    root.innerHTML = '<svg></svg>';
    expect(() => expectSafe(root)).toThrow();
  });

  for (const [name, renderer] of Object.entries(RENDERERS)) {
    it.each(XSS_VECTORS)(`renders %j safely as a ${name}`, async (vector) => {
      const { container } = render(renderer(vector));
      expectSafe(container.firstElementChild!);
      await new Promise((resolve) => setTimeout(resolve));
      expect(alert).not.toHaveBeenCalled();
    });
  }

  it('turns unsafe links into their label and keeps safe ones', () => {
    const { container } = render(<MessageText text="[click](javascript:alert(1)) [ok](https://a.example)" />);
    expect(container.querySelectorAll('a')).toHaveLength(1);
    expect(container.textContent).toBe('click) ok');
  });

  it('keeps the text of an HTML link with an unsafe href, and of dropped formatting', () => {
    const { container } = render(
      <ArticleBody
        article={{
          body: '<a href="java&#x09;script:alert(1)">Reset</a> <div style="x"><span onclick="x">it</span></div>',
          bodyFormat: 'html',
        }}
      />,
    );
    expect(container.querySelector('a, span, [style]')).toBeNull();
    expect(container.textContent).toBe('Reset it');
  });
});

/** The deepest chain of elements matching `selector` below `root`. */
function nesting(root: Element, selector: string): number {
  let deepest = 0;
  for (const element of root.querySelectorAll(selector)) {
    let depth = 0;
    for (let at: Element | null = element; at && at !== root; at = at.parentElement)
      if (at.matches(selector)) depth++;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

describe('huge and deeply nested content', () => {
  it('bounds the number of elements of a huge message, and keeps its text', () => {
    const text = '*a* [b](https://a.example) '.repeat(20_000);
    const { container } = render(<MessageText text={text} />);
    expect(container.querySelectorAll('*').length).toBeLessThanOrEqual(505);
    expect(container.querySelectorAll('em').length).toBeGreaterThan(100);
    expect(container.textContent!.endsWith('*a* [b](https://a.example) ')).toBe(true);
  });

  it('bounds a huge HTML article, and keeps all its text', () => {
    const body = '<p><b>x</b><!-- c --><i>y</i></p>'.repeat(5_000);
    const { container } = render(<ArticleBody article={{ body, bodyFormat: 'html' }} maxNodes={1000} />);
    expect(container.querySelectorAll('*').length).toBeLessThanOrEqual(1010);
    expect(container.textContent).toBe('xy'.repeat(5_000));
  });

  it('bounds a huge list', () => {
    const text = '- item\n'.repeat(50_000);
    const { container } = render(<MessageText text={text} />);
    expect(container.querySelectorAll('li').length).toBeGreaterThan(100);
    expect(container.querySelectorAll('*').length).toBeLessThanOrEqual(505);
    expect(container.textContent!.match(/item/g)).toHaveLength(50_000);
  });

  it('caps the nesting of deeply nested lists, keeping every item', () => {
    const text = Array.from({ length: 3000 }, (_, level) => `${' '.repeat(level * 2)}- level ${level}`).join(
      '\n',
    );
    const { container } = render(<ArticleBody article={{ body: text }} />);
    expect(nesting(container, 'ul')).toBe(9);
    expect(container.querySelectorAll('li')).toHaveLength(3000);
    expect(container.querySelectorAll('li')[2999]!.textContent).toBe('level 2999');
  });

  it('caps the nesting of blockquotes, emphasis and HTML elements', () => {
    const quotes = render(<ArticleBody article={{ body: `${'>'.repeat(5000)} deep` }} />).container;
    expect(nesting(quotes, 'blockquote')).toBe(9);
    expect(quotes.textContent).toContain('deep');
    cleanup();

    const emphasis = render(<MessageText text={`${'*_'.repeat(2000)}x${'_*'.repeat(2000)}`} />).container;
    expect(nesting(emphasis, 'em')).toBeLessThanOrEqual(8);
    expect(emphasis.textContent).toContain('x');
    cleanup();

    const html = render(
      <ArticleBody
        article={{ body: `${'<div><b>'.repeat(5000)}deep${'</b></div>'.repeat(5000)}`, bodyFormat: 'html' }}
      />,
    ).container;
    expect(nesting(html, 'div, b')).toBeLessThanOrEqual(33);
    expect(html.textContent).toBe('deep');
  });

  it('leaves thousands of unclosed markers as text', () => {
    const text = `${'[a *_ ( ]( '.repeat(20_000)}\``;
    const { container } = render(<MessageText text={text} />);
    expect(container.querySelectorAll('*')).toHaveLength(2);
    expect(container.textContent).toBe(text);
  });
});
