// happy-dom (unlike browsers) gives DOMParser's documents its window, so frames and stylesheets in the
// HTML under test would be fetched: keep these tests off the network.
// @vitest-environment-options {"settings":{"disableIframePageLoading":true,"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleBody, type ArticleBodyFormat } from './ArticleBody';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const BASE = 'https://help.lumen.example/en/';

function markup(body: string, bodyFormat?: ArticleBodyFormat, maxNodes?: number): string {
  const { container } = render(
    <ArticleBody article={{ body, bodyFormat }} base={BASE} maxNodes={maxNodes} />,
  );
  return container.querySelector('.parley-article-body')!.innerHTML;
}

const link = (href: string, label: string) =>
  `<a href="${href}" target="_blank" rel="noopener noreferrer">${label}</a>`;

describe('<ArticleBody> links', () => {
  it.each(['markdown', 'html'] as const)('tell screen readers they open a new tab (%s)', (bodyFormat) => {
    const body = bodyFormat === 'html' ? '<p><a href="/billing">Billing</a></p>' : '[Billing](/billing)';
    render(<ArticleBody article={{ body, bodyFormat }} base={BASE} newTabLabel="(opens in a new tab)" />);
    const billing = screen.getByRole('link', { name: 'Billing (opens in a new tab)' });
    expect(billing.getAttribute('href')).toBe(`${BASE.slice(0, -4)}/billing`);
  });
});

describe('<ArticleBody> with a Markdown body', () => {
  it('renders the seeded article shape: headings below the view title, lists, strong and links', () => {
    expect(
      markup(
        "If you've forgotten your password.\n\n## Reset your password\n\n1. Go to the [sign-in page](https://lumen.example/login) and click **Forgot password?**",
      ),
    ).toBe(
      "<p>If you've forgotten your password.</p><h4>Reset your password</h4>" +
        `<ol><li>Go to the ${link('https://lumen.example/login', 'sign-in page')} and click <strong>Forgot password?</strong></li></ol>`,
    );
    expect(markup('# One\n### Three\n###### Six\n####### seven')).toBe(
      '<h4>One</h4><h5>Three</h5><h6>Six</h6><p>####### seven</p>',
    );
  });

  it('renders blockquotes with their own blocks', () => {
    expect(markup('> **Note:** exports\n> - PDF\n> - Markdown\n\nafter')).toBe(
      '<blockquote><p><strong>Note:</strong> exports</p><ul><li>PDF</li><li>Markdown</li></ul></blockquote><p>after</p>',
    );
  });

  it('renders https images only, and relative links and images against the base', () => {
    expect(markup('![Export menu](https://cdn.lumen.example/export.png) ![rel](img/a.png)')).toBe(
      '<p><img src="https://cdn.lumen.example/export.png" alt="Export menu" loading="lazy"> ' +
        '<img src="https://help.lumen.example/en/img/a.png" alt="rel" loading="lazy"></p>',
    );
    expect(
      markup('![plain](http://cdn.lumen.example/a.png) ![x](data:image/png;base64,AAAA) ![](javascript:1)'),
    ).toBe('<p>plain x </p>');
    expect(markup('[Import](/articles/import) and [section](#import)')).toBe(
      `<p>${link('https://help.lumen.example/articles/import', 'Import')} and section</p>`,
    );
  });

  it('renders Chinese articles', () => {
    render(
      <ArticleBody article={{ body: '## 导出笔记\n\n- **Markdown**（.md）：适合导入其他笔记应用。' }} />,
    );
    expect(screen.getByRole('heading', { level: 4, name: '导出笔记' })).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe('Markdown（.md）：适合导入其他笔记应用。');
  });
});

describe('<ArticleBody> with an HTML body', () => {
  it('rebuilds allowed elements and drops every attribute but href, src, alt and counts', () => {
    expect(
      markup(
        '<h1 id="t" class="big">Title</h1><p style="color:red" title="x">A <b>b</b> <i>i</i> <u>u</u> <s>s</s> <code>c</code> <kbd>k</kbd><br>line</p>' +
          '<ol start="3" type="a"><li>three</li></ol><table border="1"><tbody><tr><td colspan="2" rowspan="x">cell</td></tr></tbody></table>',
        'html',
      ),
    ).toBe(
      '<h4>Title</h4><p>A <b>b</b> <i>i</i> <u>u</u> <s>s</s> <code>c</code> <kbd>k</kbd><br>line</p>' +
        '<ol start="3"><li>three</li></ol><table><tbody><tr><td colspan="2">cell</td></tr></tbody></table>',
    );
  });

  it('keeps the text of unknown elements and drops scripts, styles, frames and form controls', () => {
    expect(
      markup(
        '<section><span>Hello</span> <font color="red">world</font></section><script>alert(1)</script><style>p{}</style>' +
          '<iframe src="https://evil.example"></iframe><form action="https://evil.example"><label>Name <input value="x"></label><button>Go</button></form><!-- note -->',
        'html',
      ),
    ).toBe('Hello worldName Go');
  });

  it('rebuilds links and images safely, against the base', () => {
    expect(
      markup(
        '<a href="/articles/42" target="_self" onclick="x()">Import</a> <a href="javascript:alert(1)">bad</a> <a name="x">anchor</a>' +
          '<img src="https://cdn.lumen.example/a.png" alt="A" onerror="x()" srcset="http://x 2x"><img src="http://cdn.lumen.example/b.png" alt="B">',
        'html',
      ),
    ).toBe(
      `${link('https://help.lumen.example/articles/42', 'Import')} bad anchor<img src="https://cdn.lumen.example/a.png" alt="A" loading="lazy">B`,
    );
  });

  it('keeps entities decoded as text, Chinese and Arabic included', () => {
    render(<ArticleBody article={{ body: '<p>&lt;b&gt; &amp; 你好 مرحبا</p>', bodyFormat: 'html' }} />);
    expect(screen.getByText('<b> & 你好 مرحبا')).toBeTruthy();
  });

  it('shows the text in paragraphs where the page allows no parsing (Trusted Types, no safe parser)', () => {
    vi.spyOn(DOMParser.prototype, 'parseFromString').mockImplementation(() => {
      throw new TypeError("This document requires 'TrustedHTML' assignment.");
    });
    expect(
      markup(
        '<h2 class="t">Export</h2><p>Notes &amp; <b>files</b>&#33; &#x1F600; &bogus;</p><script>alert("<p>")</script>' +
          '<STYLE>p { color: red }</STYLE><ul><li>PDF</li><li>Markdown<br>(.md)</li></ul>trailing <i>text',
        'html',
      ),
    ).toBe(
      '<p>Export</p><p>Notes &amp; files! 😀 &amp;bogus;</p><p>PDF</p><p>Markdown</p><p>(.md)</p><p>trailing text</p>',
    );
  });
});
