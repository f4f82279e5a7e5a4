import { createMemoryStorage, type Trigger } from '@parley/core';
import type { Meta, StoryObj } from '@storybook/preact-vite';
import { useMemo } from 'preact/hooks';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { catalog as ar } from '../i18n/catalogs/ar';
import { catalog as zhHans } from '../i18n/catalogs/zh-Hans';
import { englishMessages } from '../i18n/englishMessages';
import { addStyles } from '../styles/adoptStyles';
import { expectPhoneScreen, onPhone } from '../testing/onPhone';
import { Nudge } from './Nudge';
import { nudgeStyles } from './nudgeStyles';
import { ProactiveNudge } from './ProactiveNudge';

/** The demo's trigger on the pricing page (see the reference server's seed). */
const pricing: Trigger = {
  id: 'trg_pricing_help',
  pagePattern: '*',
  secondsOnPage: 0,
  oncePerVisitor: true,
  message:
    'Not sure which plan suits you? Ask us anything. Every paid plan comes with a 14-day money-back guarantee.',
  articles: [
    { id: 'art_compare_plans', title: 'Compare Lumen plans' },
    { id: 'art_request_refund', title: 'Request a refund' },
  ],
};

const meta = {
  title: 'Components/Nudge',
  component: Nudge,
  args: {
    label: englishMessages.nudge.label('Lumen'),
    message: pricing.message,
    articles: pricing.articles,
    dismissLabel: englishMessages.nudge.dismiss,
    onOpen: fn(),
    onDismiss: fn(),
  },
  decorators: [
    (Story, { globals, parameters }) => {
      // In the widget, the nudge's styles arrive with its code (only for a widget with triggers).
      addStyles(nudgeStyles);
      return (
        <div
          class="parley"
          data-theme={globals.theme === 'dark' ? 'dark' : 'light'}
          dir={parameters.lang === 'ar' ? 'rtl' : undefined}
          data-side={parameters.side}
        >
          <Story />
        </div>
      );
    },
  ],
} satisfies Meta<typeof Nudge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The pricing page's nudge: a message and two articles, by the launcher. */
export const Default: Story = {
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    const nudge = canvas.getByRole('complementary', { name: 'Message from Lumen' });
    // It fades in: wait until a person could see it.
    await waitFor(() => expect(nudge).toBeVisible());

    await step('An article opens the panel on it', async () => {
      await userEvent.click(within(nudge).getByRole('button', { name: 'Request a refund' }));
      await expect(args.onOpen).toHaveBeenLastCalledWith('art_request_refund');
    });

    await step('The message opens the panel', async () => {
      await userEvent.click(within(nudge).getByRole('button', { name: /^Not sure which plan/ }));
      await expect(args.onOpen).toHaveBeenLastCalledWith();
    });

    await step('All of it works from the keyboard, Escape included', async () => {
      (document.activeElement as HTMLElement | null)?.blur();
      await userEvent.tab();
      await expect(within(nudge).getByRole('button', { name: /^Not sure which plan/ })).toHaveFocus();
      await userEvent.tab();
      await userEvent.keyboard('{Enter}');
      await expect(args.onOpen).toHaveBeenLastCalledWith('art_compare_plans');
      await userEvent.keyboard('{Escape}');
      await expect(args.onDismiss).toHaveBeenCalledTimes(1);
    });

    await step('The dismiss button is labelled', async () => {
      await userEvent.click(within(nudge).getByRole('button', { name: 'Dismiss' }));
      await expect(args.onDismiss).toHaveBeenCalledTimes(2);
    });
  },
};

/**
 * The whole behaviour (`ProactiveNudge` over `useNudge`): the nudge appears, is announced politely, and goes
 * away for good when dismissed.
 */
export const Dismiss: Story = {
  render: (args) => {
    const storage = useMemo(() => createMemoryStorage(), []);
    return (
      <ProactiveNudge
        triggers={[pricing]}
        storage={storage}
        open={false}
        brand="Lumen"
        messages={englishMessages}
        showArticles
        onOpen={args.onOpen}
        onDismissed={args.onDismiss}
      />
    );
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const nudge = await canvas.findByRole('complementary', { name: 'Message from Lumen' });
    await expect(canvas.getByRole('status')).toHaveTextContent(`Message from Lumen ${pricing.message}`);

    await userEvent.click(within(nudge).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(canvas.queryByRole('complementary')).toBeNull());
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('status')).toHaveTextContent('');
  },
};

