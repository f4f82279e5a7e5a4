import { afterEach, describe, expect, it } from 'vitest';
import { removeLoaderLauncher } from './removeLoaderLauncher';

afterEach(() => {
  document.body.replaceChildren();
});

/** A launcher as the loader draws it: a host element with a button in its shadow root. */
function loaderLauncher(): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute('data-parley-loader-launcher', '');
  host.attachShadow({ mode: 'open' }).append(document.createElement('button'));
  document.body.append(host);
  return host;
}

/** The widget's host element, empty until `render` is called (as while a language loads). */
function widget() {
  const host = document.createElement('div');
  host.setAttribute('data-parley-widget', '');
  const shadow = host.attachShadow({ mode: 'open' });
  document.body.append(host);
  return {
    host,
    render({ hidden = false } = {}) {
      const root = document.createElement('div');
      root.className = 'parley';
      if (hidden) root.setAttribute('data-launcher', 'hidden');
      else {
        const button = document.createElement('button');
        button.className = 'parley-launcher';
        root.append(button);
      }
      shadow.append(root);
      return root.querySelector('button');
    },
  };
}

/** Lets the MutationObserver callbacks run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve));

describe('removeLoaderLauncher', () => {
  it("removes the loader's launcher at once when the widget's is there, and hands focus over", () => {
    const loader = loaderLauncher();
    loader.shadowRoot?.querySelector('button')?.focus();
    expect(document.activeElement).toBe(loader);
    const page = widget();
    const own = page.render();
    removeLoaderLauncher(loader);
    expect(loader.isConnected).toBe(false);
    expect(document.activeElement).toBe(page.host);
    expect(page.host.shadowRoot?.activeElement).toBe(own);
  });

  it("keeps the loader's launcher until the widget has rendered its own, then removes it", async () => {
    const loader = loaderLauncher();
    const page = widget();
    removeLoaderLauncher(loader, page.host);
    await settle();
    expect(loader.isConnected).toBe(true);
    page.render();
    await settle();
    expect(loader.isConnected).toBe(false);
  });

  it('does not take focus when the visitor is elsewhere', async () => {
    const loader = loaderLauncher();
    const field = document.body.appendChild(document.createElement('input'));
    field.focus();
    const page = widget();
    removeLoaderLauncher(loader, page.host);
    page.render();
    await settle();
    expect(loader.isConnected).toBe(false);
    expect(document.activeElement).toBe(field);
  });

  it('removes it at once without a widget (its boot failed)', () => {
    const loader = loaderLauncher();
    removeLoaderLauncher(loader);
    expect(loader.isConnected).toBe(false);
  });

  it('removes it when the widget shows no launcher, or goes before it rendered one', async () => {
    const first = loaderLauncher();
    const hidden = widget();
    removeLoaderLauncher(first, hidden.host);
    hidden.render({ hidden: true });
    await settle();
    expect(first.isConnected).toBe(false);

    const second = loaderLauncher();
    const removed = widget();
    removeLoaderLauncher(second, removed.host);
    removed.host.shadowRoot?.append(document.createElement('span'));
    removed.host.remove();
    await settle();
    expect(second.isConnected).toBe(false);
  });

  it('stops waiting when asked, leaving the launcher', async () => {
    const loader = loaderLauncher();
    const page = widget();
    const stop = removeLoaderLauncher(loader, page.host);
    stop();
    page.render();
    await settle();
    expect(loader.isConnected).toBe(true);
  });

  it('does nothing without a loader launcher', () => {
    widget().render();
    expect(() => removeLoaderLauncher(undefined)()).not.toThrow();
  });
});
