import { createClient, createMemoryStorage } from '@parley/core';
import { createParleyHandlers } from '@parley/server/msw';
import { waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import { setupParleyServer, testBaseUrl } from './testing/setupParleyServer';
import { createStoryTeam, STORY_AGENT_TOKEN } from './views/conversation/testing/createStoryTeam';
import { patchConfig } from './views/home/testing/patchConfig';

const server = setupParleyServer();
beforeEach(() => {
  server.use(...createParleyHandlers({ settings: { agentToken: STORY_AGENT_TOKEN, demoBot: false } }));
});
const ui = () => within(document.querySelector('[data-parley-widget]')!.shadowRoot as unknown as HTMLElement);
const root = () => document.querySelector('[data-parley-widget]')!.shadowRoot!.querySelector('.parley')!;

describe('wired widget', () => {
  it('uses the host button as launcher, with state, unread count and focus return', async () => {
    const user = userEvent.setup();
    const help = document.createElement('button');
    help.id = 'help';
    help.textContent = 'Help';
    document.body.append(help);
    const client = createClient({
      baseUrl: testBaseUrl,
      widgetKey: 'wk_demo',
      storage: createMemoryStorage(),
    });
    const { id } = await client.conversations.create({ text: 'Hello' });
    await createStoryTeam(testBaseUrl).reply(id, 'Hi there');
    const onUnreadChange = vi.fn();
    const widget = mount({
      baseUrl: testBaseUrl,
      widgetKey: 'wk_demo',
      client,
      launcher: { element: '#help', onUnreadChange },
    });
    expect(ui().queryByRole('button', { name: 'Help' })).toBeNull();
    expect(help.getAttribute('aria-expanded')).toBe('false');
    await waitFor(() => expect(help.getAttribute('data-parley-unread')).toBe('1'));
    expect(onUnreadChange).toHaveBeenLastCalledWith(1);
    expect(widget.unreadCount()).toBe(1);
    expect(root().getAttribute('data-launcher')).toBe('hidden');
    expect(ui().getByText('1 unread message').getAttribute('role')).toBe('status');

    await user.click(help);
    expect(await ui().findByRole('dialog')).toBeTruthy();
    expect(help.getAttribute('aria-expanded')).toBe('true');
    expect(help.hasAttribute('data-parley-open')).toBe(true);
    await user.keyboard('{Escape}');
    expect(ui().queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(help);
    widget.destroy();
    expect(help.hasAttribute('aria-expanded')).toBe(false);
  });

  it('shows a nudge that opens the panel on its article; position and badge', async () => {
    const user = userEvent.setup();
    server.use(
      patchConfig((config) => ({
        ...config,
        triggers: [
          {
            id: 'trg_x',
            pagePattern: '*',
            secondsOnPage: 0,
            oncePerVisitor: false,
            message: 'Need help?',
            articles: [{ id: 'art_compare_plans', title: 'Compare plans' }],
          },
        ],
      })),
    );
    mount({
      baseUrl: testBaseUrl,
      widgetKey: 'wk_demo',
      launcher: { position: 'left', offset: { bottom: 40 } },
      dir: 'ltr',
    });
    expect(root().getAttribute('data-side')).toBe('start');
    expect((root() as HTMLElement).style.getPropertyValue('--_offset-block')).toBe('40px');
    const nudge = await ui().findByRole('complementary', { name: 'Message from Lumen' });
    await user.click(within(nudge).getByRole('button', { name: 'Compare plans' }));
    expect(await ui().findByRole('dialog')).toBeTruthy();
    expect(ui().queryByRole('complementary')).toBeNull();
    expect(ui().getByRole('button', { name: 'Back' })).toBeTruthy();
  });
});
