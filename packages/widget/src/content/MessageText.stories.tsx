import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect, within } from 'storybook/test';
import { MessageText } from './MessageText';

const meta = {
  title: 'Content/MessageText',
  component: MessageText,
  decorators: [
    (Story) => (
      <div class="parley" style={{ maxInlineSize: '360px' }}>
        <Story />
      </div>
    ),
  ],
  args: {
    text:
      'Hi Ada! To export a notebook:\n\n1. Open **Settings** → *Export*\n2. Choose `PDF`\n\n' +
      'More in [the guide](https://lumen.example/help/export) or https://lumen.example/faq.\n\n' +
      '```\nlumen export --all\n```',
  },
} satisfies Meta<typeof MessageText>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A bot's answer with every construct of the message subset. */
export const Markdown: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Settings').tagName).toBe('STRONG');
    const guide = canvas.getByRole('link', { name: 'the guide' });
    await expect(guide).toHaveAttribute('target', '_blank');
    await expect(guide).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
  },
};

/** Markup and script links from a hostile sender show as text. */
export const Hostile: Story = {
  args: {
    text: '<img src=x onerror=alert(1)> [click me](javascript:alert(1)) <b>not bold</b>',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('img, b, a')).toBeNull();
    await expect(
      canvas.getByText(/<img src=x onerror=alert\(1\)> click me\) <b>not bold<\/b>/),
    ).toBeVisible();
  },
};

/** Simplified Chinese, with a bare URL that stops where the Chinese starts. */
export const Chinese: Story = {
  args: { text: '请访问https://lumen.example/help获取**帮助**。\n\n- 打开**设置**\n- 选择*导出*' },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'https://lumen.example/help' });
    await expect(link).toHaveAttribute('href', 'https://lumen.example/help');
  },
};

/** Arabic: the text sets its own direction, whatever the widget's. */
export const Arabic: Story = {
  args: { text: 'مرحبا **بك** في لومن.\n\n1. افتح *الإعدادات*\n2. اختر `PDF`' },
  parameters: { lang: 'ar' },
};

/** Long words and URLs without spaces. */
export const LongContent: Story = {
  args: {
    text: `${'Supercalifragilistic'.repeat(12)}\n\nhttps://lumen.example/${'very-long-path-'.repeat(20)}`,
  },
};
