import { afterEach, describe, expect, it } from 'vitest';
import { drawLoaderLauncher } from './drawLoaderLauncher';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = '';
});

function draw(...args: Parameters<typeof drawLoaderLauncher>) {
  const host = drawLoaderLauncher(...args);
  const button = host?.shadowRoot?.lastElementChild;
  if (!host || !(button instanceof HTMLButtonElement)) throw new Error('no launcher drawn');
  return { host, button };
}

describe('drawLoaderLauncher', () => {
  it("draws the widget's launcher button at the end of the page, in its own shadow root", () => {
    const { host, button } = draw({ widgetKey: 'wk_demo' });
    expect(host.parentElement).toBe(document.body);
    expect(host.hasAttribute('data-parley-loader-launcher')).toBe(true);
    expect(host.shadowRoot?.adoptedStyleSheets).toHaveLength(1);
    expect(button.getAttribute('aria-label')).toBe('Help');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    // The speech bubble is drawn by the styles on an empty <i>, as the widget's launcher draws it.
    expect(button.innerHTML).toBe('<i></i>');
    expect(button.dir).toBe('ltr');
    expect(button.hasAttribute('data-side')).toBe(false);
    expect(button.getAttribute('style')).toBeNull();
  });

  it("speaks the page's language, and in Arabic sits at the end of a right-to-left line", () => {
    document.documentElement.lang = 'de-CH';
    expect(draw({}).button.getAttribute('aria-label')).toBe('Hilfe');
    const arabic = draw({ locale: 'ar' }).button;
    expect(arabic.getAttribute('aria-label')).toBe('المساعدة');
    expect(arabic.dir).toBe('rtl');
    expect(arabic.hasAttribute('data-side')).toBe(false);
    // Left is the start of a left-to-right line, the end of a right-to-left one.
    expect(draw({ locale: 'ar', position: 'left' }).button.hasAttribute('data-side')).toBe(false);
    expect(draw({ locale: 'ar', position: 'right' }).button.hasAttribute('data-side')).toBe(true);
    expect(draw({ position: 'left' }).button.hasAttribute('data-side')).toBe(true);
    expect(draw({ position: 'left', dir: 'rtl' }).button.hasAttribute('data-side')).toBe(false);
  });

  it('takes the colour from the settings', () => {
    expect(draw({ color: '#0b7285' }).button.style.getPropertyValue('--_c')).toBe('#0b7285');
    // (That one that is not a colour leaves the default is checked in Chromium, tests/browser/loader.spec.ts:
    // happy-dom's CSS.supports accepts anything.)
  });
});
