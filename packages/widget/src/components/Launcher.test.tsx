import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalog as ar } from '../i18n/catalogs/ar';
import { englishMessages } from '../i18n/englishMessages';
import { Launcher } from './Launcher';

const props = {
  label: 'Help',
  controls: 'p-panel',
  onToggle: vi.fn(),
  unreadLabel: englishMessages.unreadBadge,
};

describe('Launcher', () => {
  afterEach(cleanup);

  it('shows the unread count as a badge, described to screen readers and announced politely', () => {
    render(<Launcher {...props} open={false} unread={3} />);
    const button = screen.getByRole('button', { name: 'Help' });
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('3 unread messages');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(button.getAttribute('aria-describedby')).toBe(status.id);
    expect(document.querySelector('[aria-hidden="true"].parley-launcher-badge')?.textContent).toBe('3');
  });

  it('shows nothing unread at zero, and at most 99+', () => {
    const { rerender } = render(<Launcher {...props} open={false} unread={0} />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getByRole('button').hasAttribute('aria-describedby')).toBe(false);
    expect(document.querySelector('.parley-launcher-badge')).toBeNull();
    rerender(<Launcher {...props} open={false} unread={120} />);
    expect(document.querySelector('.parley-launcher-badge')?.textContent).toBe('99+');
    expect(screen.getByRole('status').textContent).toBe('120 unread messages');
  });

  it('keeps quiet while the panel is open, which tells of new messages itself', () => {
    render(<Launcher {...props} open unread={2} />);
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('off');
    expect(document.querySelector('.parley-launcher-badge')).toBeNull();
  });

  it('when hidden, has no button but still announces the count, in the language given', () => {
    render(<Launcher {...props} unreadLabel={ar.unreadBadge} open={false} unread={2} hidden />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(ar.unreadBadge(2));
  });
});
