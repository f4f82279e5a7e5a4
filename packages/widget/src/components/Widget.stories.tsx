import { createClient } from '@parley/core';
import type { Meta, StoryObj } from '@storybook/preact-vite';
import { delay, HttpResponse, http } from 'msw';
import { useMemo, useState } from 'preact/hooks';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { englishMessages } from '../i18n/englishMessages';
import { relativeLuminance } from '../styles/relativeLuminance';
import { expectFullScreenPanel, expectPhoneScreen, onPhone } from '../testing/onPhone';
import { Widget, type WidgetTheme } from './Widget';

/** What a story chooses; the rest (client, open state) is wired up the way mount() does it. */
interface WidgetPreviewProps {
  /** The widget key sent to the (mocked) backend; `wk_demo` is the reference server's demo widget. */
  widgetKey: string;
  /** The customer's language, sent to the backend. */
  locale?: string;
  /** Whether the panel starts open. */
  defaultOpen: boolean;
  theme?: WidgetTheme;
  dir?: 'ltr' | 'rtl';
  /** How long the client waits for an answer. */
  timeoutMs?: number;
}

/**
 * The Widget with a real client (`@parley/core`) talking to the reference engine through MSW, rendered
 * straight into the document so Testing Library can reach it.
 */
function WidgetPreview({
  widgetKey,
  locale,
  defaultOpen,
  theme = 'light',
  dir,
  timeoutMs,
}: WidgetPreviewProps) {
  // A new client per story, so no configuration is shared (or cached) between stories.
  const client = useMemo(
    () =>
      createClient({
        baseUrl: window.location.origin,
        widgetKey,
        ...(locale === undefined ? {} : { locale }),
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
      }),
    [widgetKey, locale, timeoutMs],
  );
  const [open, setOpen] = useState(defaultOpen);
  return (
    <Widget
      client={client}
      open={open}
      onOpenChange={setOpen}
      messages={englishMessages}
      theme={theme}
      dir={dir}
      idPrefix="story"
    />
  );
}

/** WCAG relative luminance of a computed `rgb(...)` colour: 0 is black, 1 is white. */
function luminance(colour: string): number {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return relativeLuminance(r, g, b);
}

const configUrl = '*/v1/widget/config';

const meta = {
  title: 'Widget/Widget',
  component: WidgetPreview,
  args: { widgetKey: 'wk_demo', defaultOpen: true },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  // The toolbar's theme and direction apply unless a story sets its own.
  render: (args, { globals }) => (
    <WidgetPreview
      {...args}
      theme={args.theme ?? (globals.theme === 'dark' ? 'dark' : 'light')}
      dir={args.dir ?? (globals.dir === 'rtl' ? 'rtl' : 'ltr')}
    />
  ),
} satisfies Meta<typeof WidgetPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The whole journey: the visitor opens the panel from the launcher, reads the greeting, closes it with
 * Escape and is back on the launcher.
 */
export const Greeting: Story = {
  args: { defaultOpen: false },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const launcher = canvas.getByRole('button', { name: 'Help' });
    await expect(launcher).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();

    await step('Open the panel from the launcher', async () => {
      await userEvent.click(launcher);
      const dialog = await canvas.findByRole('dialog', { name: 'Lumen' });
      // The panel fades in: wait until a person could actually see the greeting.
      await waitFor(() => expect(within(dialog).getByText('Hi there 👋')).toBeVisible());
      await expect(within(dialog).getByText(/Search our help centre or send us a message/)).toBeVisible();
      await expect(launcher).toHaveAttribute('aria-expanded', 'true');
      await expect(dialog).toHaveFocus();
    });

    await step('Escape closes it and focus returns to the launcher', async () => {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(canvas.queryByRole('dialog')).not.toBeInTheDocument());
      await expect(launcher).toHaveFocus();
      await expect(launcher).toHaveAttribute('aria-expanded', 'false');
    });

    await step('The close button closes it too', async () => {
      await userEvent.click(launcher);
      const dialog = await canvas.findByRole('dialog', { name: 'Lumen' });
      await userEvent.click(within(dialog).getByRole('button', { name: 'Close help' }));
      await waitFor(() => expect(canvas.queryByRole('dialog')).not.toBeInTheDocument());
      await expect(launcher).toHaveFocus();
    });

    // Left open, so the accessibility check that follows looks at the panel too.
    await userEvent.click(launcher);
    const dialog = await canvas.findByRole('dialog', { name: 'Lumen' });
    await waitFor(() => expect(dialog).toBeVisible());
  },
};

/** The dark theme: light text on a dark panel. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const dialog = await canvas.findByRole('dialog', { name: 'Lumen' });
    const title = await within(dialog).findByText('Hi there 👋');
    await expect(luminance(getComputedStyle(dialog).backgroundColor)).toBeLessThan(0.1);
    await expect(luminance(getComputedStyle(title).color)).toBeGreaterThan(0.6);
  },
};

/** An Arabic (right-to-left) page: the launcher and the panel sit in the bottom-left corner. */
export const RightToLeft: Story = {
  args: { dir: 'rtl', locale: 'ar' },
  globals: { dir: 'rtl' },
  parameters: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const dialog = await canvas.findByRole('dialog', { name: 'Lumen' });
    // The demo backend has no Arabic text; it answers in its default language.
    const title = await within(dialog).findByText('Hi there 👋');
    await waitFor(() => expect(title).toBeVisible());
    const middle = window.innerWidth / 2;
    await expect(dialog.getBoundingClientRect().right).toBeLessThan(middle);
    await expect(canvas.getByRole('button', { name: 'Help' }).getBoundingClientRect().right).toBeLessThan(
      middle,
    );
  },
};

