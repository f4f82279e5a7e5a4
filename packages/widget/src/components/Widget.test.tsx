import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { englishMessages } from '../i18n/englishMessages';
import { renderWidgetAt, testClient } from '../testing/renderWidgetAt';
import { setupParleyServer } from '../testing/setupParleyServer';
import { Widget } from './Widget';

setupParleyServer();

describe('<Widget> navigation', () => {
  it('keeps focus in the panel when Back removes the focused button, and follows the navigation', async () => {
    const { user, client, navigation } = renderWidgetAt({ view: 'ticketLookup' });
    const back = await screen.findByRole('button', { name: englishMessages.backLabel });
    await user.click(back);
    expect(navigation.current()).toEqual({ view: 'home' });
    // Home has no Back button: the focus it held moves to the panel, not to the page's <body>.
    expect(screen.queryByRole('button', { name: englishMessages.backLabel })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
    client.destroy();
  });
});

describe('<Widget> on a small screen', () => {
  afterEach(() => {
    cleanup();
    Reflect.deleteProperty(window, 'visualViewport');
  });

  it('marks itself open (the launcher steps aside) and keeps the panel in the visual viewport while open', async () => {
    const viewport = Object.assign(new EventTarget(), {
      offsetTop: 0,
      offsetLeft: 0,
      width: 375,
      height: 667,
    });
    Object.defineProperty(window, 'visualViewport', { configurable: true, value: viewport });
    const client = testClient();
    const widget = (open: boolean) => (
      <Widget
        client={client}
        open={open}
        onOpenChange={() => {}}
        messages={englishMessages}
        theme="light"
        idPrefix="test"
      />
    );
    const { container, rerender } = render(widget(true));
    const root = container.querySelector('.parley');
    const panel = screen.getByRole('dialog');
    expect(root?.hasAttribute('data-open')).toBe(true);
    expect(panel.style.getPropertyValue('--_viewport-height')).toBe('667px');
    // The on-screen keyboard opens.
    viewport.height = 381;
    viewport.dispatchEvent(new Event('resize'));
    expect(panel.style.getPropertyValue('--_viewport-height')).toBe('381px');

    rerender(widget(false));
    expect(root?.hasAttribute('data-open')).toBe(false);
    expect(screen.getByRole('button', { name: englishMessages.launcherLabel })).toBeTruthy();
    client.destroy();
  });
});
