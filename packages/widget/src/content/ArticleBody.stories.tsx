import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect, within } from 'storybook/test';
import { ArticleBody } from './ArticleBody';

/** Set by the hostile HTML below if any of it ever runs. */
const FLAG = '__parleyContentRan';

const meta = {
  title: 'Content/ArticleBody',
  component: ArticleBody,
  decorators: [
    (Story) => (
      <article class="parley" style={{ maxInlineSize: '400px' }}>
        <Story />
      </article>
    ),
  ],
  args: {
    base: 'https://help.lumen.example/en/',
    article: {
      body:
        "If you've forgotten your password, you can set a new one in a few minutes.\n\n## Reset your password\n\n" +
        '1. Go to the [sign-in page](https://lumen.example/login) and click **Forgot password?**\n' +
        '2. Enter your email and click *Send reset link*.\n\n> **Note:** the link expires after an hour.\n\n' +
        'See also [two-step sign-in](/articles/two-step).',
    },
  },
} satisfies Meta<typeof ArticleBody>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A Markdown article: headings below the view's title (h4 and lower), lists, a quote, links. */
export const Markdown: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 4, name: 'Reset your password' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'two-step sign-in' })).toHaveAttribute(
      'href',
      'https://help.lumen.example/articles/two-step',
    );
  },
};

/** An article imported as HTML from another help desk, with hostile parts that must neither run nor load. */
export const HostileHtml: Story = {
  args: {
    article: {
      bodyFormat: 'html',
      body:
        '<h1 style="color:red" onclick="x()">Export your notes</h1><p>Choose <b>Share</b> → <i>Export</i>.</p>' +
        `<img src="http://127.0.0.1:9/parley-inert-probe.png" alt="Export menu" onerror="window.${FLAG}='img'">` +
        `<script>window.${FLAG}='script'</script><svg onload="window.${FLAG}='svg'"></svg>` +
        `<iframe srcdoc="<script>parent.${FLAG}='iframe'</script>"></iframe>` +
        '<p><a href="java&#x09;script:alert(1)">Unsafe link</a> and <a href="/articles/import">a safe one</a>.</p>',
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 4, name: 'Export your notes' })).not.toHaveAttribute(
      'style',
    );
    await expect(canvas.getByRole('link', { name: 'a safe one' })).toHaveAttribute(
      'href',
      'https://help.lumen.example/articles/import',
    );
    await expect(canvas.queryByRole('link', { name: 'Unsafe link' })).toBeNull();
    await expect(canvasElement.querySelector('img, script, svg, iframe')).toBeNull();
    // A live document would have fetched the image (and fired its onerror on the refused port) by now.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect((window as unknown as Record<string, unknown>)[FLAG]).toBeUndefined();
    const probes = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('inert-probe'));
    await expect(probes).toEqual([]);
  },
};

/** A Simplified Chinese article. */
export const Chinese: Story = {
  args: {
    article: {
      body: '## 导出笔记\n\n你可以把笔记导出为：\n\n- **PDF**：适合打印。\n- **Markdown**（.md）：适合导入其他笔记应用。',
    },
  },
  parameters: { lang: 'zh-Hans' },
};

/** An Arabic article, right to left. */
export const Arabic: Story = {
  args: {
    article: { body: '## إعادة تعيين كلمة المرور\n\n1. افتح **الإعدادات**.\n2. اختر *الأمان*.' },
  },
  parameters: { lang: 'ar' },
  globals: { dir: 'rtl' },
};
