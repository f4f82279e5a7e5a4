import type { ParleyClient } from '@parley/core';
import type { Meta, StoryObj } from '@storybook/preact-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { expectPhoneScreen, onPhone } from '../../testing/onPhone';
import { WidgetStory } from '../../testing/WidgetStory';
import { ConversationStory } from './testing/ConversationStory';
import { createStoryTeam, type StoryTeam } from './testing/createStoryTeam';
import { createTeamHandlers } from './testing/createTeamHandlers';
import { sendAsVisitor } from './testing/sendAsVisitor';

/** The reference engine with its agent API open: the stories play the team. */
const team = createTeamHandlers();

const meta = {
  title: 'Views/Conversation',
  component: ConversationStory,
  parameters: { msw: { handlers: team } },
} satisfies Meta<typeof ConversationStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waits until `element` shows: the panel fades in as it opens. */
const shows = (element: HTMLElement) => waitFor(() => expect(element).toBeVisible());

/** Starts a conversation as the visitor; the demo bot answers the first message. */
const start =
  (text: string, then?: (client: ParleyClient, team: StoryTeam, id: string) => Promise<void>) =>
  async (client: ParleyClient, people: StoryTeam) => {
    const { id } = await client.conversations.create({ text });
    await then?.(client, people, id);
    return id;
  };

/** The visitor asked for a person, and Priya answered. */
const withPriya = (text = 'Hi Ada, I’m Priya. Let me look at your export.') =>
  start('How do I export notes as PDF?', async (client, people, id) => {
    await sendAsVisitor(client, id, { text: 'I’d like to talk to a person, please.' });
    await people.reply(id, text, { author: { name: 'Priya Shah' } });
  });

/** The widget's wrapper in a story: the conversation's id and whether realtime is up. */
function wrapper(canvasElement: HTMLElement) {
  const element = canvasElement.querySelector<HTMLElement>('[data-conversation-id]');
  return { id: element?.dataset.conversationId ?? '', online: () => element?.dataset.online === 'true' };
}

/** The bot answers the first message with articles and quick replies ("That helped", "Talk to a person"). */
export const BotWithQuickReplies: Story = {
  args: { setup: start('How do I export my notes as a PDF?') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await shows(await canvas.findByRole('heading', { name: 'Lumen Assistant' }));
    await shows(canvas.getByRole('group', { name: 'Suggested replies' }));
    await shows(canvas.getByRole('log', { name: 'Messages' }));
  },
};

/**
 * The flow: the visitor asks for a person, an agent answers live through the agent API, resolves
 * the conversation, and the visitor rates it.
 */
export const SendReplyRate: Story = {
  args: { setup: start('How do I export my notes as a PDF?') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const people = createStoryTeam(window.location.origin);
    const box = await canvas.findByRole('textbox', { name: 'Message' });
    await userEvent.type(box, 'Can I talk to a person?{Enter}');
    await shows(await canvas.findByText('You asked to talk to a person'));
    await expect(box).toHaveValue('');

    const { id, online } = wrapper(canvasElement);
    await waitFor(() => expect(online()).toBe(true), { timeout: 10_000 });
    await people.reply(id, 'Hi, I’m Priya. PDF export is under **File → Export**.', {
      author: { name: 'Priya Shah' },
    });
    await shows(await canvas.findByText('Priya Shah joined the conversation'));
    await shows(await canvas.findByRole('heading', { name: 'Priya Shah' }));
    await expect(canvas.getByText('File → Export').tagName).toBe('STRONG');

    await people.status(id, 'resolved');
    const great = await canvas.findByRole('radio', { name: 'Great' });
    await userEvent.click(great);
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Add a comment (optional)' }),
      'Quick and clear.',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Send rating' }));
    await shows(await canvas.findByText('Thanks for your rating!'));
    await shows(await canvas.findByText('You rated this conversation 5 out of 5'));
  },
};

/** A person answers; they have read the visitor's last message. */
export const PersonSeen: Story = {
  args: {
    setup: start('My notes do not sync to my phone.', async (client, people, id) => {
      await sendAsVisitor(client, id, { text: 'Talk to a person' });
      await people.reply(id, 'Hi! Which phone and app version do you have?', {
        author: { name: 'Priya Shah' },
      });
      await sendAsVisitor(client, id, { text: 'An iPhone 15, Lumen 4.2.1.' });
      const messages = await people.messages(id);
      await people.read(id, messages[messages.length - 1]?.id ?? '');
    }),
  },
  play: async ({ canvasElement }) => {
    await shows(await within(canvasElement).findByText(/· Seen$/));
  },
};

