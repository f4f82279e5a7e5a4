import type { ParleyClient } from '@parley/core';
import type { Meta, StoryObj } from '@storybook/preact-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { catalog as ar } from '../../i18n/catalogs/ar';
import { catalog as zhHans } from '../../i18n/catalogs/zh-Hans';
import { expectFullScreenPanel, expectPhoneScreen, onPhone } from '../../testing/onPhone';
import { WidgetStory } from '../../testing/WidgetStory';
import { playTeam } from './testing/playTeam';
import { TicketStory } from './testing/TicketStory';
import { teamHandlers } from './testing/teamHandlers';

const token = 'story-team';

/** The demo ticket PRL-4821 (waiting on the customer), looked up as its requester would. */
const demoTicket = async (client: ParleyClient) =>
  (await client.tickets.lookup({ reference: 'PRL-4821', email: 'ada@example.com' })).id;

// The smallest valid PNG: the backend checks a file's bytes against its type.
const png = () =>
  new File(
    [
      Uint8Array.from(
        atob(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
        ),
        (char) => char.charCodeAt(0),
      ),
    ],
    'pending-changes.png',
    { type: 'image/png' },
  );

/** The dialog of the story, once the ticket shows. */
async function ticketPanel(canvasElement: HTMLElement) {
  const dialog = await within(canvasElement).findByRole('dialog', { name: 'Lumen' });
  const heading = await within(dialog).findByRole('heading', { level: 3 });
  // The panel fades in: wait until a person could see it.
  await waitFor(() => expect(heading).toBeVisible());
  return within(dialog);
}

const meta = {
  title: 'Views/Ticket',
  component: TicketStory,
  args: { ticket: demoTicket },
} satisfies Meta<typeof TicketStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A request waiting on the customer: status, its timeline, the thread (the team's reply in Markdown) and the reply box. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const panel = await ticketPanel(canvasElement);
    await expect(panel.getByRole('heading', { level: 3 })).toHaveTextContent(
      "Notes from my iPad aren't showing up on my laptop",
    );
    await expect(panel.getByText(/Request PRL-4821/)).toBeVisible();
    const steps = within(
      panel.getByRole('heading', { name: 'Status history' }).nextElementSibling as HTMLElement,
    );
    await expect(steps.getAllByRole('listitem').map((step) => step.firstChild?.textContent)).toEqual([
      'Received',
      'Open',
      'Awaiting your reply',
    ]);
    const log = panel.getByRole('log', { name: '2 messages' });
    await expect(within(log).getByText('Priya from Lumen')).toBeVisible();
    await expect(within(log).getAllByText('Settings')[0]?.tagName).toBe('STRONG');
    await expect(panel.getByRole('textbox', { name: 'Your reply' })).toBeVisible();
  },
};

/** The reply goes out (Sending…, then in the thread), and the request is open again. */
export const Reply: Story = {
  args: {
    ticket: async (client) =>
      (
        await client.tickets.create({
          email: 'noor@example.com',
          subject: 'Export to PDF cuts off the last page',
          message: 'It happens with every notebook.',
        })
      ).ticket.id,
  },
  play: async ({ canvasElement, step }) => {
    const panel = await ticketPanel(canvasElement);
    await step('Write and send a reply', async () => {
      await userEvent.type(panel.getByRole('textbox', { name: 'Your reply' }), 'It also happens on 2.4.1.');
      await userEvent.click(panel.getByRole('button', { name: 'Send reply' }));
    });
    await step('It leaves the box for the thread', async () => {
      await waitFor(() => expect(panel.getByRole('status')).toHaveTextContent('Sent'));
      await expect(panel.getByRole('textbox', { name: 'Your reply' })).toHaveValue('');
      const log = panel.getByRole('log', { name: '2 messages' });
      await expect(within(log).getByText('It also happens on 2.4.1.')).toBeVisible();
    });
  },
};

