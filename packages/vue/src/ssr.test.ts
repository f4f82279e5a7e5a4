// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { createParley } from './createParley';
import { ParleyWidget } from './ParleyWidget';
import { createFakeClient } from './testing/createFakeClient';
import { useArticleSearch } from './useArticleSearch';
import { useConnection } from './useConnection';
import { useConversation } from './useConversation';
import { useConversations } from './useConversations';
import { useTicket } from './useTicket';
import { useUnreadCount } from './useUnreadCount';

/** A support screen using every composable and the widget. */
const Support = defineComponent(() => {
  const list = useConversations();
  const unread = useUnreadCount();
  const conversation = useConversation('c1');
  const byId = useTicket('t1');
  const byReference = useTicket({ reference: 'PRL-1', email: 'ada@example.com' });
  const search = useArticleSearch('reset');
  const connection = useConnection();
  return () =>
    h('main', [
      h('p', `list ${list.value.status} ${unread.value}`),
      h('p', `conversation ${conversation.value.status}`),
      h('p', `tickets ${byId.value.status} ${byReference.value.status}`),
      h('p', `search ${search.value.status} ${search.value.query}`),
      h('p', `connection ${connection.value}`),
      h(ParleyWidget, { baseUrl: 'https://support.example.com', widgetKey: 'wk_demo' }),
    ]);
});

describe('server rendering', () => {
  it('renders the stores as they are and subscribes to none', async () => {
    const fake = createFakeClient();
    const app = createSSRApp(Support).use(createParley({ client: fake.client }));

    const html = await renderToString(app);
    // Let anything a subscription would have started (a debounced search) run.
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(html).toBe(
      '<main><p>list idle 0</p><p>conversation idle</p><p>tickets idle idle</p>' +
        '<p>search loading reset</p><p>connection offline</p><!----></main>',
    );
    expect(fake.stores().length).toBe(5);
    expect(fake.stores().map((store) => store.subscriptions)).toEqual([0, 0, 0, 0, 0]);
    expect(fake.searches).toEqual([]);
  });

  it('makes no request with a real client', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network on the server')));
    const app = createSSRApp(Support).use(
      createParley({ baseUrl: 'https://support.example.com', widgetKey: 'wk_demo', fetch }),
    );
    expect(await renderToString(app)).toContain('<p>list idle 0</p><p>conversation idle</p>');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetch).not.toHaveBeenCalled();
  });
});