/** The team is typing. */
export const Typing: Story = {
  args: { setup: withPriya(), live: (people, id) => people.typing(id) },
  play: async ({ canvasElement }) => {
    await shows(await within(canvasElement).findByText('Priya Shah is typing…', {}, { timeout: 10_000 }));
  },
};

/** Cards from the team: a card with a link, an article card (opens in the widget), a link quick reply. */
export const Cards: Story = {
  args: {
    setup: start('How do I share a notebook?', async (client, people, id) => {
      await sendAsVisitor(client, id, { text: 'Talk to a person' });
      await people.reply(id, 'These should help:', {
        author: { name: 'Priya Shah' },
        parts: [
          {
            type: 'card',
            title: 'Lumen Team plan',
            text: 'Shared notebooks, roles and an admin console.',
            imageUrl: null,
            url: 'https://lumen.example/pricing',
          },
          {
            type: 'article',
            articleId: 'art_share',
            title: 'Share a notebook',
            snippet: 'Invite people by email.',
          },
          {
            type: 'quick_replies',
            replies: [
              {
                id: 'qr_pricing',
                label: 'See pricing',
                action: { type: 'url', url: 'https://lumen.example/pricing' },
              },
              { id: 'qr_thanks', label: 'Thanks!', action: { type: 'reply', text: 'Thanks!' } },
            ],
          },
        ],
      });
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const link = await canvas.findByRole('link', { name: 'Open link' });
    await expect(link).toHaveAttribute('href', 'https://lumen.example/pricing');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await shows(canvas.getByRole('button', { name: /Share a notebook/ }));
    await shows(canvas.getByRole('link', { name: 'See pricing' }));
  },
};

const longMarkdown = [
  'Here is everything about exporting, step by step:',
  '',
  '1. Open the notebook and choose **File → Export**.',
  '2. Pick *PDF*, *Markdown* or *HTML*.',
  '3. For big notebooks, export from the desktop app: `lumen export --all --format pdf`.',
  '',
  'Details: https://lumen.example/help/articles/export-your-notes-as-pdf-markdown-or-html-with-attachments-and-images',
  '',
  'A_very_long_word_without_any_space_that_must_wrap_instead_of_widening_the_panel_0123456789abcdefghijklmnopqrstuvwxyz',
].join('\n');

/** Over a page of messages (older ones load at the top), a long Markdown answer and an unbreakable word. */
export const LongContent: Story = {
  args: {
    setup: start('First question of a long conversation.', async (_client, people, id) => {
      for (let n = 1; n <= 52; n += 1)
        await people.reply(id, `Follow-up number ${n}.`, { author: { name: 'Priya Shah' } });
      await people.reply(id, longMarkdown, { author: { name: 'Priya Shah' } });
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await shows(await canvas.findByText(/A_very_long_word/));
    await expect(canvas.queryByText('First question of a long conversation.')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Show earlier messages' }));
    await expect(await canvas.findByText('First question of a long conversation.')).toBeInTheDocument();
  },
};

/** A 1×1 PNG: the server checks a file's signature against its type. */
const pngBytes = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (character) => character.charCodeAt(0),
);

/** Files sent by the visitor (name and size, downloadable; an image with a preview), and new ones previewed in the composer. */
export const Attachments: Story = {
  args: {
    setup: start('Export cuts off the last page.', async (client, _people, id) => {
      await sendAsVisitor(client, id, {
        text: 'Here is a screenshot and the PDF.',
        files: [
          new File([pngBytes], 'screenshot.png', { type: 'image/png' }),
          new File(['%PDF-1.4\n%%EOF\n'], 'Quarterly report – final version (2).pdf', {
            type: 'application/pdf',
          }),
        ],
      });
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const image = await canvas.findByRole('link', { name: /^screenshot\.png/ });
    await shows(image);
    // The picture shows inside its link, loaded through the signed link; the PDF is a plain chip.
    const preview = image.querySelector('img') as HTMLImageElement;
    await expect(preview.getAttribute('src')).toBe(image.getAttribute('href'));
    await waitFor(() => expect(preview.complete && preview.naturalWidth).toBeGreaterThan(0));
    const pdf = canvas.getByRole('link', { name: /^Quarterly report/ });
    await expect(pdf).toHaveAttribute('target', '_blank');
    await expect(pdf.querySelector('img')).toBeNull();
    const picker = canvasElement.querySelector<HTMLInputElement>('input[type=file]');
    await userEvent.upload(
      picker as HTMLInputElement,
      new File([pngBytes], 'new-screenshot.png', { type: 'image/png' }),
    );
    await shows(canvas.getByRole('button', { name: 'Remove new-screenshot.png' }));
    await expect(canvasElement.querySelector('.parley-draft img')?.getAttribute('src')).toMatch(/^blob:/);
  },
};

/** The backend refuses a message: it shows as not sent, with a retry button. */
export const FailedMessage: Story = {
  args: { setup: start('How do I export notes?') },
  parameters: {
    msw: {
      handlers: [
        http.post('*/v1/conversations/:id/messages', () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Refused', status: 422, code: 'validation_failed' },
            { status: 422, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
        ...team,
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(
      await canvas.findByRole('textbox', { name: 'Message' }),
      'Hello? Anyone there?{Enter}',
    );
    await shows(await canvas.findByText('Not sent'));
    await shows(canvas.getByRole('button', { name: 'Try again' }));
  },
};

/** Resolved: the rating (1 to 5, with an optional comment) and how to reopen. */
export const ResolvedWithRating: Story = {
  args: {
    setup: async (client, people) => {
      const id = await withPriya('Export works again from version 4.2.2. Anything else?')(client, people);
      await people.status(id, 'resolved');
      return id;
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await shows(await canvas.findByRole('group', { name: 'How would you rate this conversation?' }));
    await userEvent.click(canvas.getByRole('radio', { name: 'Good' }));
    await shows(canvas.getByRole('button', { name: 'Send rating' }));
  },
};

/** Resolved and already rated: the rating is a quiet line, not asked again. */
export const Rated: Story = {
  args: {
    setup: async (client, people) => {
      const id = await withPriya('Glad it works now!')(client, people);
      await people.status(id, 'resolved');
      await client.conversations.rate(id, { score: 4 });
      return id;
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await shows(await canvas.findByText('You rated this conversation 4 out of 5'));
    await expect(canvas.queryByRole('radio')).toBeNull();
  },
};

/** The browser is offline: the banner says so (messages wait in the outbox). */
export const Offline: Story = {
  args: { setup: withPriya() },
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      Reflect.deleteProperty(navigator, 'onLine');
    };
  },
  play: async ({ canvasElement }) => {
    await shows(await within(canvasElement).findByText(/You’re offline/));
  },
};

/** Realtime dropped after connecting and cannot come back: "Reconnecting…". */
const dropped = { opened: false };
export const Reconnecting: Story = {
  // Only `create` (no store subscribed): the first stream opened must be the widget's.
  args: { setup: start('How do I export notes?') },
  beforeEach: () => {
    dropped.opened = false;
  },
  parameters: {
    msw: {
      handlers: [
        http.get('*/v1/events*', () => {
          if (dropped.opened) return HttpResponse.error();
          dropped.opened = true;
          const body = new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode(': open\n\n'));
              setTimeout(() => {
                try {
                  controller.close();
                } catch {
                  // Already cancelled by the reader.
                }
              }, 300);
            },
          });
          return new HttpResponse(body, { headers: { 'content-type': 'text/event-stream' } });
        }),
        ...team,
      ],
    },
  },
  play: async ({ canvasElement }) => {
    await shows(await within(canvasElement).findByText('Reconnecting…', {}, { timeout: 5000 }));
  },
};

/** The conversation is loading. */
export const Loading: Story = {
  args: { setup: async () => 'cnv_loading' },
  parameters: {
    msw: { handlers: [http.get('*/v1/conversations/:id', () => delay('infinite')), ...team] },
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Loading…')).toHaveAttribute('role', 'status');
  },
};

/** The conversation cannot be loaded: an error with a way to try again. */
export const LoadError: Story = {
  render: () => <WidgetStory route={{ view: 'conversation', conversationId: 'cnv_unknown' }} />,
  args: { setup: async () => 'cnv_unknown' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await shows(await canvas.findByRole('alert'));
    await shows(canvas.getByRole('button', { name: 'Try again' }));
  },
};

/** Arabic, right to left, with a reply in Arabic. */
export const RightToLeft: Story = {
  args: {
    language: 'ar',
    setup: start('كيف أصدّر ملاحظاتي؟', async (client, people, id) => {
      await sendAsVisitor(client, id, { text: 'أريد التحدث إلى شخص' });
      await people.reply(id, 'مرحبًا! اختر **ملف ← تصدير** ثم PDF.', { author: { name: 'ليلى' } });
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await shows(await canvas.findByRole('log', { name: 'الرسائل' }));
    await expect(canvasElement.querySelector('.parley')).toHaveAttribute('dir', 'rtl');
  },
};

/** The dark theme, with a person answering and quick replies. */
export const Dark: Story = {
  args: { theme: 'dark', setup: withPriya() },
  play: async ({ canvasElement }) => {
    await shows(await within(canvasElement).findByRole('heading', { name: 'Priya Shah' }));
  },
};

/** Simplified Chinese: the bot answers in Chinese with articles and quick replies. */
export const Chinese: Story = {
  args: { language: 'zh-Hans', setup: start('如何导出笔记？') },
  play: async ({ canvasElement }) => {
    await shows(await within(canvasElement).findByRole('button', { name: '转人工客服' }));
  },
};

/**
 * On a phone (375×667) the panel fills the screen: the composer's send button, in the bottom corner where
 * the launcher sits on larger screens, is the control a tap there reaches.
 */
export const Mobile: Story = {
  ...onPhone,
  args: { setup: withPriya() },
  play: async ({ canvasElement }) => {
    await expectPhoneScreen();
    const canvas = within(canvasElement);
    await shows(await canvas.findByRole('heading', { name: 'Priya Shah' }));
    const box = canvas.getByRole('textbox', { name: 'Message' });
    // Large enough that iOS does not zoom into the field as it takes focus.
    await expect(getComputedStyle(box).fontSize).toBe('16px');
    await userEvent.type(box, 'Thanks, that works.');
    const send = canvas.getByRole('button', { name: 'Send' });
    const { left, top, width, height } = send.getBoundingClientRect();
    await expect(send.contains(document.elementFromPoint(left + width / 2, top + height / 2))).toBe(true);
    // Within the screen, not below it.
    await expect(top + height).toBeLessThanOrEqual(window.innerHeight);
    await userEvent.click(send);
    await shows(await canvas.findByText('Thanks, that works.'));
    await expect(box).toHaveValue('');
  },
};

/** Stands in for `window.visualViewport`: the story plays the on-screen keyboard, which a test browser lacks. */
const keyboard = Object.assign(new EventTarget(), { offsetTop: 0, offsetLeft: 0, width: 375, height: 667 });

/**
 * On a phone with the on-screen keyboard open: the panel shrinks to the part of the screen above it (the
 * visual viewport), so the composer and its send button stay in sight.
 */
export const MobileWithKeyboard: Story = {
  ...onPhone,
  args: { setup: withPriya() },
  beforeEach: () => {
    Object.assign(keyboard, { offsetTop: 0, height: 667 });
    Object.defineProperty(window, 'visualViewport', { configurable: true, value: keyboard });
    return () => {
      Reflect.deleteProperty(window, 'visualViewport');
    };
  },
  play: async ({ canvasElement }) => {
    await expectPhoneScreen();
    const canvas = within(canvasElement);
    await shows(await canvas.findByRole('heading', { name: 'Priya Shah' }));
    await userEvent.click(canvas.getByRole('textbox', { name: 'Message' }));
    // The keyboard takes the lower 286px, and the browser scrolls the page 120px under it.
    Object.assign(keyboard, { height: 381, offsetTop: 120 });
    keyboard.dispatchEvent(new Event('resize'));
    const panel = canvas.getByRole('dialog');
    await waitFor(() => expect(panel.getBoundingClientRect().height).toBe(381));
    await expect(panel.getBoundingClientRect().top).toBe(120);
    const send = canvas.getByRole('button', { name: 'Send' });
    const { left, top, width, height } = send.getBoundingClientRect();
    await expect(top + height).toBeLessThanOrEqual(120 + 381);
    await expect(send.contains(document.elementFromPoint(left + width / 2, top + height / 2))).toBe(true);

    // The keyboard closes: the panel fills the screen again.
    Object.assign(keyboard, { height: 667, offsetTop: 0 });
    keyboard.dispatchEvent(new Event('resize'));
    await waitFor(() => expect(panel.getBoundingClientRect().height).toBe(667));
  },
};
