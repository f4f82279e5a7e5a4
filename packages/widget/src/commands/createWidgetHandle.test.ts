import { identityHash } from '@parley/server/msw';
import { waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { type MountOptions, mount, type WidgetHandle } from '../mount';
import { testClient } from '../testing/renderWidgetAt';
import { setupParleyServer, testBaseUrl } from '../testing/setupParleyServer';
import { createStoryTeam } from '../views/conversation/testing/createStoryTeam';
import { createTeamHandlers } from '../views/conversation/testing/createTeamHandlers';
import type { WidgetEventName, WidgetEvents } from './WidgetEvents';

const server = setupParleyServer();
const widgets: WidgetHandle[] = [];
let consoleErrors: MockInstance<typeof console.error>;

beforeEach(() => {
  consoleErrors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  // Their clients too: a client left running hears the next test's clients (tabs of one widget key).
  for (const widget of widgets.splice(0)) {
    widget.destroy();
    widget.client.destroy();
  }
  sessionStorage.clear();
  consoleErrors.mockRestore();
  vi.useRealTimers();
});

/** A widget of the demo key, with a client of its own (memory storage), as a host mounts it. */
function mountDemo(options: Partial<MountOptions> = {}): WidgetHandle {
  const widget = mount({ baseUrl: testBaseUrl, widgetKey: 'wk_demo', client: testClient(), ...options });
  widgets.push(widget);
  return widget;
}

/** Queries inside the newest widget's shadow root. */
function ui() {
  const hosts = document.querySelectorAll('[data-parley-widget]');
  const host = hosts[hosts.length - 1];
  if (!host?.shadowRoot) throw new Error('no widget on the page');
  return within(host.shadowRoot as unknown as HTMLElement);
}

/** Every payload of `event` from `widget`, in order. */
function record<K extends WidgetEventName>(widget: WidgetHandle, event: K): WidgetEvents[K][] {
  const seen: WidgetEvents[K][] = [];
  widget.on(event, (payload) => seen.push(payload));
  return seen;
}

/** The `[parley]` console errors so far, as text. */
const printed = () => consoleErrors.mock.calls.map((args) => String(args[0]));

/** Wednesday 11:00 UTC: the demo team (London) is at work. Sunday: it is away. */
const WEDNESDAY = new Date('2026-01-07T11:00:00Z');
const SUNDAY = new Date('2026-01-04T11:00:00Z');

describe("mount()'s handle", () => {
  it('opens, closes and toggles the panel, shows and hides the launcher, with open and close events', async () => {
    const widget = mountDemo();
    const opened = record(widget, 'open');
    const closed = record(widget, 'close');
    widget.open();
    widget.open();
    expect(await ui().findByRole('dialog', { name: 'Lumen' })).toBeTruthy();
    widget.toggle();
    await waitFor(() => expect(ui().queryByRole('dialog')).toBeNull());
    widget.close();
    expect(opened).toEqual([{ view: 'home' }]);
    expect(closed).toEqual([{ view: 'home' }]);

    widget.hide();
    expect(ui().queryByRole('button', { name: 'Help' })).toBeNull();
    expect(widget.getState().launcherVisible).toBe(false);
    widget.show();
    expect(ui().getByRole('button', { name: 'Help' })).toBeTruthy();
    expect(widget.getState().launcherVisible).toBe(true);
  });

  it('shows an article, tells the article event once it loaded, and refuses an id that is not one', async () => {
    const widget = mountDemo();
    const articles = record(widget, 'article');
    const errors = record(widget, 'error');
    widget.showArticle(42 as unknown as string);
    widget.showArticle('');
    expect(widget.isOpen()).toBe(false);
    expect(printed()).toEqual([
      '[parley] "showArticle" takes an article id (a non-empty string of at most 200 characters); got 42 (a number).',
      '[parley] "showArticle" takes an article id (a non-empty string of at most 200 characters); got an empty string.',
    ]);
    expect(errors.map(({ error }) => error.code)).toEqual(['invalid_request', 'invalid_request']);

    const { data } = await (await fetch(`${testBaseUrl}/v1/kb/search?widgetKey=wk_demo&q=export`)).json();
    const article = data[0].article as { id: string; title: string };
    widget.showArticle(article.id);
    expect(await ui().findByRole('heading', { name: article.title })).toBeTruthy();
    expect(widget.getState().route).toEqual({ view: 'article', articleId: article.id });
    await waitFor(() => expect(articles).toEqual([{ articleId: article.id, title: article.title }]));
    // Back leads home.
    await userEvent.setup().click(ui().getByRole('button', { name: 'Back' }));
    expect(await ui().findByText('Hi there 👋')).toBeTruthy();
    expect(articles).toHaveLength(1);
  });

  it('searches the help centre, and refuses a query that is not a string', async () => {
    const widget = mountDemo();
    widget.search(['export'] as unknown as string);
    expect(printed()).toEqual([
      '[parley] "search" takes a search query (a string of at most 200 characters); got an array.',
    ]);
    widget.search(' export ');
    expect(await ui().findByRole('searchbox', { name: 'Search for help' })).toBeTruthy();
    expect(widget.getState().route).toEqual({ view: 'search', query: 'export' });
    expect(await ui().findByRole('button', { name: 'Export your notes', exact: true } as never)).toBeTruthy();
  });

  it('starts a new message with text while the team is in, the offline form while it is away', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(WEDNESDAY);
    const widget = mountDemo();
    widget.showNewMessage({ text: 'Hi' } as unknown as string);
    expect(printed()).toEqual([
      '[parley] "showNewMessage" takes the text to start with (a string of at most 10000 characters); got an object.',
    ]);
    widget.showNewMessage('My export is empty');
    const box = (await ui().findByRole('textbox', { name: 'Message' })) as HTMLTextAreaElement;
    expect(box.value).toBe('My export is empty');

    vi.setSystemTime(SUNDAY);
    widget.showNewMessage('Still empty');
    expect(await ui().findByRole('heading', { name: 'Leave a message' })).toBeTruthy();
    expect(widget.getState().route).toEqual({ view: 'offlineForm', text: 'Still empty' });
  });

  it('shows one of the visitor’s conversations, and refuses an id that is not one', async () => {
    const widget = mountDemo();
    const { id } = await widget.client.conversations.create({ text: 'Where are my notes?' });
    widget.showConversation(null as unknown as string);
    expect(printed()[0]).toMatch(/^\[parley\] "showConversation" takes a conversation id .*; got null\.$/);
    widget.showConversation(id);
    expect(await ui().findByText('Where are my notes?')).toBeTruthy();
    expect(widget.getState().route).toEqual({ view: 'conversation', conversationId: id });
  });

  it('opens a ticket lookup filled in with the reference, and the ticket itself when the email is known', async () => {
    const widget = mountDemo();
    widget.showTicket({ reference: 'PRL-4821' } as unknown as string);
    expect(printed()[0]).toMatch(/^\[parley\] "showTicket" takes a ticket reference .*; got an object\.$/);
    widget.showTicket('PRL-4821');
    const reference = (await ui().findByRole('textbox', { name: 'Reference' })) as HTMLInputElement;
    expect(reference.value).toBe('PRL-4821');
    expect((ui().getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('');

    // The visitor told their email: the ticket opens at once.
    await widget.update({ email: 'ada@example.com' });
    widget.showTicket('PRL-4821');
    expect(await ui().findByRole('heading', { name: /Notes from my iPad/ })).toBeTruthy();
    expect(widget.getState().route).toMatchObject({ view: 'ticket' });
  });

  it('identifies a user with a verified hash, and rejects bad options with a clear message', async () => {
    const widget = mountDemo();
    const errors = record(widget, 'error');
    const attempts = [
      widget.identify('ada' as never),
      widget.identify({ userId: '' }),
      widget.identify({ userID: 'ada' } as never),
      widget.identify({ userId: 'ada', email: 'ada-at-example' }),
      widget.identify({ userId: 'ada', attributes: { 'pro plan': true } }),
      widget.identify({ userId: 'ada', attributes: { plan: { tier: 2 } } as never }),
      widget.identify({ userId: 'ada', hash: 'ABC' }),
      widget.identify({ userId: 'ada', hash: 'a'.repeat(64), jwt: 'e.y.j' }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ code: 'invalid_request' });
    expect(printed()).toEqual([
      '[parley] "identify" takes { userId, email?, name?, attributes?, hash | jwt }; got "ada" (a string).',
      '[parley] "identify" takes userId as your id for the user (a non-empty string of at most 200 characters); got an empty string.',
      '[parley] "identify" takes only the fields userId, email, name, attributes, hash, jwt; got "userID" (a string).',
      '[parley] "identify" takes email as an email address (name@example.com); got "ada-at-example" (a string).',
      '[parley] "identify" takes attributes as attribute names of a letter, then letters, digits or _; got "pro plan" (a string).',
      '[parley] "identify" takes attributes.plan as a string (at most 1,000 characters), a number, a boolean or null; got an object.',
      '[parley] "identify" takes hash as a lowercase hex HMAC-SHA256 of userId (64 characters, 0-9 and a-f); got "ABC" (a string).',
      '[parley] "identify" takes jwt as nothing when hash is given (hash or jwt, not both); got "e.y.j" (a string).',
    ]);
    expect(errors).toHaveLength(8);
    expect(widget.getState().visitor).toEqual({ status: 'none', contactId: null, identified: false });

    const hash = await identityHash('demo-secret-change-me', 'user_ada');
    await widget.identify({ userId: 'user_ada', name: 'Ada', email: 'ada@example.com', hash });
    expect(widget.getState().visitor).toMatchObject({ status: 'ready', identified: true });
    // A hash that does not match is the backend's refusal: reported, and the promise rejects.
    await expect(widget.identify({ userId: 'user_bob', hash })).rejects.toMatchObject({
      code: 'unauthorized',
    });
    expect(printed().at(-1)).toMatch(/^\[parley\] "identify" failed: /);
  });

  it('updates the contact, refusing details that are not attributes', async () => {
    const widget = mountDemo();
    await expect(widget.update('Ada' as never)).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(widget.update({ name: 7 } as never)).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(widget.update({ seats: Number.NaN })).rejects.toMatchObject({ code: 'invalid_request' });
    expect(printed()).toEqual([
      '[parley] "update" takes an object of details: { name?, email?, ...custom attributes }; got "Ada" (a string).',
      '[parley] "update" takes name as a name (a non-empty string of at most 200 characters); got 7 (a number).',
      '[parley] "update" takes seats as a string (at most 1,000 characters), a number, a boolean or null; got NaN (a number).',
    ]);
    await widget.update({ name: 'Ada', plan: 'pro', seats: 12 });
    widget.open();
    expect(await ui().findByText('Hi Ada')).toBeTruthy();
  });

  it('logs out: the session ends, and the panel forgets where it was', async () => {
    const widget = mountDemo();
    await widget.update({ name: 'Ada' });
    const ada = widget.getState().visitor.contactId;
    widget.search('export');
    await widget.logout();
    expect(widget.getState().route).toEqual({ view: 'home' });
    // The open panel's home starts a new, anonymous visitor.
    expect(widget.getState().visitor.contactId).not.toBe(ada);
    expect(printed()).toEqual([]);
  });

  it('switches language at runtime, texts first, with a client in that language', async () => {
    const widget = mount({ baseUrl: testBaseUrl, widgetKey: 'wk_demo' });
    widgets.push(widget);
    const before = widget.client;
    widget.setLocale('pt-BR');
    widget.setLocale(5 as never);
    expect(printed()).toEqual([
      '[parley] "setLocale" takes a language the widget speaks (a BCP 47 tag of en, zh-Hans, zh-Hant, es, fr, de, ja, ar); got "pt-BR" (a string).',
      '[parley] "setLocale" takes a language the widget speaks (a BCP 47 tag of en, zh-Hans, zh-Hant, es, fr, de, ja, ar); got 5 (a number).',
    ]);
    widget.setLocale('fr-CA');
    expect(await ui().findByRole('button', { name: 'Aide' })).toBeTruthy();
    expect(widget.getState().locale).toBe('fr-CA');
    expect(widget.client).not.toBe(before);
    expect(widget.client.options.locale).toBe('fr-CA');
    widget.setLocale('ar');
    await waitFor(() => expect(ui().getByRole('button', { name: 'المساعدة' })).toBeTruthy());
    expect(
      document
        .querySelector('[data-parley-widget]')
        ?.shadowRoot?.querySelector('.parley')
        ?.getAttribute('dir'),
    ).toBe('rtl');
  });

  it('sets the colour scheme, refusing one it does not have', async () => {
    const widget = mountDemo({ theme: 'light' });
    const scheme = () =>
      document
        .querySelector('[data-parley-widget]')
        ?.shadowRoot?.querySelector('.parley')
        ?.getAttribute('data-theme');
    widget.setTheme('purple' as never);
    expect(printed()).toEqual([
      '[parley] "setTheme" takes a colour scheme: "light", "dark", "auto"; got "purple" (a string).',
    ]);
    expect(scheme()).toBe('light');
    widget.setTheme('dark');
    expect(scheme()).toBe('dark');
    expect(widget.getState().theme).toBe('dark');
  });

  it('passes the visitor’s choice about storage to its client, refusing anything but granted or denied', async () => {
    const widget = mountDemo();
    const setConsent = vi.spyOn(widget.client, 'setConsent');
    await widget.setConsent('maybe' as never);
    expect(printed()).toEqual([
      '[parley] "setConsent" takes the visitor’s choice: "granted", "denied"; got "maybe" (a string).',
    ]);
    expect(setConsent).not.toHaveBeenCalled();
    await widget.setConsent('denied');
    expect(setConsent).toHaveBeenCalledWith('denied');
  });

  it('adds each listener once, stops it with off or with what on returned, and keeps a throwing one from the others', () => {
    const widget = mountDemo();
    const first = vi.fn();
    const throwing = vi.fn(() => {
      throw new Error('host bug');
    });
    widget.on('open', first);
    widget.on('open', first);
    widget.on('open', throwing);
    const second = vi.fn();
    const stop = widget.on('close', second);
    widget.open();
    widget.close();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    expect(printed()).toEqual(['[parley] a listener of "open" threw:']);
    widget.off('open', first);
    widget.off('open', throwing);
    stop();
    widget.open();
    widget.close();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);

    expect(widget.on('opened' as never, first)).toBeTypeOf('function');
    widget.on('open', 'alert(1)' as never);
    widget.off('close', undefined as never);
    expect(printed().slice(1)).toEqual([
      '[parley] "on" takes an event name (ready, open, close, unread, message, article, conversation:start, rating, error); got "opened" (a string).',
      '[parley] "on" takes a listener function; got "alert(1)" (a string).',
      '[parley] "off" takes a listener function; got nothing.',
    ]);
  });

  it('tells ready once, and at once to a listener added after', async () => {
    const widget = mountDemo({ locale: 'en-GB' });
    const ready = record(widget, 'ready');
    await waitFor(() => expect(ready).toEqual([{ widgetKey: 'wk_demo', locale: 'en-GB' }]));
    expect(widget.getState().ready).toBe(true);
    const late = vi.fn();
    widget.on('ready', late);
    await waitFor(() => expect(late).toHaveBeenCalledWith({ widgetKey: 'wk_demo', locale: 'en-GB' }));
    widget.open();
    widget.close();
    expect(ready).toHaveLength(1);
  });

  it('tells an error when the configuration does not load, and no ready', async () => {
    server.use(http.get(`${testBaseUrl}/v1/widget/config`, () => HttpResponse.json({ brand: 'nope' })));
    const widget = mountDemo();
    const errors = record(widget, 'error');
    const ready = record(widget, 'ready');
    await waitFor(() => expect(errors.map(({ error }) => error.code)).toEqual(['invalid_response']));
    expect(ready).toEqual([]);
    expect(widget.getState().ready).toBe(false);
  });

  it('tells message and unread when the team answers, conversation:start and rating when the visitor acts', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(WEDNESDAY);
    server.use(...createTeamHandlers());
    const team = createStoryTeam(testBaseUrl);
    const widget = mountDemo();
    const started = record(widget, 'conversation:start');
    const messages = record(widget, 'message');
    const unread = record(widget, 'unread');
    const ratings = record(widget, 'rating');
    const user = userEvent.setup();

    widget.showNewMessage('My export is empty');
    await user.click(await ui().findByRole('button', { name: 'Send', exact: true } as never));
    await waitFor(() => expect(started).toHaveLength(1));
    const conversationId = started[0]?.conversationId as string;
    expect(widget.getState().route).toEqual({ view: 'conversation', conversationId });
    // The bot answers at once: with the conversation's first load, or as news (a message event).
    expect(await ui().findByText(/Here are some articles/)).toBeTruthy();
    for (const { message } of messages) expect(message.author.kind).toBe('bot');

    widget.close();
    await waitFor(() => expect(widget.client.connection.getSnapshot()).toBe('online'));
    await team.reply(conversationId, 'Try exporting again from Settings.', { author: { name: 'Priya' } });
    await waitFor(() => expect(unread.at(-1)?.count).toBeGreaterThan(0));
    expect(messages.at(-1)).toMatchObject({ message: { text: 'Try exporting again from Settings.' } });

    await team.status(conversationId, 'resolved');
    widget.showConversation(conversationId);
    await user.click(await ui().findByRole('radio', { name: 'Great' }));
    await user.type(ui().getByRole('textbox', { name: /Add a comment/ }), 'Quick!');
    await user.click(ui().getByRole('button', { name: 'Send rating' }));
    await waitFor(() => expect(ratings).toEqual([{ conversationId, score: 5, comment: 'Quick!' }]));
    expect(started).toHaveLength(1);
  });

  it('does nothing after destroy, without errors', () => {
    const widget = mountDemo();
    widget.destroy();
    widget.open();
    widget.showArticle('art_1');
    widget.setTheme('dark');
    expect(widget.isOpen()).toBe(false);
    expect(printed()).toEqual([]);
    expect(document.querySelector('[data-parley-widget]')).toBeNull();
  });
});
