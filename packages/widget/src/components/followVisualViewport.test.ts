import { afterEach, describe, expect, it } from 'vitest';
import { followVisualViewport } from './followVisualViewport';

/** A stand-in for `window.visualViewport`, which happy-dom lacks: a phone's screen, keyboard closed. */
class FakeViewport extends EventTarget {
  offsetTop = 0;
  offsetLeft = 0;
  width = 375;
  height = 667;
}

function install(viewport: FakeViewport | undefined) {
  Object.defineProperty(window, 'visualViewport', { configurable: true, value: viewport });
}

const rect = (element: HTMLElement) =>
  ['top', 'left', 'width', 'height'].map((name) => element.style.getPropertyValue(`--_viewport-${name}`));

describe('followVisualViewport', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'visualViewport');
  });

  it('keeps the visible rectangle in custom properties while the keyboard opens and the page scrolls', () => {
    const viewport = new FakeViewport();
    install(viewport);
    const panel = document.createElement('div');
    const stop = followVisualViewport(panel);
    expect(rect(panel)).toEqual(['0px', '0px', '375px', '667px']);

    // The on-screen keyboard takes the lower part of the screen: only the visual viewport shrinks.
    viewport.height = 381;
    viewport.dispatchEvent(new Event('resize'));
    expect(rect(panel)).toEqual(['0px', '0px', '375px', '381px']);
    // The browser scrolls the page under it to show the focused field.
    viewport.offsetTop = 120.5;
    viewport.dispatchEvent(new Event('scroll'));
    expect(rect(panel)).toEqual(['120.5px', '0px', '375px', '381px']);

    stop();
    expect(rect(panel)).toEqual(['', '', '', '']);
    // No longer listening.
    viewport.height = 667;
    viewport.dispatchEvent(new Event('resize'));
    expect(rect(panel)).toEqual(['', '', '', '']);
  });

  it('leaves the element alone where the browser has no visual viewport', () => {
    install(undefined);
    const panel = document.createElement('div');
    const stop = followVisualViewport(panel);
    expect(panel.getAttribute('style')).toBeNull();
    stop();
  });
});
