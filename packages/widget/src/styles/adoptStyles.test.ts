import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: its registry of roots and sheets is per page. */
async function freshModule() {
  vi.resetModules();
  return import('./adoptStyles');
}

function shadowRoot(): ShadowRoot {
  return document.createElement('div').attachShadow({ mode: 'open' });
}

const sheetTexts = (root: ShadowRoot) =>
  root.adoptedStyleSheets.map((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText).join(' '));

describe('adoptStyles and addStyles', () => {
  beforeEach(() => {
    vi.unstubAllGlobals();
  });

  it('adopts the widget sheet once, then adds later sheets to every root, now and to come', async () => {
    const { adoptStyles, addStyles } = await freshModule();
    const first = shadowRoot();
    adoptStyles(first);
    adoptStyles(first);
    expect(first.adoptedStyleSheets).toHaveLength(1);
    expect(sheetTexts(first)[0]).toContain('.parley');

    addStyles('.parley-late { color: red; }');
    addStyles('.parley-late { color: red; }');
    expect(first.adoptedStyleSheets).toHaveLength(2);
    expect(sheetTexts(first)[1]).toContain('.parley-late');

    const second = shadowRoot();
    adoptStyles(second);
    expect(second.adoptedStyleSheets).toEqual(first.adoptedStyleSheets);
  });

  it('leaves a released root alone', async () => {
    const { adoptStyles, addStyles } = await freshModule();
    const root = shadowRoot();
    const release = adoptStyles(root);
    release();
    addStyles('.parley-after { color: blue; }');
    expect(root.adoptedStyleSheets).toHaveLength(1);
  });

  it('falls back to <style> elements with the nonce where sheets cannot be constructed', async () => {
    const { adoptStyles, addStyles } = await freshModule();
    vi.stubGlobal('CSSStyleSheet', undefined);
    const root = shadowRoot();
    adoptStyles(root, 'n0nce');
    addStyles('.parley-late { color: red; }');
    const styles = Array.from(root.querySelectorAll('style'));
    expect(styles.map((style) => style.nonce)).toEqual(['n0nce', 'n0nce']);
    expect(styles[1]?.textContent).toBe('.parley-late { color: red; }');
  });
});
