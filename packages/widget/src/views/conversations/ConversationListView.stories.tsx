import { createMemoryStorage, type ParleyClient } from '@parley/core';
import { createApp, createMemoryStore } from '@parley/server/msw';
import type { Meta, StoryObj } from '@storybook/preact-vite';
import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import { useMemo } from 'preact/hooks';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { catalog as ar } from '../../i18n/catalogs/ar';
import { catalog as zhHans } from '../../i18n/catalogs/zh-Hans';
import { expectFullScreenPanel, expectPhoneScreen, onPhone } from '../../testing/onPhone';
import { WidgetStory, type WidgetStoryProps } from '../../testing/WidgetStory';
import { createStoryTeam } from '../conversation/testing/createStoryTeam';
import { createTeamHandlers } from '../conversation/testing/createTeamHandlers';

/**
 * The widget on the conversation list with a visitor of its own (memory storage): conversations other
 * stories started in this browser do not show up here.
 */
function ListStory(props: WidgetStoryProps) {
  const { clientOptions: given } = props;
  const clientOptions = useMemo(() => ({ ...given, storage: createMemoryStorage() }), [given]);
  return <WidgetStory {...props} clientOptions={clientOptions} />;
}

/** What a returning visitor wrote, and the team answered, in one language. */
interface History {
  refund: string;
  sync: string;
  syncReply: string;
  agent: string;
  plan: string;
  planReply: string;
}

const english: History = {
  refund: 'How do I get a refund for my annual plan?',
  sync: 'Notes from my iPad are not showing up on my laptop',
  syncReply: 'Thanks, Ada! I have reset the sync for your account. Could you check again?',
  agent: 'Maya Okafor',
  plan: 'Can I switch to monthly billing?',
  planReply: 'Yes: **Settings → Billing → Change plan**.',
};

/**
 * Three conversations: the bot's unread answer with articles, a person's unread reply, and a resolved one the
 * visitor has read. The demo bot answers every first message (see `createTeamHandlers`).
 */
function returningVisitor(history: History) {
  return async (client: ParleyClient) => {
    const team = createStoryTeam(window.location.origin);
    await client.conversations.create({ text: history.refund });
    const sync = await client.conversations.create({ text: history.sync });
    await team.reply(sync.id, history.syncReply, { author: { name: history.agent } });
    const plan = await client.conversations.create({ text: history.plan });
    await team.reply(plan.id, history.planReply, { author: { name: 'Tom' } });
    await team.status(plan.id, 'resolved');
    const read = await team.messages(plan.id);
    await client.conversations.markRead(plan.id, read[read.length - 1]?.id);
  };
}

/** The reference engine answering the visitor's list `pageSize` conversations at a time. */
function pagedHandlers(pageSize: number): RequestHandler[] {
  let app: ReturnType<typeof createApp> | undefined;
  return [
    http.all('*/v1/*', ({ request }) => {
      app ??= createApp({ store: createMemoryStore(), settings: { demoBot: false } });
      const url = new URL(request.url);
      if (request.method !== 'GET' || !url.pathname.endsWith('/v1/conversations')) return app.fetch(request);
      url.searchParams.set('limit', String(pageSize));
      return app.fetch(new Request(url, request));
    }),
  ];
}

/** The panel, once the list view shows (in any language). */
async function listView(canvasElement: HTMLElement) {
  const dialog = await within(canvasElement).findByRole('dialog');
  const panel = within(dialog);
  await panel.findByRole('heading', { level: 3 });
  return panel;
}

/** The conversations' buttons, once there are `count` of them. */
async function rows(panel: ReturnType<typeof within>, count: number) {
  const list = await panel.findByRole('list');
  await waitFor(() => expect(within(list).getAllByRole('button')).toHaveLength(count), { timeout: 5000 });
  return within(list).getAllByRole('button');
}

const meta = {
  title: 'Views/ConversationList',
  component: ListStory,
  args: { route: { view: 'conversations' } },
} satisfies Meta<typeof ListStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A returning visitor: unread answers stand out with their count, the resolved conversation stays quiet.
 * Opening one shows it; Back returns to the list.
 */
