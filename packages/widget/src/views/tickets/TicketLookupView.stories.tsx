import type { Meta, StoryObj } from '@storybook/preact-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { catalog as ar } from '../../i18n/catalogs/ar';
import { catalog as zhHans } from '../../i18n/catalogs/zh-Hans';
import { expectFullScreenPanel, expectPhoneScreen, onPhone } from '../../testing/onPhone';
import { WidgetStory } from '../../testing/WidgetStory';

/** A reference nobody has: failed lookups are limited per reference, so each run uses its own. */
const unknownReference = () => `PRL-${Math.floor(100_000 + Math.random() * 899_999)}`;

/** The lookup form of the story's panel. */
async function lookupPanel(canvasElement: HTMLElement, name = 'Lumen') {
  const dialog = await within(canvasElement).findByRole('dialog', { name });
  const heading = await within(dialog).findByRole('heading', { level: 3 });
  // The panel fades in: wait until a person could see it.
  await waitFor(() => expect(heading).toBeVisible());
  return within(dialog);
}

const meta = {
  title: 'Views/TicketLookup',
  component: WidgetStory,
  args: { route: { view: 'ticketLookup' } },
} satisfies Meta<typeof WidgetStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** "Check a request": the reference from our email and the address it went to. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const panel = await lookupPanel(canvasElement);
    await expect(panel.getByRole('heading', { name: 'Check a request' })).toBeVisible();
    await expect(panel.getByRole('textbox', { name: 'Reference' })).toBeVisible();
    await expect(panel.getByRole('textbox', { name: 'Email' })).toHaveAttribute('type', 'email');
  },
};

/**
 * The interaction test: a wrong reference gets a friendly inline answer (not a crash, nothing
 * lost), then the right one opens the demo ticket PRL-4821.
 */
export const SuccessAndNotFound: Story = {
  play: async ({ canvasElement, step }) => {
    const panel = await lookupPanel(canvasElement);
    const reference = panel.getByRole('textbox', { name: 'Reference' });
    const email = panel.getByRole('textbox', { name: 'Email' });
    await step(
      'A reference that does not exist: a friendly answer, and the fields keep what was typed',
      async () => {
        const wrong = unknownReference();
        await userEvent.type(reference, wrong);
        await userEvent.type(email, 'ada@example.com');
        await userEvent.click(panel.getByRole('button', { name: 'Check status' }));
        await expect(await panel.findByRole('alert')).toHaveTextContent(
          'We couldn’t find a request with that reference and email address.',
        );
        await expect(reference).toHaveValue(wrong);
        await expect(email).toHaveValue('ada@example.com');
      },
    );
    await step('The right reference opens the ticket', async () => {
      await userEvent.clear(reference);
      await userEvent.type(reference, 'PRL-4821');
      await userEvent.click(panel.getByRole('button', { name: 'Check status' }));
      await expect(
        await panel.findByRole('heading', { name: "Notes from my iPad aren't showing up on my laptop" }),
      ).toBeVisible();
      await expect(panel.getAllByText('Awaiting your reply')[0]).toBeVisible();
    });
  },
};

/** Nothing is sent before the fields are right; errors are read with their field, and focus goes to the first. */
export const Validation: Story = {
  play: async ({ canvasElement }) => {
    const panel = await lookupPanel(canvasElement);
    await userEvent.type(panel.getByRole('textbox', { name: 'Email' }), 'ada.example.com');
    await userEvent.click(panel.getByRole('button', { name: 'Check status' }));
    const reference = panel.getByRole('textbox', { name: 'Reference' });
    await waitFor(() => expect(reference).toHaveFocus());
    await expect(reference).toHaveAccessibleDescription('Please fill in this field.');
    await expect(panel.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
      'Please enter a valid email address.',
    );
  },
};

