import type { Meta, StoryObj } from '@storybook/preact-vite';
import { delay, http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { failUntilRecovered } from '../../testing/failUntilRecovered';
import { expectFullScreenPanel, expectPhoneScreen, onPhone } from '../../testing/onPhone';
import { WidgetStory } from '../../testing/WidgetStory';

/** The panel of a story, and its polite status line. */
async function searchPanel(canvasElement: HTMLElement) {
  const dialog = await within(canvasElement).findByRole('dialog', { name: 'Lumen' });
  const panel = within(dialog);
  return { panel, status: await panel.findByRole('status', undefined, patience) };
}

const searchUrl = '*/v1/kb/search';
/** How long to wait for the backend's answers: stories run side by side on few cores. */
const patience = { timeout: 5000 };

const meta = {
  title: 'Views/Search',
  component: WidgetStory,
  args: { route: { view: 'search', query: 'password' } },
} satisfies Meta<typeof WidgetStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Results for the visitor's words, their matches highlighted, the count announced. */
export const Results: Story = {
  play: async ({ canvasElement }) => {
    const { panel, status } = await searchPanel(canvasElement);
    await waitFor(() => expect(status).toHaveTextContent(/^\d+ results$/), patience);
    const result = panel.getByRole('button', { name: 'Reset your password' });
    await expect(result.querySelector('mark')).toHaveTextContent(/password/i);
    await expect(panel.getByRole('searchbox', { name: 'Search for help' })).toHaveValue('password');
    await expect(panel.getByText('Still need help?')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Message us' })).toBeVisible();
  },
};

/** Typing refines the results as it goes, without a search per letter. */
export const TypeToSearch: Story = {
  args: { route: { view: 'search', query: '' } },
  play: async ({ canvasElement }) => {
    const { panel, status } = await searchPanel(canvasElement);
    const box = panel.getByRole('searchbox', { name: 'Search for help' });
    await expect(box).toHaveFocus();
    await userEvent.type(box, 'two-factor');
    await waitFor(() => expect(status).toHaveTextContent(/results?$/), patience);
    await expect(panel.getAllByRole('listitem').length).toBeGreaterThan(0);
    await userEvent.clear(box);
    await waitFor(() => expect(panel.queryByRole('list')).toBeNull(), patience);
    await expect(panel.queryByRole('button', { name: 'Message us' })).toBeNull();
  },
};

/** Nothing matches: said politely, with what to do next. */
export const Empty: Story = {
  args: { route: { view: 'search', query: 'zzqxv' } },
  play: async ({ canvasElement }) => {
    const { panel, status } = await searchPanel(canvasElement);
    await waitFor(() => expect(status).toHaveTextContent('No results for “zzqxv”'), patience);
    await expect(panel.getByText('Try other words, or send us a message.')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Message us' })).toBeVisible();
  },
};

/** While the search is on its way: announced politely. */
export const Loading: Story = {
  args: { clientOptions: { timeoutMs: 10 * 60_000 } },
  parameters: { msw: { handlers: [http.get(searchUrl, () => delay('infinite'))] } },
  play: async ({ canvasElement }) => {
    const { status } = await searchPanel(canvasElement);
    await expect(status).toHaveTextContent('Searching…');
  },
};

/** The answers fail until the play recovers them, just before "Try again". */
const searchAnswers = failUntilRecovered(searchUrl);

/** The search fails: an announced error, and "Try again" searches again. */
export const ErrorWithRetry: Story = {
  name: 'Error',
  beforeEach: searchAnswers.beforeEach,
  parameters: { msw: { handlers: searchAnswers.handlers } },
  play: async ({ canvasElement }) => {
    const { panel } = await searchPanel(canvasElement);
    const alert = await panel.findByRole('alert', undefined, patience);
    await expect(alert).toHaveTextContent('Search isn’t working right now. Please try again.');
    searchAnswers.recover();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(await panel.findByRole('button', { name: 'Reset your password' }, patience)).toBeVisible();
    await expect(panel.queryByRole('alert')).toBeNull();
  },
};

/** Many results and long snippets wrap inside the panel. */
export const LongContent: Story = {
  args: { route: { view: 'search', query: 'lumen' } },
  play: async ({ canvasElement }) => {
    const { panel, status } = await searchPanel(canvasElement);
    await waitFor(() => expect(status).toHaveTextContent(/results$/), patience);
    await expect(panel.getAllByRole('listitem').length).toBeGreaterThan(3);
    const body = canvasElement.querySelector('.parley-body') as HTMLElement;
    await expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth);
  },
};

/** A Chinese query, without spaces, finds Chinese articles. */
export const Chinese: Story = {
  args: { language: 'zh-Hans', route: { view: 'search', query: '重置密码' } },
  parameters: { lang: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    const { panel, status } = await searchPanel(canvasElement);
    await waitFor(() => expect(status).toHaveTextContent(/^共 \d+ 条结果$/), patience);
    await expect(panel.getAllByRole('listitem')[0]?.querySelector('mark')).toHaveTextContent(/密码|重置/);
  },
};

/** Arabic, right to left (the demo help centre answers in English). */
export const RightToLeft: Story = {
  args: { language: 'ar' },
  globals: { dir: 'rtl' },
  parameters: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    const { panel } = await searchPanel(canvasElement);
    await expect(await panel.findByRole('button', { name: 'Reset your password' }, patience)).toBeVisible();
  },
};

/** The dark theme, highlights included. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { panel } = await searchPanel(canvasElement);
    await expect(await panel.findByRole('button', { name: 'Reset your password' }, patience)).toBeVisible();
  },
};

/** On a phone (375×667): the results fill the screen, snippets wrapping to its width. */
export const Mobile: Story = {
  ...onPhone,
  play: async ({ canvasElement }) => {
    await expectPhoneScreen();
    const { panel, status } = await searchPanel(canvasElement);
    await waitFor(() => expect(status).toHaveTextContent(/^\d+ results$/), patience);
    await expectFullScreenPanel(within(canvasElement).getByRole('dialog'));
    await expect(panel.getByRole('button', { name: 'Reset your password' })).toBeVisible();
    const box = panel.getByRole('searchbox', { name: 'Search for help' });
    await expect(getComputedStyle(box).fontSize).toBe('16px');
    await userEvent.type(box, ' reset');
    await waitFor(() => expect(status).toHaveTextContent(/^\d+ results?$/), patience);
  },
};
