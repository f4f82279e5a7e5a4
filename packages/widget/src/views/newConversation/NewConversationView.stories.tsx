import { demoContent, type SeedContent } from '@parley/server/msw';
import type { Meta, StoryObj } from '@storybook/preact-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { expectFullScreenPanel, expectPhoneScreen, onPhone } from '../../testing/onPhone';
import { WidgetStory } from '../../testing/WidgetStory';
import { createTeamHandlers } from '../conversation/testing/createTeamHandlers';

/** The demo widget, asking name and email (and, optionally, the plan) before a first conversation. */
const withPreChat: SeedContent = {
  ...demoContent,
  widgets: demoContent.widgets.map((widget) =>
    widget.key === 'wk_demo'
      ? {
          ...widget,
          forms: {
            offline: [],
            preChat: [
              { name: 'name', label: { en: 'Name', ar: 'الاسم' }, type: 'text', required: true },
              {
                name: 'email',
                label: { en: 'Email', ar: 'البريد الإلكتروني' },
                type: 'email',
                required: true,
              },
              {
                name: 'plan',
                label: { en: 'Your plan' },
                type: 'select',
                required: false,
                options: [
                  { value: 'free', label: { en: 'Lumen Free' } },
                  { value: 'team', label: { en: 'Lumen Team' } },
                ],
              },
            ],
          },
        }
      : widget,
  ),
};

const engine = createTeamHandlers();

const meta = {
  title: 'Views/NewConversation',
  component: WidgetStory,
  args: { route: { view: 'newConversation', text: '' } },
  parameters: { msw: { handlers: engine } },
} satisfies Meta<typeof WidgetStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waits until `element` shows: the panel fades in as it opens. */
const shows = (element: HTMLElement) => waitFor(() => expect(element).toBeVisible());

/** The empty composer, focused. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const box = await within(canvasElement).findByRole('textbox', { name: 'Message' });
    await waitFor(() => expect(box).toHaveFocus());
  },
};

/**
 * The deflection step: while the visitor types, articles that may answer are shown before anything is
 * sent; one opens inside the widget.
 */
export const Deflection: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Message' }), 'export notes');
    await shows(await canvas.findByRole('heading', { name: 'These articles might help' }));
    const article = (await canvas.findAllByRole('button', { name: /^Export your notes/ }))[0];
    await shows(article as HTMLElement);
    await userEvent.click(article as HTMLElement);
    await waitFor(() => expect(canvas.queryByRole('textbox', { name: 'Message' })).toBeNull());
  },
};

/** Text already typed (a host's `showNewMessage('...')`), long enough to grow the box. */
export const LongDraft: Story = {
  args: {
    route: {
      view: 'newConversation',
      text:
        'Hello! Since yesterday my notebooks no longer sync between my laptop and my phone.\n\n' +
        'I tried signing out and in again, reinstalling the app and switching networks.\n\n' +
        'The desktop app says "Synced" but the phone still shows notes from last week. What else can I try?',
    },
  },
};

/** Sending the first message starts the conversation, which opens in place; the bot answers. */
export const Start: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(
      await canvas.findByRole('textbox', { name: 'Message' }),
      'How do I reset my password?{Enter}',
    );
    await shows(await canvas.findByRole('log', { name: 'Messages' }));
    await shows(await canvas.findByRole('heading', { name: 'Lumen Assistant' }));
  },
};

/** Pre-chat fields from the config: labelled, checked before sending, errors read with each field. */
export const PreChat: Story = {
  parameters: { msw: { handlers: createTeamHandlers(withPreChat) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Message' }), 'Hello');
    await userEvent.click(canvas.getByRole('button', { name: 'Start conversation' }));
    const name = canvas.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveFocus());
    await expect(name).toHaveAccessibleDescription('Please fill in this field.');
    await userEvent.type(name, 'Ada Lovelace');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email' }), 'ada@');
    await userEvent.click(canvas.getByRole('button', { name: 'Start conversation' }));
    await expect(canvas.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
      'Please enter a valid email address.',
    );
  },
};

/** Attachments picked before sending: previews with name, size and thumbnail, each removable. */
export const Attachments: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('textbox', { name: 'Message' });
    const picker = canvasElement.querySelector<HTMLInputElement>('input[type=file]') as HTMLInputElement;
    await userEvent.upload(picker, [
      new File([new Uint8Array(2048)], 'screenshot.png', { type: 'image/png' }),
      new File(['notes'], 'notes-export-with-a-rather-long-name.txt', { type: 'text/plain' }),
    ]);
    await shows(canvas.getByRole('button', { name: 'Remove screenshot.png' }));
    await shows(canvas.getByText('2 kB'));
  },
};

/** The conversation is being created. */
export const Sending: Story = {
  args: { route: { view: 'newConversation', text: 'Where can I find my invoices?' } },
  parameters: { msw: { handlers: [http.post('*/v1/conversations', () => delay('infinite')), ...engine] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Send' }));
    await shows(await canvas.findByText('Sending…'));
  },
};

/** The conversation could not be created: the error, and the message kept to try again. */
export const Failed: Story = {
  args: { route: { view: 'newConversation', text: 'Where can I find my invoices?' } },
  parameters: {
    msw: {
      handlers: [
        http.post('*/v1/conversations', () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Refused', status: 422, code: 'validation_failed' },
            { status: 422, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
        ...engine,
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Send' }));
    await expect(await canvas.findByText(/isn’t right/)).toHaveAttribute('role', 'alert');
    await expect(canvas.getByRole('textbox', { name: 'Message' })).toHaveValue(
      'Where can I find my invoices?',
    );
  },
};

/** Arabic, right to left, with the pre-chat fields. */
export const RightToLeft: Story = {
  args: { language: 'ar' },
  parameters: { msw: { handlers: createTeamHandlers(withPreChat) } },
};

/** The dark theme, with suggestions shown. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Message' }), 'reset password');
    await shows(await canvas.findByRole('heading', { name: 'These articles might help' }));
  },
};

/** Simplified Chinese: suggestions for a Chinese draft. */
export const Chinese: Story = {
  args: { language: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: '消息' }), '导出笔记');
    await shows(await canvas.findByRole('button', { name: /导出笔记/ }));
  },
};

/**
 * On a phone (375×667): the composer fills the screen, suggestions show above it while the visitor types,
 * and its send button, in the corner where the launcher sits on larger screens, is what a tap reaches.
 */
export const Mobile: Story = {
  ...onPhone,
  play: async ({ canvasElement }) => {
    await expectPhoneScreen();
    const canvas = within(canvasElement);
    const box = await canvas.findByRole('textbox', { name: 'Message' });
    await expectFullScreenPanel(canvas.getByRole('dialog'));
    await expect(getComputedStyle(box).fontSize).toBe('16px');
    await userEvent.type(box, 'export notes');
    await shows(await canvas.findByRole('heading', { name: 'These articles might help' }));
    const send = canvas.getByRole('button', { name: 'Send' });
    const { left, top, width, height } = send.getBoundingClientRect();
    await expect(top + height).toBeLessThanOrEqual(window.innerHeight);
    await expect(send.contains(document.elementFromPoint(left + width / 2, top + height / 2))).toBe(true);
  },
};