/** While the backend looks: the fields are kept read-only and the wait is announced. */
export const Pending: Story = {
  args: { clientOptions: { timeoutMs: 10 * 60_000 } },
  parameters: { msw: { handlers: [http.post('*/v1/tickets/lookup', () => delay('infinite'))] } },
  play: async ({ canvasElement }) => {
    const panel = await lookupPanel(canvasElement);
    await userEvent.type(panel.getByRole('textbox', { name: 'Reference' }), 'PRL-4821');
    await userEvent.type(panel.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.click(panel.getByRole('button', { name: 'Check status' }));
    await expect(panel.getByRole('status')).toHaveTextContent('Loading…');
    await expect(panel.getByRole('textbox', { name: 'Reference' })).toHaveAttribute('readonly');
  },
};

/** Too many tries: the backend's limit is explained, with a way to try again. */
export const RateLimited: Story = {
  parameters: {
    msw: {
      handlers: [
        http.post('*/v1/tickets/lookup', () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Too many requests', status: 429, code: 'rate_limited' },
            { status: 429, headers: { 'Retry-After': '60', 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const panel = await lookupPanel(canvasElement);
    await userEvent.type(panel.getByRole('textbox', { name: 'Reference' }), 'PRL-4821');
    await userEvent.type(panel.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.click(panel.getByRole('button', { name: 'Check status' }));
    const alert = await panel.findByRole('alert');
    await expect(alert).toHaveTextContent('Too many requests in a short time.');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** The backend cannot be reached. */
export const Offline: Story = {
  parameters: { msw: { handlers: [http.post('*/v1/tickets/lookup', () => HttpResponse.error())] } },
  play: async ({ canvasElement }) => {
    const panel = await lookupPanel(canvasElement);
    await userEvent.type(panel.getByRole('textbox', { name: 'Reference' }), 'PRL-4821');
    await userEvent.type(panel.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.click(panel.getByRole('button', { name: 'Check status' }));
    await expect(await panel.findByRole('alert')).toHaveTextContent('Check your connection and try again.');
  },
};

/** Right to left (Arabic), with an error shown. */
export const RightToLeft: Story = {
  args: { language: 'ar' },
  parameters: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    const panel = await lookupPanel(canvasElement);
    await userEvent.click(panel.getByRole('button', { name: ar.tickets.lookup }));
    const reference = panel.getByRole('textbox', { name: ar.tickets.reference });
    await expect(reference).toHaveAccessibleDescription(ar.form.required);
    await expect(getComputedStyle(reference).direction).toBe('rtl');
  },
};

/** The dark theme, with an error shown. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const panel = await lookupPanel(canvasElement);
    await userEvent.click(panel.getByRole('button', { name: 'Check status' }));
    await expect(panel.getByRole('textbox', { name: 'Reference' })).toHaveAccessibleDescription(
      'Please fill in this field.',
    );
  },
};

/** Simplified Chinese: the solved demo request PRL-4750 of 林晓雨. */
export const Chinese: Story = {
  args: { language: 'zh-Hans' },
  parameters: { lang: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    const panel = await lookupPanel(canvasElement);
    await userEvent.type(panel.getByRole('textbox', { name: zhHans.tickets.reference }), 'prl-4750');
    await userEvent.type(panel.getByRole('textbox', { name: zhHans.form.email }), 'lin.xiaoyu@example.com');
    await userEvent.click(panel.getByRole('button', { name: zhHans.tickets.lookup }));
    await expect(await panel.findByRole('heading', { name: '年度订阅自动续费了，想申请退款' })).toBeVisible();
  },
};

/** On a phone (375×667): the lookup form fills the screen; its button is what a tap reaches; the ticket opens. */
export const Mobile: Story = {
  ...onPhone,
  play: async ({ canvasElement }) => {
    await expectPhoneScreen();
    const panel = await lookupPanel(canvasElement);
    await expectFullScreenPanel(within(canvasElement).getByRole('dialog'));
    const reference = panel.getByRole('textbox', { name: 'Reference' });
    await expect(getComputedStyle(reference).fontSize).toBe('16px');
    await userEvent.type(reference, 'PRL-4821');
    await userEvent.type(panel.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    const check = panel.getByRole('button', { name: 'Check status' });
    check.scrollIntoView({ block: 'nearest' });
    const { left, top, width, height } = check.getBoundingClientRect();
    await expect(check.contains(document.elementFromPoint(left + width / 2, top + height / 2))).toBe(true);
    await userEvent.click(check);
    await expect(
      await panel.findByRole('heading', { name: "Notes from my iPad aren't showing up on my laptop" }),
    ).toBeVisible();
  },
};
