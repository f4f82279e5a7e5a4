import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect } from 'storybook/test';
import { HighlightedText } from './HighlightedText';

const meta = {
  title: 'Content/HighlightedText',
  component: HighlightedText,
  decorators: [
    (Story) => (
      <p class="parley">
        <Story />
      </p>
    ),
  ],
  args: {
    text: '…account. Reset your password Go to the sign-in page and click Forgot password? Enter the email…',
    highlights: [
      { start: 10, end: 15 },
      { start: 21, end: 29 },
      { start: 70, end: 78 },
    ],
  },
} satisfies Meta<typeof HighlightedText>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A search snippet with the server's highlight ranges. */
export const Snippet: Story = {
  play: async ({ canvasElement }) => {
    const marks = [...canvasElement.querySelectorAll('mark')].map((mark) => mark.textContent);
    await expect(marks).toEqual(['Reset', 'password', 'password']);
  },
};

/** A Chinese title. */
export const Chinese: Story = {
  args: { text: '如何重設密碼', highlights: [{ start: 4, end: 6 }] },
};
