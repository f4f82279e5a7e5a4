import { createClient, createMemoryStorage } from '@parley/core';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type MountOptions, mount, type WidgetHandle } from '../mount';
import { testClient } from '../testing/renderWidgetAt';
import { setupParleyServer, testBaseUrl } from '../testing/setupParleyServer';
import { createStoryTeam, STORY_AGENT_TOKEN } from '../views/conversation/testing/createStoryTeam';
import { createTeamHandlers } from '../views/conversation/testing/createTeamHandlers';
import { persistedState } from './persistedState';

const server = setupParleyServer();
const widgets: WidgetHandle[] = [];
const stateKey = persistedState.key('wk_demo');

beforeEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', '/shop/cart');
});
afterEach(() => {
  for (const widget of widgets.splice(0)) {
    widget.destroy();
    widget.client.destroy();
  }
  sessionStorage.clear();
});

function mountDemo(options: Partial<MountOptions> = {}): WidgetHandle {
  const widget = mount({ baseUrl: testBaseUrl, widgetKey: 'wk_demo', client: testClient(), ...options });
  widgets.push(widget);
  return widget;
}

/** The newest widget's host element, and queries inside its shadow root. */
function newest() {
  const hosts = document.querySelectorAll<HTMLElement>('[data-parley-widget]');
  const host = hosts[hosts.length - 1];
  if (!host?.shadowRoot) throw new Error('no widget on the page');
  return { host, ui: within(host.shadowRoot as unknown as HTMLElement) };
}

/**
 * Resolves once the widgets mounted so far are connected to the page: their connection is a chunk that each
 * widget imports as it mounts, and runs as soon as it has loaded.
 */
