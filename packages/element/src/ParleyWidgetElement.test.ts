import { isParleyError } from '@parley/core';
import { mount } from '@parley/widget';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { ParleyWidgetElement, type ParleyWidgetOptions } from './index';

// The real widget, with mount() watched to see the options each attribute becomes.
vi.mock('@parley/widget', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@parley/widget')>();
  return { ...actual, mount: vi.fn(actual.mount) };
});
const mountCalls = () => vi.mocked(mount).mock.calls;

// Wiring only: the widget's launcher renders whether or not its configuration ever arrives.
const neverAnswers: typeof fetch = () => new Promise(() => undefined);
const baseAttributes = { 'widget-key': 'wk_demo', 'base-url': 'https://support.example.com' };

function createElement(
  attributes: Record<string, string> = baseAttributes,
  options: ParleyWidgetOptions = { fetch: neverAnswers },
): ParleyWidgetElement {
  const element = document.createElement('parley-widget');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.options = options;
  return element;
}

/** The element on the page, with its widget mounted (a microtask after it was put there). */
async function placeElement(
  attributes?: Record<string, string>,
  options?: ParleyWidgetOptions,
): Promise<ParleyWidgetElement> {
  const element = createElement(attributes, options);
  document.body.append(element);
  await Promise.resolve();
  return element;
}

const widgetHosts = () => Array.from(document.querySelectorAll('[data-parley-widget]'));
/** The widget's root in its shadow DOM (theme, direction, launcher side live on it as attributes). */
const widgetRoot = () => widgetHosts()[0]?.shadowRoot?.querySelector('.parley') ?? null;
const launcher = () => widgetHosts()[0]?.shadowRoot?.querySelector('button[aria-label="Help"]') ?? null;
const panel = () => widgetHosts()[0]?.shadowRoot?.querySelector('[role="dialog"]') ?? null;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

let consoleError: MockInstance<typeof console.error>;
/** What the element (and the widget) printed as `[parley]` errors. */
const parleyErrors = () =>
  consoleError.mock.calls
    .map(([message]) => String(message))
    .filter((message) => message.startsWith('[parley]'));

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  document.body.replaceChildren();
  // Elements taken off the page remove their widgets a task later.
  await nextTask();
  sessionStorage.clear();
  vi.mocked(mount).mockClear();
  vi.restoreAllMocks();
});

