import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mount } from './mount';
import { setupParleyServer, testBaseUrl } from './testing/setupParleyServer';

const server = setupParleyServer();

/** Queries inside the widget's shadow root, the way a screen reader would reach them. */
function widgetQueries() {
  const host = document.querySelector('[data-parley-widget]');
  if (!host?.shadowRoot) throw new Error('no widget host with a shadow root on the page');
  return within(host.shadowRoot as unknown as HTMLElement);
}

describe('mount()', () => {
  it('renders a launcher in a shadow root and opens a dialog with the greeting', async () => {
    const user = userEvent.setup();
    const widget = mount({ baseUrl: testBaseUrl, widgetKey: 'wk_demo' });
    const ui = widgetQueries();
    const launcher = ui.getByRole('button', { name: 'Help' });
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    // Nothing of ours reaches the light DOM: the page only gains the empty host element.
    expect(screen.queryByRole('button', { name: 'Help' })).toBeNull();

    await user.click(launcher);
    const dialog = await ui.findByRole('dialog', { name: 'Lumen' });
    expect(await within(dialog).findByText('Hi there 👋')).toBeTruthy();
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    expect(widget.isOpen()).toBe(true);
  });

  it('closes on Escape and gives focus back to the launcher', async () => {
    const user = userEvent.setup();
    mount({ baseUrl: testBaseUrl, widgetKey: 'wk_demo' });
    const ui = widgetQueries();
    await user.click(ui.getByRole('button', { name: 'Help' }));
    const dialog = await ui.findByRole('dialog');
    expect((dialog.getRootNode() as ShadowRoot).activeElement).toBe(dialog);
    await user.keyboard('{Escape}');
    expect(ui.queryByRole('dialog')).toBeNull();
    const launcher = ui.getByRole('button', { name: 'Help' });
    expect((launcher.getRootNode() as ShadowRoot).activeElement).toBe(launcher);
  });

  it('does not take focus from the page when it mounts already open', async () => {
    const pageInput = document.createElement('input');
    document.body.append(pageInput);
    pageInput.focus();
    mount({ baseUrl: testBaseUrl, widgetKey: 'wk_demo', open: true });
    expect(await widgetQueries().findByRole('dialog')).toBeTruthy();
    expect(document.activeElement).toBe(pageInput);
  });

  it('is driven by its handle: open, close, toggle, destroy', async () => {
    const widget = mount({ baseUrl: testBaseUrl, widgetKey: 'wk_demo' });
    const ui = widgetQueries();
    widget.open();
    expect(await ui.findByRole('dialog')).toBeTruthy();
    widget.toggle();
    await waitFor(() => expect(ui.queryByRole('dialog')).toBeNull());
    widget.toggle();
    expect(await ui.findByRole('dialog')).toBeTruthy();
    widget.close();
    await waitFor(() => expect(ui.queryByRole('dialog')).toBeNull());
    widget.destroy();
    expect(document.querySelector('[data-parley-widget]')).toBeNull();
    widget.destroy();
    widget.open();
    expect(document.querySelector('[data-parley-widget]')).toBeNull();
  });

  it('explains an unknown widget key politely instead of showing a blank panel', async () => {
    mount({ baseUrl: testBaseUrl, widgetKey: 'wk_nobody', open: true });
    const alert = await widgetQueries().findByRole('alert');
    expect(alert.textContent).toMatch(/not set up on this page/);
  });

  it('shows a polite error for a malformed config, and recovers with "Try again"', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(`${testBaseUrl}/v1/widget/config`, () => HttpResponse.json({ brand: 'nope' }), { once: true }),
    );
    mount({ baseUrl: testBaseUrl, widgetKey: 'wk_demo', open: true });
    const ui = widgetQueries();
    const alert = await ui.findByRole('alert');
    expect(alert.textContent).toMatch(/did not understand/);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    // The retry button is gone once loading starts; keyboard focus stays in the panel.
    const dialog = ui.getByRole('dialog');
    expect((dialog.getRootNode() as ShadowRoot).activeElement).toBe(dialog);
    expect(await ui.findByText('Hi there 👋')).toBeTruthy();
    expect(ui.queryByRole('alert')).toBeNull();
  });

  it('lets the host override texts', async () => {
    mount({ baseUrl: testBaseUrl, widgetKey: 'wk_demo', messages: { launcherLabel: 'Ayuda' } });
    expect(widgetQueries().getByRole('button', { name: 'Ayuda' })).toBeTruthy();
  });

  it('shows a view beyond home with its English texts, under the host’s overrides', async () => {
    const user = userEvent.setup();
    mount({
      baseUrl: testBaseUrl,
      widgetKey: 'wk_demo',
      open: true,
      messages: { tickets: { lookup: 'Find my request' } },
    });
    const ui = widgetQueries();
    await user.click(await ui.findByRole('button', { name: 'Check a request' }));
    expect(await ui.findByRole('heading', { name: 'Check a request' })).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Find my request' })).toBeTruthy();
    expect(ui.getByRole('textbox', { name: 'Reference' })).toBeTruthy();
  });

  it('shows a view beyond home in the visitor’s language', async () => {
    const user = userEvent.setup();
    mount({ baseUrl: testBaseUrl, widgetKey: 'wk_demo', locale: 'fr', open: true });
    const ui = widgetQueries();
    await user.click(await ui.findByRole('button', { name: 'Suivre une demande' }));
    expect(await ui.findByRole('button', { name: 'Voir le statut' })).toBeTruthy();
  });

  it.each([
    ['a relative base URL', { baseUrl: '/support', widgetKey: 'wk_demo' }, /baseUrl/],
    ['no base URL', { widgetKey: 'wk_demo' }, /baseUrl/],
    ['a blank widget key', { baseUrl: testBaseUrl, widgetKey: ' ' }, /widgetKey/],
  ])('refuses %s at once, in any language, and leaves nothing on the page', (_, options, message) => {
    for (const locale of ['en', 'fr']) {
      expect(() => mount({ ...options, locale } as Parameters<typeof mount>[0])).toThrow(message);
      expect(document.querySelector('[data-parley-widget]')).toBeNull();
    }
  });

  it('mounts into a given target and keeps two instances apart', async () => {
    const target = document.createElement('section');
    document.body.append(target);
    const first = mount({ baseUrl: testBaseUrl, widgetKey: 'wk_demo', target });
    const second = mount({ baseUrl: testBaseUrl, widgetKey: 'wk_demo' });
    expect(target.querySelector('[data-parley-widget]')).not.toBeNull();
    first.open();
    expect(first.isOpen()).toBe(true);
    expect(second.isOpen()).toBe(false);
    first.destroy();
    second.destroy();
  });
});