/** Files the customer sent, as links that open in a new tab, with their sizes; an image with a preview. */
export const Attachments: Story = {
  args: {
    ticket: async (client) =>
      (
        await client.tickets.create({
          email: 'ada@example.com',
          subject: 'Sync stuck on one note',
          message: 'Screenshot and sync report attached.',
          files: [png(), new File(['sync ok\nupload pending: 1'], 'sync-report.txt', { type: 'text/plain' })],
        })
      ).ticket.id,
  },
  play: async ({ canvasElement }) => {
    const panel = await ticketPanel(canvasElement);
    const link = panel.getByRole('link', { name: /^pending-changes\.png \S/ });
    await expect(link.getAttribute('href')).toMatch(
      /\/v1\/attachments\/att_[\w-]+\/content\?expires=\d+&signature=[\w-]+$/,
    );
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('target', '_blank');
    // The picture previews inside its link, loaded through the signed link; the text file is a plain chip.
    const preview = link.querySelector('img') as HTMLImageElement;
    await expect(preview.getAttribute('src')).toBe(link.getAttribute('href'));
    await waitFor(() => expect(preview.complete && preview.naturalWidth).toBeGreaterThan(0));
    const text = panel.getByRole('link', { name: /^sync-report\.txt/ });
    await expect(text).toBeVisible();
    await expect(text.querySelector('img')).toBeNull();
  },
};

/** A long subject, a long unbroken line and several replies: everything wraps inside the panel. */
export const LongContent: Story = {
  args: {
    ticket: async (client) => {
      const { ticket } = await client.tickets.create({
        email: 'ada@example.com',
        subject:
          'Every notebook I export to PDF loses its last page, and the table of contents links to pages that do not exist any more',
        message: `${'The export log says: '}${'E'.repeat(20)}_${'x'.repeat(180)}\n\n${'My notes are long. '.repeat(40)}`,
      });
      for (const text of ['First follow-up.', 'Second follow-up, with **details**.', 'Third follow-up.']) {
        await client.tickets.reply(ticket.id, { text });
      }
      return ticket.id;
    },
  },
  play: async ({ canvasElement }) => {
    const panel = await ticketPanel(canvasElement);
    await expect(panel.getByRole('log', { name: '4 messages' })).toBeVisible();
    const body = canvasElement.querySelector('.parley-body') as HTMLElement;
    await expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth);
  },
};

/** A solved request (Simplified Chinese): replying reopens it, and the box says so. */
export const Chinese: Story = {
  args: {
    language: 'zh-Hans',
    ticket: async (client) =>
      (await client.tickets.lookup({ reference: 'PRL-4750', email: 'lin.xiaoyu@example.com' })).id,
  },
  parameters: { lang: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    const panel = await ticketPanel(canvasElement);
    await expect(panel.getByRole('heading', { level: 3 })).toHaveTextContent(
      '年度订阅自动续费了，想申请退款',
    );
    await expect(panel.getByText(zhHans.tickets.solvedHint)).toBeVisible();
    await expect(panel.getAllByText(zhHans.tickets.status.solved)[0]).toBeVisible();
    await expect(panel.getByRole('textbox', { name: zhHans.tickets.reply })).toBeVisible();
  },
};

/** A closed request takes no reply (the contract refuses one): it says so and offers a new message. */
export const Closed: Story = {
  args: {
    ticket: async (client) => {
      const { ticket } = await client.tickets.create({
        email: 'tom.hughes@example.com',
        subject: 'Charged twice for my renewal',
        message: 'Two payments on my statement.',
      });
      const team = playTeam(window.location.origin, token);
      await team.reply(ticket.id, 'We have refunded the second payment. It shows in 3 to 5 days.');
      await team.setStatus(ticket.id, 'closed');
      return ticket.id;
    },
  },
  parameters: { msw: { handlers: teamHandlers(token) } },
  play: async ({ canvasElement }) => {
    const panel = await ticketPanel(canvasElement);
    await expect(panel.getByText(/This request is closed/)).toBeVisible();
    await expect(panel.queryByRole('textbox', { name: 'Your reply' })).not.toBeInTheDocument();
    await expect(panel.getByRole('button', { name: 'Send us a message' })).toBeVisible();
  },
};