async function connected(_widget?: WidgetHandle) {
  await import('./connectPage');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe("the widget's page connection", () => {
  it('writes nothing to storage before the visitor interacts with the widget', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const widget = mountDemo();
    await connected(widget);
    widget.showArticle('art_missing');
    widget.close();
    widget.search('export');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(setItem).not.toHaveBeenCalled();
    expect(sessionStorage.getItem(stateKey)).toBeNull();
    setItem.mockRestore();
  });

  it('keeps the state in memory only while consent is pending, stores it once granted, and forgets it when refused', async () => {
    const widget = mountDemo({ consent: 'pending' });
    await connected(widget);
    widget.search('export');
    fireEvent.pointerDown(newest().host);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sessionStorage.getItem(stateKey)).toBeNull();

    await widget.setConsent('granted');
    // From the next change on.
    widget.showArticle('art_missing');
    await waitFor(() =>
      expect(JSON.parse(sessionStorage.getItem(stateKey) ?? '{}')).toMatchObject({ open: true }),
    );

    await widget.setConsent('denied');
    expect(sessionStorage.getItem(stateKey)).toBeNull();
    widget.close();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sessionStorage.getItem(stateKey)).toBeNull();
  });

  it('keeps the open view, the way back and the drafts after an interaction, and finds them after a reload', async () => {
    const widget = mountDemo();
    await connected(widget);
    widget.search('export');
    const { host, ui } = newest();
    fireEvent.pointerDown(host);
    const box = await ui.findByRole('searchbox', { name: 'Search for help' });
    fireEvent.input(box, { target: { value: 'export notes' } });
    await waitFor(() =>
      expect(JSON.parse(sessionStorage.getItem(stateKey) ?? '{}')).toMatchObject({
        open: true,
        routes: [{ view: 'home' }, { view: 'search' }],
      }),
    );

    // A draft in a new conversation's composer, then a "reload": the widget goes, another comes.
    widget.showNewMessage('Hello');
    await waitFor(() =>
      expect(JSON.parse(sessionStorage.getItem(stateKey) ?? '{}').drafts).toEqual({ new: 'Hello' }),
    );
    widget.destroy();
    const again = mountDemo();
    await connected(again);
    await waitFor(() => expect(again.isOpen()).toBe(true));
    expect(again.getState().route).toMatchObject({
      view: expect.stringMatching(/newConversation|offlineForm/),
    });
    const text = (await newest().ui.findByRole('textbox', { name: /Message/ })) as HTMLTextAreaElement;
    expect(text.value).toBe('Hello');
  });

  it('brings the panel back on the same page only, and the drafts on any page of the tab', async () => {
    const kept = (drafts: Record<string, string>) =>
      sessionStorage.setItem(
        stateKey,
        JSON.stringify({
          page: `${location.origin}/shop/cart`,
          open: true,
          routes: [{ view: 'home' }, { view: 'search', query: 'kept' }],
          drafts,
        }),
      );
    // Another page of the site: the panel starts afresh, the draft is there when the visitor writes.
    kept({ new: 'Where is my order?' });
    history.replaceState(null, '', '/shop/checkout?step=1');
    const elsewhere = mountDemo();
    await connected(elsewhere);
    expect(elsewhere.getState()).toMatchObject({ open: false, route: { view: 'home' } });
    elsewhere.showNewMessage();
    const box = (await newest().ui.findByRole('textbox', { name: /Message/ })) as HTMLTextAreaElement;
    expect(box.value).toBe('Where is my order?');
    elsewhere.destroy();

    // The page it was on (another query string is the same page): the panel as it was.
    kept({});
    history.replaceState(null, '', '/shop/cart?coupon=1#top');
    const same = mountDemo();
    await connected(same);
    expect(same.getState()).toMatchObject({ open: true, route: { view: 'search', query: 'kept' } });
  });

  it('follows the single-page app: the state kept is the page the visitor is on now', async () => {
    const widget = mountDemo();
    await connected(widget);
    widget.search('export');
    fireEvent.pointerDown(newest().host);
    history.pushState(null, '', '/shop/checkout');
    await waitFor(() =>
      expect(JSON.parse(sessionStorage.getItem(stateKey) ?? '{}').page).toBe(
        `${location.origin}/shop/checkout`,
      ),
    );
  });

  it('keeps each widget key’s state apart, and lets a command that came first win over the kept state', async () => {
    sessionStorage.setItem(
      stateKey,
      JSON.stringify({
        page: `${location.origin}/shop/cart`,
        open: true,
        routes: [{ view: 'home' }, { view: 'search', query: 'kept' }],
        drafts: {},
      }),
    );
    const other = mount({
      baseUrl: testBaseUrl,
      widgetKey: 'wk_other',
      client: createClient({ baseUrl: testBaseUrl, widgetKey: 'wk_other', storage: createMemoryStorage() }),
    });
    widgets.push(other);
    const widget = mountDemo();
    // The host's command runs before the page connection has loaded.
    widget.showConversation('cnv_from_command');
    await connected(widget);
    await connected(other);
    expect(widget.getState().route).toEqual({ view: 'conversation', conversationId: 'cnv_from_command' });
    expect(other.isOpen()).toBe(false);

    // The state kept from then on is the widget's newer one; the other key kept none.
    expect(JSON.parse(sessionStorage.getItem(stateKey) ?? '{}').routes).toEqual([
      { view: 'home' },
      { view: 'conversation', conversationId: 'cnv_from_command' },
    ]);
    expect(sessionStorage.getItem(persistedState.key('wk_other'))).toBeNull();
  });

  it('opens an article from a deep link, then takes the link out of the address, keeping the rest', async () => {
    history.replaceState({ router: 7 }, '', '/shop/cart?step=2&parley=article:art_missing#summary');
    const opened = vi.fn();
    const widget = mountDemo();
    widget.on('open', opened);
    await connected(widget);
    await waitFor(() =>
      expect(widget.getState().route).toEqual({ view: 'article', articleId: 'art_missing' }),
    );
    expect(opened).toHaveBeenCalledWith({ view: 'article' });
    expect(location.pathname + location.search + location.hash).toBe('/shop/cart?step=2#summary');
    expect(history.state).toEqual({ router: 7 });
  });

  it('leaves deep links alone with deepLinks: false, and a link of another widget to that widget', async () => {
    history.replaceState(null, '', '/?parley=article:a1&parley_widget=wk_other');
    const demo = mountDemo();
    await connected(demo);
    expect(demo.isOpen()).toBe(false);
    expect(location.search).toBe('?parley=article:a1&parley_widget=wk_other');
    const off = mountDemo({ deepLinks: false });
    history.replaceState(null, '', '/?parley=article:a1');
    await connected(off);
    expect(location.search).toBe('?parley=article:a1');
  });

  it('opens the conversation of an email link, signed in as its visitor, once', async () => {
    server.use(...createTeamHandlers());
    // A visitor wrote, gave their email and left; the team's reply was emailed with a one-time link.
    const visitor = createClient({
      baseUrl: testBaseUrl,
      widgetKey: 'wk_demo',
      storage: createMemoryStorage(),
    });
    await visitor.session.update({ email: 'ada@example.com' });
    const { id } = await visitor.conversations.create({ text: 'My export is empty' });
    const contactId = visitor.session.visitor.getSnapshot().contact?.id;
    visitor.destroy();
    await createStoryTeam(testBaseUrl).reply(id, 'Try again from Settings.');
    const outbox = await fetch(`${testBaseUrl}/v1/agent/outbox`, {
      headers: { authorization: `Bearer ${STORY_AGENT_TOKEN}` },
    }).then((response) => response.json() as Promise<{ data: { link: string }[] }>);
    const token = new URL(outbox.data[0]?.link ?? '').searchParams.get('parley_link');

    history.replaceState(null, '', `/account?parley_link=${token}`);
    const widget = mountDemo();
    await connected(widget);
    expect(location.pathname + location.search).toBe('/account');
    expect(await newest().ui.findByText('Try again from Settings.')).toBeTruthy();
    expect(widget.getState()).toMatchObject({
      route: { view: 'conversation', conversationId: id },
      visitor: { contactId },
    });

    // The same link again: it is used up; the panel opens all the same, and the host hears why.
    const errors = vi.fn();
    history.replaceState(null, '', `/account?parley_link=${token}`);
    const again = mountDemo();
    again.on('error', errors);
    await connected(again);
    await waitFor(() => expect(again.isOpen()).toBe(true));
    expect(errors).toHaveBeenCalledWith({ error: expect.objectContaining({ problemCode: 'link_expired' }) });
    expect(again.getState().route).toEqual({ view: 'home' });
  });

  it('asks for the suggested articles of the new page when a single-page app moves', async () => {
    const pages: string[] = [];
    server.use(
      http.get(`${testBaseUrl}/v1/kb/suggest`, ({ request }) => {
        pages.push(new URL(request.url).searchParams.get('pageUrl') ?? '');
      }),
    );
    const widget = mountDemo({ open: true });
    await connected(widget);
    await waitFor(() => expect(pages).toEqual([`${location.origin}/shop/cart`]));
    history.pushState(null, '', '/shop/checkout');
    await waitFor(() =>
      expect(pages).toEqual([`${location.origin}/shop/cart`, `${location.origin}/shop/checkout`]),
    );
    widget.destroy();
    history.pushState(null, '', '/shop/thanks');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pages).toHaveLength(2);
  });
});
