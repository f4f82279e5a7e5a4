import { describe, expect, it, vi } from 'vitest';
import { bindCustomLauncher } from './bindCustomLauncher';

describe('bindCustomLauncher', () => {
  it("toggles the panel from the host's element and shows the panel's state on it", () => {
    const link = document.createElement('a');
    link.href = '/support';
    document.body.append(link);
    const toggle = vi.fn();
    const launcher = bindCustomLauncher(link, toggle);
    expect(link.getAttribute('aria-haspopup')).toBe('dialog');

    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(toggle).toHaveBeenCalledTimes(1);
    // The panel replaces the link's page.
    expect(click.defaultPrevented).toBe(true);

    launcher.update({ open: false, unread: 3 });
    expect(link.getAttribute('aria-expanded')).toBe('false');
    expect(link.getAttribute('data-parley-unread')).toBe('3');
    expect(link.hasAttribute('data-parley-open')).toBe(false);

    launcher.update({ open: true, unread: 0 });
    expect(link.getAttribute('aria-expanded')).toBe('true');
    expect(link.hasAttribute('data-parley-unread')).toBe(false);
    expect(link.hasAttribute('data-parley-open')).toBe(true);
  });

  it('gives the element back as it was on detach', () => {
    const button = document.createElement('button');
    button.setAttribute('aria-haspopup', 'menu');
    const toggle = vi.fn();
    const launcher = bindCustomLauncher(button, toggle);
    launcher.update({ open: true, unread: 2 });
    launcher.detach();

    button.click();
    expect(toggle).not.toHaveBeenCalled();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    for (const name of ['aria-expanded', 'data-parley-open', 'data-parley-unread']) {
      expect(button.hasAttribute(name)).toBe(false);
    }
  });
});
