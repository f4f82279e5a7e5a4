import { createMemoryStorage, type ParleyClient } from '@parley/core';
import { identityHash } from '@parley/server/msw';
import type { Meta, StoryObj } from '@storybook/preact-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { catalog as ar } from '../../i18n/catalogs/ar';
import { catalog as zhHans } from '../../i18n/catalogs/zh-Hans';
import { expectFullScreenPanel, expectPhoneScreen, onPhone } from '../../testing/onPhone';
import { WidgetStory } from '../../testing/WidgetStory';

/**
 * Prepares a user of the demo widget (a new one each run, verified, so they have a list) with requests
 * of these subjects, the last one newest.
 */
const userWith =
  (subjects: readonly string[]) =>
  async (client: ParleyClient): Promise<void> => {
    const userId = `story-${Math.random().toString(36).slice(2)}`;
    await client.session.identify({
      userId,
      name: 'Noor Haddad',
      email: 'noor@example.com',
      hash: await identityHash('demo-secret-change-me', userId),
    });
    for (const subject of subjects) {
      await client.tickets.create({ email: 'noor@example.com', subject, message: `About: ${subject}` });
    }
  };

const subjects = [
  'Export to PDF cuts off the last page',
  'Charged twice for my renewal',
  'Add a second device',
];

/** The list of the story's panel, once loaded. */
async function listPanel(canvasElement: HTMLElement) {
  const dialog = await within(canvasElement).findByRole('dialog', { name: 'Lumen' });
  const heading = await within(dialog).findByRole('heading', { level: 3 });
  // The panel fades in: wait until a person could see it.
  await waitFor(() => expect(heading).toBeVisible());
  return within(dialog);
}

const meta = {
  title: 'Views/TicketList',
  component: WidgetStory,
  args: { route: { view: 'tickets' }, prepare: userWith(subjects) },
} satisfies Meta<typeof WidgetStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An identified user's requests, newest first: subject, status, reference and last update; each opens. */
export const Default: Story = {
  play: async ({ canvasElement, step }) => {
    const panel = await listPanel(canvasElement);
    const rows = await panel.findAllByRole('button', { name: /Received PRL-/ });
    await expect(rows.map((row) => row.querySelector('.parley-ticket-subject')?.textContent)).toEqual(
      [...subjects].reverse(),
    );
    await expect(rows[0]).toHaveTextContent(/Updated /);
    await step('A request opens', async () => {
      await userEvent.click(rows[2] as HTMLElement);
      await expect(
        await panel.findByRole('heading', { name: 'Export to PDF cuts off the last page' }),
      ).toBeVisible();
    });
  },
};

/** No request yet (an anonymous visitor has no list): the way to check one by reference. */
export const Empty: Story = {
  // A visitor of their own: the default storage (IndexedDB) would resume the session of a user of another story.
  args: { prepare: async () => {}, clientOptions: { storage: createMemoryStorage() } },
  play: async ({ canvasElement }) => {
    const panel = await listPanel(canvasElement);
    await expect(await panel.findByText('You don’t have any requests yet.')).toBeVisible();
    await userEvent.click(panel.getByRole('button', { name: 'Check a request' }));
    await expect(await panel.findByRole('heading', { name: 'Check a request' })).toBeVisible();
  },
};

/** More than a page: "Show more" loads the rest. */
export const LoadMore: Story = {
  args: { prepare: userWith(Array.from({ length: 22 }, (_, index) => `Request number ${index + 1}`)) },
  play: async ({ canvasElement }) => {
    const panel = await listPanel(canvasElement);
    const more = await panel.findByRole('button', { name: 'Show more' });
    await expect(panel.getAllByRole('button', { name: /^Request number/ })).toHaveLength(20);
    await userEvent.click(more);
    await waitFor(() => expect(panel.getAllByRole('button', { name: /^Request number/ })).toHaveLength(22));
    await expect(panel.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  },
};

/** Long subjects wrap inside the panel. */
export const LongContent: Story = {
  args: {
    prepare: userWith([
      'Every notebook I export to PDF loses its last page, and the table of contents links to pages that do not exist',
      `Sync log: ${'x'.repeat(150)}`,
    ]),
  },
  play: async ({ canvasElement }) => {
    const panel = await listPanel(canvasElement);
    await panel.findAllByRole('button', { name: /Received PRL-/ });
    const body = canvasElement.querySelector('.parley-body') as HTMLElement;
    await expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth);
  },
};

/** While the list loads. */
export const Loading: Story = {
  args: { clientOptions: { timeoutMs: 10 * 60_000 } },
  parameters: { msw: { handlers: [http.get('*/v1/tickets', () => delay('infinite'))] } },
  play: async ({ canvasElement }) => {
    const panel = await listPanel(canvasElement);
    await expect(panel.getByRole('status')).toHaveTextContent('Loading…');
  },
};

/** The backend is down for a while: a polite error and a way to try again, and no false "no requests". */
export const ErrorState: Story = {
  name: 'Error',
  parameters: {
    msw: {
      handlers: [
        http.get('*/v1/tickets', () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Unavailable', status: 503, code: 'unavailable' },
            { status: 503, headers: { 'Retry-After': '3600', 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const panel = await listPanel(canvasElement);
    const alert = await panel.findByRole('alert');
    await expect(alert).toHaveTextContent('Our help service has a problem right now.');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(panel.queryByText('You don’t have any requests yet.')).not.toBeInTheDocument();
  },
};

/** Right to left (Arabic). */
export const RightToLeft: Story = {
  args: { language: 'ar' },
  parameters: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    const panel = await listPanel(canvasElement);
    await expect(panel.getByRole('heading', { name: ar.tickets.listTitle })).toBeVisible();
    await expect((await panel.findAllByText(ar.tickets.status.received))[0]).toBeVisible();
  },
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const panel = await listPanel(canvasElement);
    await panel.findAllByRole('button', { name: /Received PRL-/ });
  },
};

/** Simplified Chinese, with Chinese subjects. */
export const Chinese: Story = {
  args: {
    language: 'zh-Hans',
    prepare: userWith(['年度订阅自动续费了，想申请退款', '导出 PDF 时最后一页丢失']),
  },
  parameters: { lang: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    const panel = await listPanel(canvasElement);
    await expect(panel.getByRole('heading', { name: zhHans.tickets.listTitle })).toBeVisible();
    await expect(await panel.findByText('导出 PDF 时最后一页丢失')).toBeVisible();
  },
};

/** On a phone (375×667): the requests fill the screen, long subjects wrapping; a request opens. */
export const Mobile: Story = {
  ...onPhone,
  play: async ({ canvasElement }) => {
    await expectPhoneScreen();
    const panel = await listPanel(canvasElement);
    const rows = await panel.findAllByRole('button', { name: /Received PRL-/ });
    await expectFullScreenPanel(within(canvasElement).getByRole('dialog'));
    await userEvent.click(rows[0] as HTMLElement);
    await expect(await panel.findByRole('heading', { name: 'Add a second device' })).toBeVisible();
  },
};
