import { describe, expect, it } from 'vitest';
import { readLoaderSettings } from './readLoaderSettings';

function loaderScript(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  return script;
}

describe('readLoaderSettings', () => {
  it('reads every data attribute, over window.parleySettings', () => {
    const script = loaderScript({
      'data-widget-key': 'wk_tag',
      'data-base-url': 'https://help.example.com',
      'data-locale': 'de',
      'data-theme': 'dark',
      'data-dir': 'rtl',
      'data-position': 'left',
      'data-color': '#0b7285',
      'data-launcher-element': '#help',
    });
    expect(readLoaderSettings(script, { widgetKey: 'wk_page', hideLauncher: true })).toEqual({
      widgetKey: 'wk_tag',
      baseUrl: 'https://help.example.com',
      locale: 'de',
      theme: 'dark',
      dir: 'rtl',
      position: 'left',
      color: '#0b7285',
      hideLauncher: true,
      launcherElement: '#help',
    });
  });

  it('takes window.parleySettings alone, leaving the base URL to the full bundle', () => {
    expect(readLoaderSettings(null, { widgetKey: 'wk_page', position: 'right' })).toEqual({
      widgetKey: 'wk_page',
      position: 'right',
    });
  });

  it('ignores empty attributes', () => {
    const script = loaderScript({ 'data-widget-key': '', 'data-locale': '' });
    expect(readLoaderSettings(script, { widgetKey: 'wk_page' })).toEqual({ widgetKey: 'wk_page' });
  });

  it("copies the script tag's nonce unless the page gave one", () => {
    const script = loaderScript({});
    script.nonce = 'n1';
    expect(readLoaderSettings(script, undefined).nonce).toBe('n1');
    expect(readLoaderSettings(script, { nonce: 'n0' }).nonce).toBe('n0');
  });
});
