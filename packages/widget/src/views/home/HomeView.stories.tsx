import { type Availability, createMemoryStorage } from '@parley/core';
import type { Meta, StoryObj } from '@storybook/preact-vite';
import { delay, HttpResponse, http } from 'msw';
import { useMemo } from 'preact/hooks';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { expectFullScreenPanel, expectPhoneScreen, onPhone } from '../../testing/onPhone';
import { WidgetStory, type WidgetStoryProps } from '../../testing/WidgetStory';
import { patchConfig } from './testing/patchConfig';
import { suggestForPage } from './testing/suggestForPage';

/** Open around the clock, replying in about two hours: the home view does not depend on when it runs. */
const alwaysOpen: Availability = {
  timeZone: 'Europe/London',
  weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, opens: '00:00', closes: '24:00' })),
  isOpen: true,
  nextOpensAt: null,
  expectedReplyMinutes: 120,
};

/**
 * The widget on home with a visitor of its own (memory storage): conversations other stories started in
 * this browser do not show up here.
 */
function HomeStory(props: WidgetStoryProps) {
  const { clientOptions: given } = props;
  const clientOptions = useMemo(() => ({ ...given, storage: createMemoryStorage() }), [given]);
  return <WidgetStory {...props} clientOptions={clientOptions} />;
}

/** How long to wait for the backend's answers: stories run side by side on few cores. */
const patience = { timeout: 5000 };

/** The panel, once the home view has rendered its greeting. */
async function home(canvasElement: HTMLElement, greeting = 'Hi there 👋') {
  const dialog = await within(canvasElement).findByRole('dialog', { name: 'Lumen' }, patience);
  const panel = within(dialog);
  await waitFor(
    () => expect(panel.getByRole('heading', { level: 3, name: greeting })).toBeVisible(),
    patience,
  );
  return panel;
}