export const Unread: Story = {
  args: { prepare: returningVisitor(english) },
  parameters: { msw: { handlers: { team: createTeamHandlers() } } },
  play: async ({ canvasElement, step }) => {
    const panel = await listView(canvasElement);
    const [resolved, maya, bot] = await rows(panel, 3);
    // Its last message is the resolution itself: said once, quietly.
    await expect(resolved).toHaveAccessibleName(/^Tom .* Conversation resolved$/);
    await expect(maya).toHaveAccessibleName(/^Maya Okafor .*Thanks, Ada!.* \d unread messages?$/);
    await expect(bot).toHaveAccessibleName(/^Lumen Assistant .* 1 unread message$/);
    // The panel fades in: visible once a person could see it.
    await waitFor(() => expect(panel.getByRole('button', { name: 'Send us a message' })).toBeVisible());

    await step('Open a conversation from the list, and come back', async () => {
      await userEvent.click(maya!);
      await waitFor(() => expect(panel.queryByRole('heading', { name: 'Messages' })).toBeNull());
      await userEvent.click(panel.getByRole('button', { name: 'Back' }));
      await expect(await panel.findByRole('heading', { level: 3, name: 'Messages' })).toBeVisible();
    });

    await step('The rows work with the keyboard', async () => {
      const [first] = await rows(panel, 3);
      first!.focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(panel.queryByRole('heading', { name: 'Messages' })).toBeNull());
    });
  },
};

/** A visitor without conversations: said so, with the way to start one. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const panel = await listView(canvasElement);
    await waitFor(() => expect(panel.getByRole('status')).toHaveTextContent('No conversations yet'));
    await expect(panel.queryByRole('list')).toBeNull();
    await userEvent.click(panel.getByRole('button', { name: 'Send us a message' }));
    await waitFor(() => expect(panel.queryByRole('heading', { name: 'Messages' })).toBeNull());
  },
};

/** The list on its way: announced, and starting a new conversation already works. */
export const Loading: Story = {
  args: { clientOptions: { timeoutMs: 10 * 60_000 } },
  parameters: {
    msw: { handlers: { conversations: [http.get('*/v1/conversations', () => delay('infinite'))] } },
  },
  play: async ({ canvasElement }) => {
    const panel = await listView(canvasElement);
    await expect(panel.getByRole('status')).toHaveTextContent('Loading…');
    await expect(panel.getByRole('button', { name: 'Send us a message' })).toBeEnabled();
  },
};