/** A trigger without articles (or with the knowledge base off). */
export const MessageOnly: Story = {
  args: { articles: [], message: 'Need a hand with your order? We’re online now.' },
  play: async ({ canvasElement }) => {
    const nudge = within(canvasElement).getByRole('complementary');
    await expect(within(nudge).getAllByRole('button')).toHaveLength(2);
  },
};

/** A long message is cut after five lines; its button still reads it all. */
export const LongContent: Story = {
  args: {
    message: `${pricing.message} `.repeat(6).trim(),
    articles: [
      ...pricing.articles,
      {
        id: 'art_long',
        title: 'Moving your notebooks, tags and shared spaces from another note-taking app to Lumen',
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const message = within(canvasElement).getByRole('button', { name: /^Not sure which plan/ });
    await expect(message.scrollHeight).toBeGreaterThan(message.clientHeight);
  },
};

/** At the bottom-left corner, beside a launcher the host moved there. */
export const LeftCorner: Story = {
  parameters: { side: 'start' },
  play: async ({ canvasElement }) => {
    const nudge = within(canvasElement).getByRole('complementary');
    await expect(nudge.getBoundingClientRect().left).toBeLessThan(window.innerWidth / 2);
  },
};

/** Arabic, right to left. */
export const RightToLeft: Story = {
  args: {
    label: ar.nudge.label('Lumen'),
    dismissLabel: ar.nudge.dismiss,
    message:
      'لست متأكدًا من الخطة المناسبة لك؟ اسألنا عن أي شيء. كل الخطط المدفوعة تأتي مع ضمان استرداد لمدة 14 يومًا.',
    articles: [
      { id: 'art_compare_plans', title: 'مقارنة خطط Lumen' },
      { id: 'art_request_refund', title: 'طلب استرداد' },
    ],
  },
  parameters: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    const nudge = within(canvasElement).getByRole('complementary', { name: ar.nudge.label('Lumen') });
    await waitFor(() => expect(within(nudge).getByRole('button', { name: ar.nudge.dismiss })).toBeVisible());
    await expect(nudge.getBoundingClientRect().left).toBeLessThan(window.innerWidth / 2);
  },
};

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};

/** Simplified Chinese, as the demo's trigger reads in it. */
export const Chinese: Story = {
  args: {
    label: zhHans.nudge.label('Lumen'),
    dismissLabel: zhHans.nudge.dismiss,
    message: '不确定哪个套餐适合你？有任何问题都可以问我们。所有付费套餐均提供 14 天退款保障。',
    articles: [
      { id: 'art_compare_plans', title: '比较 Lumen 套餐' },
      { id: 'art_request_refund', title: '申请退款' },
    ],
  },
  parameters: { lang: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    const nudge = within(canvasElement).getByRole('complementary', { name: zhHans.nudge.label('Lumen') });
    await waitFor(() =>
      expect(within(nudge).getByRole('button', { name: zhHans.nudge.dismiss })).toBeVisible(),
    );
  },
};

/** On a phone (375×667): the nudge fits the screen's width, by the launcher's corner; it still opens and dismisses. */
export const Mobile: Story = {
  ...onPhone,
  play: async ({ canvasElement, args }) => {
    await expectPhoneScreen();
    const nudge = within(canvasElement).getByRole('complementary', { name: 'Message from Lumen' });
    await waitFor(() => expect(nudge).toBeVisible());
    const { left, right, bottom } = nudge.getBoundingClientRect();
    await expect(left).toBeGreaterThanOrEqual(0);
    await expect(right).toBeLessThanOrEqual(window.innerWidth);
    await expect(bottom).toBeLessThanOrEqual(window.innerHeight);
    await expect(nudge.scrollWidth).toBeLessThanOrEqual(nudge.clientWidth);
    await userEvent.click(within(nudge).getByRole('button', { name: 'Compare Lumen plans' }));
    await expect(args.onOpen).toHaveBeenLastCalledWith('art_compare_plans');
    await userEvent.click(within(nudge).getByRole('button', { name: englishMessages.nudge.dismiss }));
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
  },
};