const meta = {
  title: 'Views/Home',
  component: HomeStory,
  args: { route: { view: 'home' } },
  parameters: {
    msw: {
      handlers: {
        config: [patchConfig((config) => ({ ...config, availability: alwaysOpen }))],
        // As on the host's security settings page.
        suggest: [suggestForPage('/settings/security')],
      },
    },
  },
} satisfies Meta<typeof HomeStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A first visit: greeting, search, articles for the page, the way to the team and when it answers. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const panel = await home(canvasElement);
    await expect(panel.getByRole('searchbox', { name: 'Search for help' })).toBeVisible();
    await expect(panel.getByText('We usually reply in 2 hours')).toBeVisible();
    const suggested = await panel.findByRole('region', { name: 'Suggested articles' }, patience);
    await expect(within(suggested).getAllByRole('button').length).toBeGreaterThan(0);
    await expect(panel.getByRole('button', { name: 'Send us a message' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Check a request' })).toBeVisible();
  },
};

/** A returning visitor: the last conversation, with the bot's unread answer, opens from its card. */
export const RecentConversation: Story = {
  args: {
    prepare: async (client) => {
      await client.conversations.create({ text: 'How do I export a notebook as a PDF?' });
    },
  },
  play: async ({ canvasElement }) => {
    const panel = await home(canvasElement);
    const recent = await panel.findByRole('region', { name: 'Recent conversation' }, patience);
    const card = await within(recent).findByRole(
      'button',
      { name: /Lumen Assistant.*1 unread message/ },
      patience,
    );
    await expect(within(recent).queryByRole('button', { name: 'See all conversations' })).toBeNull();
    await userEvent.click(card);
    await waitFor(() => expect(panel.queryByRole('heading', { name: 'Hi there 👋' })).toBeNull(), patience);
    await expect(panel.getByRole('button', { name: 'Back' })).toBeVisible();
  },
};

/** Several conversations: the newest as a card, and a link to all of them. */
export const SeveralConversations: Story = {
  args: {
    prepare: async (client) => {
      await client.conversations.create({ text: 'My invoice shows the wrong company name.' });
      await client.conversations.create({ text: 'Can I share a notebook with my team?' });
    },
  },
  play: async ({ canvasElement }) => {
    const panel = await home(canvasElement);
    await expect(await panel.findByRole('button', { name: 'See all conversations' }, patience)).toBeVisible();
  },
};

/** Outside business hours: when the team is back, and the message becomes a ticket (offline form). */
export const Away: Story = {
  parameters: {
    msw: {
      handlers: {
        config: [patchConfig((config) => ({ ...config, availability: { ...alwaysOpen, weekly: [] } }))],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const panel = await home(canvasElement);
    await expect(panel.getByText(/We’re away right now/)).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Send us a message' })).toBeVisible();
  },
};

/** A help centre only: without conversations and tickets there is no way to write, so no button for it. */
export const SelfServiceOnly: Story = {
  parameters: {
    msw: {
      handlers: {
        config: [
          patchConfig((config) => ({
            ...config,
            capabilities: { ...config.capabilities, conversations: false, tickets: false },
          })),
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const panel = await home(canvasElement);
    await expect(panel.getByRole('searchbox')).toBeVisible();
    await expect(panel.queryByRole('button', { name: 'Send us a message' })).toBeNull();
    await expect(panel.queryByRole('button', { name: 'Check a request' })).toBeNull();
  },
};

/** Suggestions and conversations still on their way: what needs no answer is usable already. */
export const Loading: Story = {
  args: { clientOptions: { timeoutMs: 10 * 60_000 } },
  parameters: {
    msw: {
      handlers: {
        suggest: [http.get('*/v1/kb/suggest', () => delay('infinite'))],
        conversations: [http.get('*/v1/conversations', () => delay('infinite'))],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const panel = await home(canvasElement);
    await expect(panel.getByRole('searchbox')).toBeEnabled();
    await expect(panel.getByRole('button', { name: 'Send us a message' })).toBeEnabled();
    await expect(panel.queryByRole('region', { name: 'Suggested articles' })).toBeNull();
  },
};

/** Suggestions and conversations fail: home leaves them out quietly instead of showing broken boxes. */
export const BackendErrors: Story = {
  parameters: {
    msw: {
      handlers: {
        suggest: [http.get('*/v1/kb/suggest', () => HttpResponse.json({ unexpected: true }))],
        conversations: [http.get('*/v1/conversations', () => HttpResponse.json({ unexpected: true }))],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const panel = await home(canvasElement);
    await expect(panel.getByRole('button', { name: 'Send us a message' })).toBeVisible();
    await expect(panel.queryByRole('alert')).toBeNull();
  },
};

const longGreeting =
  'Search our help centre, browse the guides for your plan, or send us a message with as much detail as you can: the notebook, the device, what you expected and what happened instead. We usually reply within a few hours.';

/** Long texts: a long greeting and a long last message wrap or are cut, never widen the panel. */
export const LongContent: Story = {
  args: {
    prepare: async (client) => {
      await client.conversations.create({
        text: `${'Export keeps failing on a very long notebook. '.repeat(8)}`,
      });
    },
  },
  parameters: {
    msw: {
      handlers: {
        config: [
          patchConfig((config) => ({
            ...config,
            availability: alwaysOpen,
            greeting: {
              title: 'Welcome to Lumen support, we are glad you are here 👋',
              message: longGreeting,
            },
          })),
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const panel = await home(canvasElement, 'Welcome to Lumen support, we are glad you are here 👋');
    await panel.findByRole('region', { name: 'Recent conversation' }, patience);
    const body = canvasElement.querySelector('.parley-body') as HTMLElement;
    await expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth);
  },
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await home(canvasElement);
  },
};

/** Arabic, right to left (the demo backend answers in its default language). */
export const RightToLeft: Story = {
  args: { language: 'ar' },
  globals: { dir: 'rtl' },
  parameters: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    const panel = await home(canvasElement);
    await expect(panel.getByRole('button', { name: 'أرسل لنا رسالة' })).toBeVisible();
  },
};

/** Simplified Chinese, greeting and articles included. */
export const Chinese: Story = {
  args: { language: 'zh-Hans' },
  parameters: { lang: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    const panel = await home(canvasElement, '你好 👋');
    await expect(await panel.findByRole('region', { name: '推荐文章' }, patience)).toBeVisible();
  },
};

const feedbackSent: unknown[] = [];

/**
 * The self-service journey: a question typed on home opens the results as it is typed, a result opens
 * the article, and "no" with a comment reaches the backend.
 */
export const SearchOpenArticleFeedback: Story = {
  beforeEach: () => {
    feedbackSent.length = 0;
  },
  parameters: {
    msw: {
      handlers: {
        feedback: [
          // Returning nothing hands the request on to the reference engine.
          http.post('*/v1/kb/articles/:articleId/feedback', async ({ request }) => {
            feedbackSent.push(await request.clone().json());
          }),
        ],
      },
    },
  },
  play: async ({ canvasElement, step }) => {
    const panel = await home(canvasElement);

    await step('Type a question on home: the results come as it is typed', async () => {
      await userEvent.type(panel.getByRole('searchbox', { name: 'Search for help' }), 'reset password');
      const box = panel.getByRole('searchbox', { name: 'Search for help' });
      await expect(box).toHaveFocus();
      await expect(box).toHaveValue('reset password');
      await waitFor(() => expect(panel.getByRole('status')).toHaveTextContent(/^\d+ results?$/), patience);
    });

    await step('Open the best result', async () => {
      await userEvent.click(panel.getByRole('button', { name: 'Reset your password' }));
      const [title] = await panel.findAllByRole(
        'heading',
        { level: 3, name: 'Reset your password' },
        patience,
      );
      await expect(title).toHaveFocus();
    });

    await step('Answer "no", say why, and get thanked', async () => {
      await userEvent.click(panel.getByRole('button', { name: 'No' }));
      const comment = await panel.findByRole(
        'textbox',
        { name: 'How can we improve this article?' },
        patience,
      );
      await expect(panel.getByRole('status')).toHaveTextContent('Thanks for your feedback!');
      await userEvent.type(comment, 'The reset email never arrived.');
      await userEvent.click(panel.getByRole('button', { name: 'Send feedback' }));
      await waitFor(() => expect(panel.queryByRole('textbox')).toBeNull(), patience);
      await expect(panel.getByRole('button', { name: 'Message us' })).toBeVisible();
      await waitFor(
        () =>
          expect(feedbackSent).toEqual([
            expect.objectContaining({ helpful: false }),
            expect.objectContaining({ helpful: false, comment: 'The reset email never arrived.' }),
          ]),
        patience,
      );
    });

    await step('Back finds the results again', async () => {
      await userEvent.click(panel.getByRole('button', { name: 'Back' }));
      await expect(await panel.findByRole('button', { name: 'Reset your password' }, patience)).toBeVisible();
    });
  },
};

/** On a phone (375×667): home fills the screen; search first, the articles and the ways to the team below. */
export const Mobile: Story = {
  ...onPhone,
  play: async ({ canvasElement }) => {
    await expectPhoneScreen();
    const panel = await home(canvasElement);
    await expectFullScreenPanel(within(canvasElement).getByRole('dialog'));
    const search = panel.getByRole('searchbox', { name: 'Search for help' });
    // Large enough that iOS does not zoom into the field as it takes focus.
    await expect(getComputedStyle(search).fontSize).toBe('16px');
    await expect(await panel.findByRole('region', { name: 'Suggested articles' }, patience)).toBeVisible();
    const contact = panel.getByRole('button', { name: 'Send us a message' });
    contact.scrollIntoView({ block: 'nearest' });
    await waitFor(() => expect(contact).toBeVisible());
  },
};