/** The list cannot load: a polite error and a retry. */
export const LoadError: Story = {
  parameters: {
    msw: {
      handlers: {
        conversations: [
          // Unavailable for an hour: the client does not retry on its own.
          http.get('*/v1/conversations', () =>
            HttpResponse.json(
              { type: 'about:blank', title: 'Unavailable', status: 503, code: 'server_error' },
              { status: 503, headers: { 'content-type': 'application/problem+json', 'retry-after': '3600' } },
            ),
          ),
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const panel = await listView(canvasElement);
    const alert = await panel.findByRole('alert');
    await expect(alert).toHaveTextContent('Our help service has a problem right now.');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** More conversations than one page: older ones load on request. */
export const LoadMore: Story = {
  args: {
    prepare: async (client) => {
      for (const text of ['First question', 'Second question', 'Third question']) {
        await client.conversations.create({ text });
      }
    },
  },
  parameters: { msw: { handlers: { paged: pagedHandlers(2) } } },
  play: async ({ canvasElement }) => {
    const panel = await listView(canvasElement);
    await rows(panel, 2);
    await userEvent.click(panel.getByRole('button', { name: 'Show more' }));
    const all = await rows(panel, 3);
    await expect(all[2]).toHaveAccessibleName(/You: First question/);
    await expect(panel.queryByRole('button', { name: 'Show more' })).toBeNull();
  },
};

/** Long names and long messages stay on one line each, cut with an ellipsis. */
export const LongContent: Story = {
  args: {
    prepare: returningVisitor({
      ...english,
      agent: 'Maximiliana Alexandra Konstantinopoulou-Featherstonehaugh, Senior Customer Success Engineer',
      syncReply:
        'Thanks for your patience! I have looked into this in detail: your iPad was signed in to a second workspace, so its notes synced there instead. Sign out, sign in with ada@example.com and everything will come back.',
    }),
  },
  parameters: { msw: { handlers: { team: createTeamHandlers() } } },
  play: async ({ canvasElement }) => {
    const panel = await listView(canvasElement);
    const [, long] = await rows(panel, 3);
    const name = long!.querySelector('.parley-conversation-name') as HTMLElement;
    const preview = long!.querySelector('.parley-conversation-preview') as HTMLElement;
    await expect(name.scrollWidth).toBeGreaterThan(name.clientWidth);
    await expect(preview.scrollWidth).toBeGreaterThan(preview.clientWidth);
    // Cut on screen, whole for screen readers.
    await expect(long).toHaveAccessibleName(/Senior Customer Success Engineer .*everything will come back\./);
  },
};

/** Arabic, right to left. */
export const RightToLeft: Story = {
  args: {
    language: 'ar',
    prepare: returningVisitor({
      refund: 'كيف أسترد ثمن اشتراكي السنوي؟',
      sync: 'ملاحظاتي من الآيباد لا تظهر على حاسوبي',
      syncReply: 'شكرًا! أعدنا ضبط المزامنة لحسابك. هل يمكنك التحقق مرة أخرى؟',
      agent: 'ليلى حداد',
      plan: 'هل يمكنني التحويل إلى الدفع الشهري؟',
      planReply: 'نعم: الإعدادات ← الفوترة ← تغيير الخطة.',
    }),
  },
  parameters: { lang: 'ar', msw: { handlers: { team: createTeamHandlers() } } },
  play: async ({ canvasElement }) => {
    const panel = await listView(canvasElement);
    await expect(panel.getByRole('heading', { level: 3 })).toHaveTextContent(ar.conversations.title);
    const [resolved, layla] = await rows(panel, 3);
    await expect(resolved).toHaveTextContent(ar.events.resolved);
    await expect(layla).toHaveAccessibleName(/ليلى حداد/);
    // The avatar sits at the start of the line: the right in Arabic.
    const avatar = layla!.querySelector('.parley-avatar') as HTMLElement;
    await expect(avatar.getBoundingClientRect().left).toBeGreaterThan(
      layla!.getBoundingClientRect().left + 100,
    );
  },
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', prepare: returningVisitor(english) },
  parameters: { msw: { handlers: { team: createTeamHandlers() } } },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const panel = await listView(canvasElement);
    await rows(panel, 3);
  },
};

/** Simplified Chinese: the bot answers in Chinese, relative times and counts in Chinese too. */
export const Chinese: Story = {
  args: {
    language: 'zh-Hans',
    prepare: returningVisitor({
      refund: '年度套餐怎么申请退款？',
      sync: 'iPad 上的笔记没有同步到笔记本电脑',
      syncReply: '已为你的账户重置同步，请再看一下？',
      agent: '王小明',
      plan: '可以改成按月付费吗？',
      planReply: '可以：**设置 → 账单 → 更改套餐**。',
    }),
  },
  parameters: { lang: 'zh-Hans', msw: { handlers: { team: createTeamHandlers() } } },
  play: async ({ canvasElement }) => {
    const panel = await listView(canvasElement);
    await expect(panel.getByRole('heading', { level: 3 })).toHaveTextContent(zhHans.conversations.title);
    const [resolved, wang] = await rows(panel, 3);
    await expect(resolved).toHaveAccessibleName(new RegExp(`^Tom .* ${zhHans.events.resolved}$`));
    await expect(wang).toHaveAccessibleName(/^王小明 .*已为你的账户重置同步.* \d 条未读消息$/);
  },
};

/** On a phone (375×667): the list fills the screen, previews cut to its width; a row opens its conversation. */
export const Mobile: Story = {
  ...onPhone,
  args: { prepare: returningVisitor(english) },
  parameters: { ...onPhone.parameters, msw: { handlers: { team: createTeamHandlers() } } },
  play: async ({ canvasElement }) => {
    await expectPhoneScreen();
    const panel = await listView(canvasElement);
    const [, maya] = await rows(panel, 3);
    await waitFor(() => expect(maya).toBeVisible());
    await expectFullScreenPanel(within(canvasElement).getByRole('dialog'));
    await userEvent.click(maya!);
    await expect(await panel.findByRole('heading', { name: 'Maya Okafor' })).toBeVisible();
  },
};
