// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ParleyProvider } from './ParleyProvider';
import { ParleyWidget } from './ParleyWidget';
import { useArticleSearch } from './useArticleSearch';
import { useConnection } from './useConnection';
import { useConversation } from './useConversation';
import { useConversations } from './useConversations';
import { useTicket } from './useTicket';
import { useUnreadCount } from './useUnreadCount';

function HelpCenter() {
  const list = useConversations();
  const conversation = useConversation('conv_1');
  const ticket = useTicket({ reference: 'PRL-4821', email: 'ada@example.com' });
  const search = useArticleSearch('password');
  return (
    <p>
      {[
        list.status,
        conversation.status,
        ticket.status,
        search.status,
        useConnection(),
        useUnreadCount(),
      ].join(' ')}
    </p>
  );
}

describe('server rendering', () => {
  it('renders every hook in its state before loading, with no request and no window', () => {
    expect(typeof window).toBe('undefined');
    const fetchSpy = vi.fn<typeof fetch>();
    const html = renderToString(
      <ParleyProvider
        options={{ baseUrl: 'https://support.example.com', widgetKey: 'wk_demo', fetch: fetchSpy }}
      >
        <HelpCenter />
        <ParleyWidget baseUrl="https://support.example.com" widgetKey="wk_demo" />
      </ParleyProvider>,
    );
    expect(html).toBe('<p>idle idle idle idle connecting 0</p>');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
