import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { englishMessages } from '../i18n/messages';
import { Launcher } from './Launcher';

const meta = {
  title: 'Widget/Launcher',
  component: Launcher,
  args: {
    open: false,
    label: englishMessages.launcherLabel,
    controls: 'story-panel',
    onToggle: fn(),
  },
  decorators: [
    (Story, { args, globals }) => (
      <div class="parley" data-theme={globals.theme === 'dark' ? 'dark' : 'light'}>
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
  args: { open: true },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const launcher = canvas.getByRole('button', { name: 'Help' });
    await expect(launcher).toHaveAttribute('aria-expanded', 'true');
    await expect(launcher).toHaveAttribute('aria-controls', args.controls);

    await userEvent.click(launcher);
    await expect(args.onToggle).toHaveBeenCalledTimes(1);
  },
};
