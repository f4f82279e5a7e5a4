import type { Meta, StoryObj } from '@storybook/preact-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { failUntilRecovered } from '../../testing/failUntilRecovered';
import { expectFullScreenPanel, expectPhoneScreen, onPhone } from '../../testing/onPhone';
import { WidgetStory } from '../../testing/WidgetStory';

/** The panel of a story, once the article's title shows. */
async function article(canvasElement: HTMLElement, title = 'Reset your password') {
  const dialog = await within(canvasElement).findByRole('dialog', { name: 'Lumen' });
  const panel = within(dialog);
  const [heading] = await panel.findAllByRole('heading', { level: 3, name: title }, patience);
  await waitFor(() => expect(heading).toBeVisible());
  return panel;
}

const articleUrl = '*/v1/kb/articles/:articleId';
/** How long to wait for the backend's answers: stories run side by side on few cores. */
const patience = { timeout: 5000 };

/** An article as another help desk would send it: long, in HTML, with a few things that must not run. */
const longHtmlArticle = {
  id: 'art_long',
  collectionId: 'col_getting_started',
  locale: 'en',
  availableLocales: ['en'],
  title: 'Everything about syncing notebooks between your phone, your tablet, your laptop and the web',
  bodyFormat: 'html',
  body: [
    '<p>Lumen keeps your notebooks in sync on every device. <script>alert(1)</script></p>',
    '<h2>How syncing works</h2>',
    `<p>${'Each change is sent to our servers and from there to your other devices within seconds. '.repeat(6)}</p>`,
    '<ul><li>Notes</li><li>Tags</li><li>Attachments up to 25 MB</li></ul>',
    '<h2>When something looks wrong</h2>',
    '<p>Read <a href="/articles/fix-sync">Fix sync problems</a>, or <a href="javascript:alert(1)">this</a>.</p>',
    // Short enough not to scroll: a scrolling <pre> is not keyboard-focusable yet (reported to content/).
    '<pre><code>lumen sync --verbose</code></pre>',
    `<p>https://lumen.example/${'very-long-path-segment/'.repeat(8)}</p>`,
  ].join(''),
  updatedAt: '2026-10-01T09:00:00.000Z',
};

const meta = {
  title: 'Views/Article',
  component: WidgetStory,
  args: { route: { view: 'article', articleId: 'art_reset_password' } },
} satisfies Meta<typeof WidgetStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An article: title, when it changed, the body (links open in a new tab), and "did this help?". */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const panel = await article(canvasElement);
    await expect(panel.getByText(/^Updated /)).toBeVisible();
    for (const link of panel.queryAllByRole('link')) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    const feedback = panel.getByRole('region', { name: 'Did this answer your question?' });
    await expect(within(feedback).getByRole('button', { name: 'Yes' })).toBeVisible();
    await expect(within(feedback).getByRole('button', { name: 'No' })).toBeVisible();
  },
};

/** "Yes": a thank-you, announced, and nothing more to answer. */
export const HelpfulYes: Story = {
  play: async ({ canvasElement }) => {
    const panel = await article(canvasElement);
    await userEvent.click(panel.getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(panel.getByRole('status')).toHaveTextContent('Thanks for your feedback!'));
    await expect(panel.queryByRole('button', { name: 'No' })).toBeNull();
    await expect(panel.queryByRole('textbox')).toBeNull();
  },
};

/** "No": a thank-you, an optional comment (focused), and the way to the team. */
export const HelpfulNo: Story = {
  play: async ({ canvasElement }) => {
    const panel = await article(canvasElement);
    await userEvent.click(panel.getByRole('button', { name: 'No' }));
    const comment = await panel.findByRole('textbox', { name: 'How can we improve this article?' });
    await expect(comment).toHaveFocus();
    await expect(panel.getByRole('button', { name: 'Message us' })).toBeVisible();
    await userEvent.type(comment, 'Step 3 does not match the app.');
    await userEvent.keyboard('{Tab}{Enter}');
    await waitFor(() => expect(panel.queryByRole('textbox')).toBeNull());
    await expect(panel.getByRole('status')).toHaveTextContent('Thanks for your feedback!');
  },
};

