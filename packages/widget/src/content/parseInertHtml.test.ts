// happy-dom gives DOMParser's documents its window: keep these tests off the network.
// @vitest-environment-options {"settings":{"disableIframePageLoading":true,"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseInertHtml, withoutCspCheckedMarkup } from './parseInertHtml';

afterEach(() => {
  vi.restoreAllMocks();
  delete (Document as { parseHTML?: unknown }).parseHTML;
});

describe('withoutCspCheckedMarkup()', () => {
  it.each([
    ['<p style="color: red">a</p>', '<p >a</p>'],
    ["<p style='color: red' class=x>a</p>", '<p  class=x>a</p>'],
    ['<p style=color:red>a</p>', '<p >a</p>'],
    [
      '<img src="https://a.example/a.png" onerror="alert(1)" alt="A">',
      '<img src="https://a.example/a.png"  alt="A">',
    ],
    ['<a href="/x" ONCLICK = "x()" Style>link</a>', '<a href="/x"  >link</a>'],
    ['<p style="a"class="b">a</p>', '<p class="b">a</p>'],
    ['<p/style="a">a</p>', '<p >a</p>'],
    ['<svg><animate onbegin=alert(1) /></svg>', '<svg><animate  /></svg>'],
    ['<p style="unclosed', '<p '],
    ['<p>a</p><style>p { color: red }</style><p>b</p>', '<p>a</p><p>b</p>'],
    ['<STYLE media="x>y">p {}</Style ><p>b</p>', '<p>b</p>'],
    ['<style>p {}</styles><p>b</p></style>c', 'c'],
    ['<svg><style>p {}</style></svg>', '<svg></svg>'],
    ['<p>a</p><style>p { color: red }', '<p>a</p>'],
    ['<base href="https://evil.example/"><p>b</p>', '<p>b</p>'],
    ['<noscript><p style="x">a</p></noscript>', '<noscript><p >a</p></noscript>'],
  ])('removes style elements and attributes, handlers and base elements: %j', (html, expected) => {
    expect(withoutCspCheckedMarkup(html)).toBe(expected);
  });

  it.each([
    '<p title="a > b style=x">text</p>',
    "<p title='onclick=x()'>text</p>",
    '<p>Write style="compact" or onload=x in your page</p>',
    '<code>&lt;p style="x"&gt;</code>',
    'a < b and c > d style=x',
    '<p data-style="x" stylish="y" data-onclick="z">',
    '<!-- a comment -->',
    '<!-- <style> <p style="x"> -->text',
    '<script>const tag = "<style>"; const p = "<p style=x>";</script>text',
    '<textarea><style></textarea>text',
    '<title><base href="x"></title>text',
  ])('leaves everything else as written: %j', (html) => {
    expect(withoutCspCheckedMarkup(html)).toBe(html);
  });

  it('goes through hostile input in one pass', () => {
    // Quadratic scanning would take minutes here; each of these is read once.
    const unclosed = '<a'.repeat(100_000);
    expect(withoutCspCheckedMarkup(unclosed)).toBe(unclosed);
    const spaces = `<p${' '.repeat(200_000)}`;
    expect(withoutCspCheckedMarkup(spaces)).toBe(spaces);
    const quotes = `<p title="${'<p style=x '.repeat(20_000)}`;
    expect(withoutCspCheckedMarkup(quotes)).toBe(quotes);
  });
});

describe('parseInertHtml()', () => {
  it('parses with DOMParser, without style and event-handler attributes', () => {
    const body = parseInertHtml('<p style="color: red" onclick="x()" class="c">Hello <b>you</b></p>');
    expect(body?.innerHTML).toBe('<p class="c">Hello <b>you</b></p>');
  });

  it('uses the HTML Sanitizer API where the browser has it, which Trusted Types allow', () => {
    const parsed = new DOMParser().parseFromString('<p>safe</p>', 'text/html');
    const parseHTML = vi.fn((_html: string, _options: unknown) => parsed);
    Object.assign(Document, { parseHTML });
    const fromDomParser = vi.spyOn(DOMParser.prototype, 'parseFromString');

    expect(parseInertHtml('<p onclick="x()">safe</p>')).toBe(parsed.body);
    expect(parseHTML).toHaveBeenCalledWith('<p >safe</p>', { sanitizer: {} });
    expect(fromDomParser).not.toHaveBeenCalled();
  });

  it('gives nothing when the page allows no parsing (Trusted Types without a safe parser)', () => {
    vi.spyOn(DOMParser.prototype, 'parseFromString').mockImplementation(() => {
      throw new TypeError("This document requires 'TrustedHTML' assignment.");
    });
    expect(parseInertHtml('<p>text</p>')).toBeUndefined();
  });
});
