import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { catalog as ar } from '../i18n/catalogs/ar';
import { catalog as zhHans } from '../i18n/catalogs/zh-Hans';
import { englishMessages } from '../i18n/englishMessages';
import { expectPhoneScreen, onPhone } from '../testing/onPhone';
import { Launcher } from './Launcher';

const meta = {
  title: 'Components/Launcher',
  component: Launcher,
  args: {
    open: false,
    label: englishMessages.launcherLabel,
    controls: 'story-panel',
    onToggle: fn(),
    unread: 0,
    unreadLabel: englishMessages.unreadBadge,
  },
  decorators: [
    (Story, { args, globals, parameters }) => (
      <div
        class="parley"
        data-theme={globals.theme === 'dark' ? 'dark' : 'light'}
        dir={parameters.lang === 'ar' ? 'rtl' : undefined}
        // The widget's root says which corner the host chose (see launcherPlacement).
        data-side={parameters.side}
      >
        {/* What the launcher controls: a stand-in for the panel, present while it is "open". */}
        {args.open && (
          <section id={args.controls} aria-label="Help panel">
            <p>The help panel would be here.</p>
          </section>
        )}
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Launcher>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The round button in the corner, before the visitor asks for help. */
export const Closed: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const launcher = canvas.getByRole('button', { name: 'Help' });
    await expect(launcher).toBeVisible();
    await expect(launcher).toHaveAttribute('aria-expanded', 'false');
    await expect(launcher).not.toHaveAttribute('aria-describedby');

    await userEvent.click(launcher);
    await expect(args.onToggle).toHaveBeenCalledTimes(1);

    // Keyboard users reach it with Tab and press it with Enter or Space.
    launcher.blur();
    await userEvent.tab();
    await expect(launcher).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    await expect(args.onToggle).toHaveBeenCalledTimes(3);
  },
};

/** While the panel is open: the same name, announced as expanded, showing a close icon. */
export const Open: Story = {
  args: { open: true, unread: 2 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const launcher = canvas.getByRole('button', { name: 'Help' });
    await expect(launcher).toHaveAttribute('aria-expanded', 'true');
    await expect(launcher).toHaveAttribute('aria-controls', args.controls);
    // No badge over the close icon, and no announcement: the panel shows the messages.
    await expect(canvas.queryByText('2')).toBeNull();
    await expect(canvas.getByRole('status')).toHaveAttribute('aria-live', 'off');

    await userEvent.click(launcher);
    await expect(args.onToggle).toHaveBeenCalledTimes(1);
  },
};

/** Replies the visitor has not read: a badge, the button's description, and a polite announcement. */
export const Unread: Story = {
  args: { unread: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const launcher = canvas.getByRole('button', { name: 'Help' });
    await expect(launcher).toHaveAccessibleDescription('3 unread messages');
    await expect(canvas.getByText('3')).toBeVisible();
    // On the launcher's top corner.
    const badge = canvas.getByText('3').getBoundingClientRect();
    const button = launcher.getBoundingClientRect();
    await expect(badge.right).toBeGreaterThan(button.right - 10);
    await expect(badge.top).toBeLessThan(button.top + 10);
    await expect(canvas.getByRole('status')).toHaveTextContent('3 unread messages');
  },
};

/** Many unread: the badge stays small; the words keep the count. */
export const ManyUnread: Story = {
  args: { unread: 120 },
  play: async ({ canvasElement }) => {
    const launcher = within(canvasElement).getByRole('button', { name: 'Help' });
    await expect(within(canvasElement).getByText('99+')).toBeVisible();
    await expect(launcher).toHaveAccessibleDescription('120 unread messages');
  },
};

/** The host put it in the bottom-left corner (`launcher: { position: 'left' }`). */
export const LeftCorner: Story = {
  args: { unread: 1 },
  parameters: { side: 'start' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const launcher = canvas.getByRole('button', { name: 'Help' }).getBoundingClientRect();
    await expect(launcher.left).toBeLessThan(window.innerWidth / 2);
    // The badge follows it, on its top corner.
    const badge = canvas.getByText('1').getBoundingClientRect();
    await expect(badge.left).toBeGreaterThan(launcher.left);
    await expect(badge.top).toBeLessThan(launcher.top + 10);
  },
};

/** Hidden (the host opens the panel its own way): no button, but the count is still announced. */
export const Hidden: Story = {
  args: { unread: 2, hidden: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button')).toBeNull();
    await expect(canvas.getByRole('status')).toHaveTextContent('2 unread messages');
  },
};

/** Arabic, right to left: the corner is the left one, the badge on the button's other side. */
export const RightToLeft: Story = {
  args: { label: ar.launcherLabel, unreadLabel: ar.unreadBadge, unread: 2 },
  parameters: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    const launcher = within(canvasElement).getByRole('button', { name: ar.launcherLabel });
    await expect(launcher).toHaveAccessibleDescription(ar.unreadBadge(2));
    await expect(launcher.getBoundingClientRect().left).toBeLessThan(window.innerWidth / 2);
  },
};

/** The dark theme: the badge keeps its ring against the page. */
export const Dark: Story = {
  args: { unread: 4 },
  globals: { theme: 'dark' },
};

/** Simplified Chinese. */
export const Chinese: Story = {
  args: { label: zhHans.launcherLabel, unreadLabel: zhHans.unreadBadge, unread: 5 },
  parameters: { lang: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    const launcher = within(canvasElement).getByRole('button', { name: zhHans.launcherLabel });
    await expect(launcher).toHaveAccessibleDescription(zhHans.unreadBadge(5));
  },
};

/**
 * On a phone (375×667): the same button in the bottom corner, well within the screen and larger than the
 * smallest comfortable touch target (44×44), its badge on its top corner.
 */
export const Mobile: Story = {
  ...onPhone,
  args: { unread: 3 },
  play: async ({ canvasElement, args }) => {
    await expectPhoneScreen();
    const canvas = within(canvasElement);
    const launcher = canvas.getByRole('button', { name: 'Help' });
    const button = launcher.getBoundingClientRect();
    await expect(button.width).toBeGreaterThanOrEqual(44);
    await expect(button.height).toBeGreaterThanOrEqual(44);
    await expect(button.right).toBeLessThanOrEqual(window.innerWidth - 8);
    await expect(button.bottom).toBeLessThanOrEqual(window.innerHeight - 8);
    await expect(button.left).toBeGreaterThan(window.innerWidth / 2);
    const badge = canvas.getByText('3').getBoundingClientRect();
    await expect(badge.top).toBeLessThan(button.top + 10);
    await expect(badge.right).toBeLessThanOrEqual(window.innerWidth);
    await userEvent.click(launcher);
    await expect(args.onToggle).toHaveBeenCalledTimes(1);
  },
};