/** Simplified Chinese, as the backend sends it for `locale: 'zh-Hans'`. */
export const Chinese: Story = {
  args: { locale: 'zh-Hans' },
  parameters: { lang: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const dialog = await canvas.findByRole('dialog', { name: 'Lumen' });
    const title = await within(dialog).findByText('你好 👋');
    await waitFor(() => expect(title).toBeVisible());
    await expect(within(dialog).getByText(/搜索帮助中心/)).toBeVisible();
  },
};

/** While the configuration is on its way: a polite status, and the panel named "Help" until the brand is known. */
export const Loading: Story = {
  args: { timeoutMs: 10 * 60_000 },
  parameters: { msw: { handlers: [http.get(configUrl, () => delay('infinite'))] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const dialog = canvas.getByRole('dialog', { name: 'Help' });
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Loading…');
    await expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  },
};

/** A widget key the backend does not know (the real engine answers 404): a polite explanation, not a blank panel. */
export const UnknownWidgetKey: Story = {
  args: { widgetKey: 'wk_does_not_exist' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const dialog = canvas.getByRole('dialog', { name: 'Help' });
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('Help is not set up on this page yet.');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled();
    await expect(within(dialog).queryByRole('status')).not.toBeInTheDocument();
  },
};

/** The backend answers 200 with a body that is not a widget configuration. */
export const MalformedConfig: Story = {
  parameters: {
    msw: { handlers: [http.get(configUrl, () => HttpResponse.json({ greeting: 'hello', brand: 42 }))] },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await within(canvas.getByRole('dialog', { name: 'Help' })).findByRole('alert');
    await expect(alert).toHaveTextContent('sent something we did not understand');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};

let failuresLeft = 0;

/** The first answer is broken, the second is fine: "Try again" recovers without reloading the page. */
/** The visitor is offline, or the backend cannot be reached at all. */
export const Offline: Story = {
  parameters: {
    msw: { handlers: [http.get(configUrl, () => HttpResponse.error())] },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await within(canvas.getByRole('dialog', { name: 'Help' })).findByRole('alert');
    await expect(alert).toHaveTextContent('Check your connection and try again.');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};

export const RecoversOnRetry: Story = {
  beforeEach: () => {
    failuresLeft = 1;
  },
  parameters: {
    msw: {
      handlers: [
        // Returning nothing hands the request on to the reference engine.
        http.get(configUrl, () => {
          if (failuresLeft === 0) return;
          failuresLeft -= 1;
          return HttpResponse.json({ unexpected: true });
        }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Lumen' });
    await waitFor(async () => expect(await within(dialog).findByText('Hi there 👋')).toBeVisible());
    await expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  },
};

/**
 * On a phone (375×667): the panel fills the screen and the launcher steps aside while it is open, so
 * nothing covers the panel's own controls. The panel's Close button (or Escape) closes it and focus goes
 * back to the launcher.
 */
export const Mobile: Story = {
  ...onPhone,
  args: { defaultOpen: false },
  play: async ({ canvasElement, step }) => {
    await expectPhoneScreen();
    const canvas = within(canvasElement);
    const launcher = canvas.getByRole('button', { name: 'Help' });

    await step('The panel fills the screen and hides the launcher', async () => {
      await userEvent.click(launcher);
      const dialog = await canvas.findByRole('dialog', { name: 'Lumen' });
      await waitFor(() => expect(within(dialog).getByText('Hi there 👋')).toBeVisible());
      await expectFullScreenPanel(dialog);
      await expect(launcher).not.toBeVisible();
      // Where the launcher sat, the panel is what a tap reaches.
      await expect(
        dialog.contains(document.elementFromPoint(window.innerWidth - 48, window.innerHeight - 48)),
      ).toBe(true);
    });

    await step('Its Close button closes it; focus returns to the launcher, shown again', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Close help' }));
      await waitFor(() => expect(canvas.queryByRole('dialog')).not.toBeInTheDocument());
      await expect(launcher).toBeVisible();
      await expect(launcher).toHaveFocus();
    });

    await step('Escape closes it too', async () => {
      await userEvent.click(launcher);
      await canvas.findByRole('dialog', { name: 'Lumen' });
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(canvas.queryByRole('dialog')).not.toBeInTheDocument());
      await expect(launcher).toHaveFocus();
    });

    // Left open, so the accessibility check that follows looks at the full-screen panel too.
    await userEvent.click(launcher);
    const dialog = await canvas.findByRole('dialog', { name: 'Lumen' });
    await waitFor(() => expect(dialog).toBeVisible());
  },
};