/** While the article is on its way. */
export const Loading: Story = {
  args: { clientOptions: { timeoutMs: 10 * 60_000 } },
  parameters: { msw: { handlers: [http.get(articleUrl, () => delay('infinite'))] } },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: 'Lumen' });
    await expect(await within(dialog).findByRole('status', undefined, patience)).toHaveTextContent(
      'Loading…',
    );
  },
};

/** The answers fail until the play recovers them, just before "Try again". */
const articleAnswers = failUntilRecovered(articleUrl);

/** The article fails to load: an announced error, and "Try again" loads it. */
export const ErrorWithRetry: Story = {
  name: 'Error',
  beforeEach: articleAnswers.beforeEach,
  parameters: { msw: { handlers: articleAnswers.handlers } },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: 'Lumen' });
    const alert = await within(dialog).findByRole('alert', undefined, patience);
    articleAnswers.recover();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await article(canvasElement);
  },
};

/** An article that no longer exists (a stale link from a bot answer or a bookmark). */
export const NotFound: Story = {
  args: { route: { view: 'article', articleId: 'art_removed' } },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: 'Lumen' });
    await expect(await within(dialog).findByRole('alert', undefined, patience)).toHaveTextContent(
      'This article is no longer available.',
    );
  },
};

/** A long HTML article from another help desk: rebuilt safely, wrapping inside the panel. */
export const LongContent: Story = {
  args: { route: { view: 'article', articleId: 'art_long' } },
  parameters: { msw: { handlers: [http.get(articleUrl, () => HttpResponse.json(longHtmlArticle))] } },
  play: async ({ canvasElement }) => {
    const panel = await article(canvasElement, longHtmlArticle.title);
    await expect(canvasElement.querySelector('.parley-article script')).toBeNull();
    await expect(panel.getByRole('link', { name: 'Fix sync problems (opens in a new tab)' })).toHaveAttribute(
      'target',
      '_blank',
    );
    await expect(panel.queryByRole('link', { name: 'this' })).toBeNull();
    const body = canvasElement.querySelector('.parley-body') as HTMLElement;
    await expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth);
  },
};

/** Simplified Chinese: the article as the help centre has it in Chinese, the date in Chinese. */
export const Chinese: Story = {
  args: { language: 'zh-Hans' },
  parameters: { lang: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: 'Lumen' });
    const [title] = await within(dialog).findAllByRole('heading', { level: 3 }, patience);
    await waitFor(() => expect(title).toHaveAttribute('lang', 'zh-Hans'), patience);
    await expect(within(dialog).getByText(/^更新于 /)).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: '是' })).toBeVisible();
  },
};

/** Arabic, right to left: the widget's words in Arabic, the article in the help centre's English. */
export const RightToLeft: Story = {
  args: { language: 'ar' },
  globals: { dir: 'rtl' },
  parameters: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    const panel = await article(canvasElement);
    const [title] = panel.getAllByRole('heading', { level: 3, name: 'Reset your password' });
    await expect(title).toHaveAttribute('lang', 'en');
  },
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await article(canvasElement);
  },
};

/** On a phone (375×667): the article fills the screen and wraps to its width; "Did this help?" follows it. */
export const Mobile: Story = {
  ...onPhone,
  play: async ({ canvasElement }) => {
    await expectPhoneScreen();
    const panel = await article(canvasElement);
    await expectFullScreenPanel(within(canvasElement).getByRole('dialog'));
    const yes = panel.getByRole('button', { name: 'Yes' });
    yes.scrollIntoView({ block: 'nearest' });
    await waitFor(() => expect(yes).toBeVisible());
    await userEvent.click(yes);
    await waitFor(() => expect(panel.getByRole('status')).toHaveTextContent('Thanks for your feedback!'));
  },
};