/** The team answers while the customer reads: the reply appears in the thread, announced by the log. */
export const TeamAnswersLive: Story = {
  args: {
    ticket: async (client) =>
      (
        await client.tickets.create({
          email: 'sam.rivera@example.com',
          subject: 'Authenticator codes rejected',
          message: 'Every code I enter is refused.',
        })
      ).ticket.id,
  },
  parameters: { msw: { handlers: teamHandlers(token) } },
  play: async ({ canvasElement }) => {
    const panel = await ticketPanel(canvasElement);
    const log = panel.getByRole('log', { name: '1 message' });
    // The thread's heading id is `<idPrefix>-<ticket id>-thread`.
    const ticketId = (log.getAttribute('aria-labelledby') ?? '').replace(/^story-|-thread$/g, '');
    // Realtime connects a moment after the view opens; the team answers until the reply shows.
    await waitFor(
      async () => {
        if (within(log).queryAllByText(/Please check the time on your phone/)[0]) return;
        await playTeam(window.location.origin, token).reply(ticketId, 'Please check the time on your phone.');
        throw new Error('not shown yet');
      },
      { timeout: 8000, interval: 1500 },
    );
    await expect(panel.getAllByText('Awaiting your reply')[0]).toBeVisible();
  },
};

/** Right to left (Arabic). */
export const RightToLeft: Story = {
  args: { language: 'ar' },
  parameters: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    const panel = await ticketPanel(canvasElement);
    await expect(panel.getAllByText(ar.tickets.status.waiting_on_customer)[0]).toBeVisible();
    const reply = panel.getByRole('textbox', { name: ar.tickets.reply });
    await expect(getComputedStyle(reply).direction).toBe('rtl');
  },
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await ticketPanel(canvasElement);
  },
};

/** While the ticket loads. */
export const Loading: Story = {
  args: { clientOptions: { timeoutMs: 10 * 60_000 } },
  parameters: { msw: { handlers: [http.get('*/v1/tickets/:ticketId', () => delay('infinite'))] } },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: 'Lumen' });
    await expect(await within(dialog).findByRole('status')).toHaveTextContent('Loading…');
  },
};

/** The backend is down for a while: a polite error and a way to try again. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: {
    msw: {
      handlers: [
        http.get('*/v1/tickets/:ticketId', () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Unavailable', status: 503, code: 'unavailable' },
            { status: 503, headers: { 'Retry-After': '3600', 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: 'Lumen' });
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('Our help service has a problem right now.');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};

/** A ticket this visitor may not read (or that does not exist): the way in is the lookup form. */
export const NotFound: StoryObj<typeof WidgetStory> = {
  render: () => <WidgetStory route={{ view: 'ticket', ticketId: 'tkt_does_not_exist' }} />,
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: 'Lumen' });
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('We couldn’t find a request');
    await userEvent.click(within(alert).getByRole('button', { name: 'Check a request' }));
    await expect(await within(dialog).findByRole('heading', { name: 'Check a request' })).toBeVisible();
  },
};

/**
 * On a phone (375×667): the request fills the screen, its timeline and thread wrap to its width, and the
 * reply box's send button, once scrolled to, is what a tap reaches (not the launcher).
 */
export const Mobile: Story = {
  ...onPhone,
  play: async ({ canvasElement }) => {
    await expectPhoneScreen();
    const panel = await ticketPanel(canvasElement);
    await expectFullScreenPanel(within(canvasElement).getByRole('dialog'));
    const reply = panel.getByRole('textbox', { name: 'Your reply' });
    await expect(getComputedStyle(reply).fontSize).toBe('16px');
    const send = panel.getByRole('button', { name: 'Send reply' });
    send.scrollIntoView({ block: 'nearest' });
    const { left, top, width, height } = send.getBoundingClientRect();
    await expect(send.contains(document.elementFromPoint(left + width / 2, top + height / 2))).toBe(true);
  },
};