describe('<parley-widget>', () => {
  it('is typed in querySelector and created as the element class', () => {
    document.body.innerHTML = '<parley-widget></parley-widget>';
    // A type error without the HTMLElementTagNameMap entry.
    const element: ParleyWidgetElement | null = document.querySelector('parley-widget');
    expect(element).toBeInstanceOf(ParleyWidgetElement);
  });

  it('mounts one widget while on the page with a key and base URL, and removes it once taken off', async () => {
    const element = await placeElement();
    expect(widgetHosts()).toHaveLength(1);
    expect(launcher()).not.toBeNull();
    // The widget renders on document.body, not inside the element.
    expect(widgetHosts()[0]?.parentElement).toBe(document.body);
    expect(element.childNodes).toHaveLength(0);

    element.remove();
    await nextTask();
    expect(widgetHosts()).toHaveLength(0);
    expect(element.getState()).toBeNull();
    expect(parleyErrors()).toEqual([]);
  });

  it('passes its attributes and options to the widget', async () => {
    const hostLauncher = document.createElement('button');
    hostLauncher.id = 'help';
    document.body.append(hostLauncher);
    const messages = { launcherLabel: 'Support' };
    const element = await placeElement(
      {
        ...baseAttributes,
        locale: 'fr',
        theme: 'dark',
        dir: 'rtl',
        position: 'left',
        open: '',
        consent: 'pending',
        nonce: 'n0nce',
        'launcher-element': '#help',
      },
      { fetch: neverAnswers, messages, deepLinks: false },
    );
    expect(mountCalls()).toHaveLength(1);
    expect(mountCalls()[0]?.[0]).toEqual({
      widgetKey: 'wk_demo',
      baseUrl: 'https://support.example.com',
      locale: 'fr',
      theme: 'dark',
      dir: 'rtl',
      open: true,
      consent: 'pending',
      nonce: 'n0nce',
      launcher: { position: 'left', element: '#help' },
      fetch: neverAnswers,
      messages,
      deepLinks: false,
    });
    // What the visitor gets, once the French texts are in: dark, right to left, open, and the page's own
    // button as the launcher.
    await vi.waitFor(() => expect(widgetRoot()?.getAttribute('data-theme')).toBe('dark'));
    expect(widgetRoot()?.getAttribute('dir')).toBe('rtl');
    expect(panel()).not.toBeNull();
    expect(hostLauncher.getAttribute('aria-haspopup')).toBe('dialog');
    expect(element.getState()).toMatchObject({ open: true, locale: 'fr', theme: 'dark' });
  });

  it('applies locale, theme, open and launcher-hidden live, on the same widget', async () => {
    const element = await placeElement();
    const host = widgetHosts()[0];

    element.theme = 'dark';
    expect(widgetRoot()?.getAttribute('data-theme')).toBe('dark');
    element.setAttribute('locale', 'fr');
    expect(element.getState()?.locale).toBe('fr');
    element.open = true;
    expect(panel()).not.toBeNull();
    element.removeAttribute('open');
    expect(panel()).toBeNull();
    element.hideLauncher();
    expect(element.getState()?.launcherVisible).toBe(false);
    expect(element.hasAttribute('launcher-hidden')).toBe(true);
    element.showLauncher();
    expect(element.getState()?.launcherVisible).toBe(true);

    await nextTask();
    expect(widgetHosts()).toEqual([host]);
    expect(mountCalls()).toHaveLength(1);
  });

  it('mounts a new widget when widget-key or base-url changes, one for the changes of a task', async () => {
    const element = await placeElement();
    const first = widgetHosts()[0];

    element.widgetKey = 'wk_other';
    element.baseUrl = 'https://help.example.org';
    await Promise.resolve();
    expect(mountCalls()).toHaveLength(2);
    expect(mountCalls()[1]?.[0]).toMatchObject({
      widgetKey: 'wk_other',
      baseUrl: 'https://help.example.org',
    });
    expect(widgetHosts()).toHaveLength(1);
    expect(widgetHosts()[0]).not.toBe(first);
    expect(element.getState()).not.toBeNull();
  });

  it('keeps `open` in step with the panel, and opens and closes it with show(), close() and toggle()', async () => {
    const element = await placeElement();
    launcher()?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(panel()).not.toBeNull();
    expect(element.open).toBe(true);

    element.close();
    expect(panel()).toBeNull();
    expect(element.toggle()).toBe(true);
    expect(panel()).not.toBeNull();
    expect(element.toggle(true)).toBe(true);
    expect(element.toggle(false)).toBe(false);
    expect(panel()).toBeNull();
    element.show();
    expect(element.getState()?.open).toBe(true);
  });

  it('re-dispatches the widget’s events as bubbling, composed CustomEvents with the payload in detail', async () => {
    // Inside another component's shadow root: only composed events reach the document.
    const component = document.createElement('div');
    document.body.append(component);
    const element = createElement();
    component.attachShadow({ mode: 'open' }).append(element);
    await Promise.resolve();
    const heard: { type: string; detail: unknown }[] = [];
    for (const type of ['parley-open', 'parley-close', 'parley-error'] as const) {
      document.addEventListener(type, (event) => heard.push({ type, detail: event.detail }));
    }

    element.showArticle('art_reset');
    element.close();
    element.showArticle('');
    expect(heard.map(({ type }) => type)).toEqual(['parley-open', 'parley-close', 'parley-error']);
    expect(heard[0]?.detail).toEqual({ view: 'article' });
    expect(heard[1]?.detail).toEqual({ view: 'article' });
    const error = (heard[2]?.detail as { error?: unknown } | undefined)?.error;
    expect(isParleyError(error) && error.code).toBe('invalid_request');
    expect(parleyErrors()[0]).toMatch(/^\[parley\] "showArticle" takes an article id/);
  });

  it('hears the widget’s own events too: a configuration that cannot load is a parley-error', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failed: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const errors: unknown[] = [];
    document.addEventListener('parley-error', (event) => errors.push(event.detail.error));
    await placeElement(baseAttributes, { fetch: failed });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(isParleyError(errors[0]) && errors[0].code).toBe('network');
  });

  it('keeps its widget, open panel included, when moved within the document in one task', async () => {
    const element = await placeElement({ ...baseAttributes, open: '' });
    const host = widgetHosts()[0];
    const sidebar = document.createElement('aside');
    document.body.append(sidebar);

    sidebar.append(element);
    await nextTask();
    expect(widgetHosts()).toEqual([host]);
    expect(element.getState()?.open).toBe(true);
    expect(mountCalls()).toHaveLength(1);
  });

  it('takes a change made while it was off the page when it is back', async () => {
    const element = await placeElement();
    element.remove();
    element.widgetKey = 'wk_other';
    await Promise.resolve();
    document.body.append(element);
    await Promise.resolve();
    expect(mountCalls()).toHaveLength(2);
    expect(element.getState()).not.toBeNull();
    expect(mountCalls()[1]?.[0].widgetKey).toBe('wk_other');
    await nextTask();
    expect(widgetHosts()).toHaveLength(1);
  });

  it('mounts afresh when put back after its widget was removed', async () => {
    const element = await placeElement();
    element.remove();
    await nextTask();
    expect(widgetHosts()).toHaveLength(0);

    document.body.append(element);
    await Promise.resolve();
    expect(widgetHosts()).toHaveLength(1);
    expect(mountCalls()).toHaveLength(2);
  });

  it('runs a command made right after it is put on the page, without waiting', () => {
    const element = createElement();
    document.body.append(element);
    element.showTicket('PRL-4821');
    expect(element.getState()?.route).toEqual({ view: 'ticketLookup', reference: 'PRL-4821' });
    expect(panel()).not.toBeNull();
  });

  it('reports a missing widget-key or base-url with a [parley] error and parley-error, and mounts once given', async () => {
    const errors: unknown[] = [];
    document.addEventListener('parley-error', (event) => errors.push(event.detail.error));
    const element = await placeElement({ 'base-url': 'https://support.example.com' });
    expect(widgetHosts()).toHaveLength(0);
    expect(parleyErrors()).toEqual([
      expect.stringMatching(/^\[parley\] <parley-widget> needs a widget-key attribute/),
    ]);
    expect(isParleyError(errors[0]) && errors[0].code).toBe('invalid_request');

    element.widgetKey = 'wk_demo';
    await Promise.resolve();
    expect(widgetHosts()).toHaveLength(1);
  });

  it('reports bad attribute values without throwing, and leaves them out', async () => {
    const element = await placeElement({ ...baseAttributes, theme: 'blue', position: 'top' });
    expect(parleyErrors()).toEqual([
      expect.stringMatching(/^\[parley\] <parley-widget theme="blue"> takes one of "light", "dark", "auto"/),
      expect.stringMatching(/^\[parley\] <parley-widget position="top"> takes one of "left", "right"/),
    ]);
    expect(mountCalls()[0]?.[0]).not.toHaveProperty('theme');
    expect(mountCalls()[0]?.[0].launcher).toEqual({});
    expect(launcher()).not.toBeNull();

    element.setAttribute('theme', 'Dark');
    expect(widgetRoot()?.getAttribute('data-theme')).toBe('dark');
    element.setAttribute('consent', 'pending');
    expect(parleyErrors()[2]).toMatch(/consent="pending" applies when the widget mounts/);
    // A value set again is no news: one error for it, not one per assignment.
    element.setAttribute('theme', 'sepia');
    element.setAttribute('theme', 'sepia');
    expect(parleyErrors().slice(3)).toEqual([expect.stringMatching(/<parley-widget theme="sepia">/)]);
  });

  it('reports a base URL the widget refuses instead of throwing into the page', async () => {
    const element = createElement({ 'widget-key': 'wk_demo', 'base-url': 'support.example.com' });
    expect(() => document.body.append(element)).not.toThrow();
    await Promise.resolve();
    expect(parleyErrors()).toEqual([
      expect.stringMatching(
        /^\[parley\] <parley-widget widget-key="wk_demo" base-url="support.example.com"> could not mount/,
      ),
    ]);
    expect(element.getState()).toBeNull();
  });

  it('reports commands made with no widget, rejecting the ones that return promises', async () => {
    const element = createElement();
    element.search('refund');
    expect(parleyErrors()).toEqual([
      expect.stringMatching(/^\[parley\] "search" did nothing: <parley-widget> has no widget/),
    ]);
    await expect(element.identify({ userId: 'u_1', hash: 'a'.repeat(64) })).rejects.toMatchObject({
      name: 'ParleyError',
      code: 'invalid_request',
    });
    expect(element.getState()).toBeNull();
  });

  it('forwards the commands to its widget', async () => {
    const element = await placeElement();
    element.search('refund');
    expect(element.getState()?.route).toEqual({ view: 'search', query: 'refund' });
    element.showConversation('cnv_1');
    expect(element.getState()?.route).toEqual({ view: 'conversation', conversationId: 'cnv_1' });
    // A bad argument is the widget's to report; it rejects the same way.
    await expect(element.update({ name: 42 } as never)).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('keeps a consent given with setConsent() in its attribute, so a new widget mounts with it', async () => {
    const element = createElement({ ...baseAttributes, consent: 'pending' });
    // Before it is on the page, the choice waits in the attribute.
    await element.setConsent('denied');
    expect(element.consent).toBe('denied');
    document.body.append(element);
    await Promise.resolve();
    expect(mountCalls()[0]?.[0].consent).toBe('denied');
    await element.setConsent('granted');
    expect(element.getAttribute('consent')).toBe('granted');

    element.widgetKey = 'wk_other';
    await Promise.resolve();
    expect(mountCalls()[1]?.[0].consent).toBe('granted');
  });
});
