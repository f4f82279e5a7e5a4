import { describe, expect, it, vi } from 'vitest';
import { type RouteWindow, watchRoutes } from './watchRoutes';

/** A window without the Navigation API: its history moves its location, as a browser's does. */
function fakeWindow(withNavigation = false) {
  const events = new EventTarget();
  const location = { href: 'https://shop.example/' };
  const move = (url?: string | URL | null) => {
    if (url) location.href = new URL(url, location.href).href;
  };
  const history = {
    state: null,
    pushState: vi.fn(function (this: unknown, _state: unknown, _title: string, url?: string | URL | null) {
      move(url);
      return 'pushed';
    }),
    replaceState: vi.fn((_state: unknown, _title: string, url?: string | URL | null) => move(url)),
  } as unknown as History;
  const navigation = new EventTarget();
  const win: RouteWindow & { fire(type: string): void } = {
    location,
    history,
    ...(withNavigation ? { navigation } : {}),
    addEventListener: (type, listener) => events.addEventListener(type, listener),
    removeEventListener: (type, listener) => events.removeEventListener(type, listener),
    fire: (type) => events.dispatchEvent(new Event(type)),
  };
  return { win, location, history, navigation };
}

describe('watchRoutes', () => {
  it('hears pushState, replaceState, popstate and hashchange, once per new address', () => {
    const { win, location, history } = fakeWindow();
    const moves: string[] = [];
    const stop = watchRoutes((href) => moves.push(href), win);
    expect(history.pushState(null, '', '/cart')).toBe('pushed');
    history.replaceState(null, '', '/cart');
    history.replaceState({ step: 2 }, '', '/cart?step=2');
    location.href = 'https://shop.example/';
    win.fire('popstate');
    win.fire('popstate');
    location.href = 'https://shop.example/#faq';
    win.fire('hashchange');
    expect(moves).toEqual([
      'https://shop.example/cart',
      'https://shop.example/cart?step=2',
      'https://shop.example/',
      'https://shop.example/#faq',
    ]);
    stop();
    history.pushState(null, '', '/after');
    win.fire('popstate');
    expect(moves).toHaveLength(4);
  });

  it('puts the history methods back when the last watcher stops, and shares one wrapper meanwhile', () => {
    const { win, history } = fakeWindow();
    const original = history.pushState;
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = watchRoutes(first, win);
    const wrapped = history.pushState;
    const stopSecond = watchRoutes(second, win);
    expect(history.pushState).toBe(wrapped);
    history.pushState(null, '', '/a');
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);
    stopFirst();
    expect(history.pushState).toBe(wrapped);
    stopSecond();
    expect(history.pushState).toBe(original);
  });

  it("keeps the host's own wrapper working when the host wrapped ours, and reuses ours later", () => {
    const { win, history } = fakeWindow();
    const moves: string[] = [];
    const stop = watchRoutes((href) => moves.push(href), win);
    // The host (a router, an analytics script) wraps pushState after the widget did.
    const hostSaw: unknown[] = [];
    const ours = history.pushState;
    history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
      hostSaw.push(args[2]);
      return ours.apply(this, args);
    };
    const hostWrapper = history.pushState;
    stop();
    expect(history.pushState).toBe(hostWrapper);
    history.pushState(null, '', '/b');
    expect(hostSaw).toEqual(['/b']);
    expect(moves).toEqual([]);
    // Watching again goes through the wrapper still in the host's chain, without wrapping twice.
    const again = watchRoutes((href) => moves.push(href), win);
    expect(history.pushState).toBe(hostWrapper);
    history.pushState(null, '', '/c');
    expect(moves).toEqual(['https://shop.example/c']);
    expect(hostSaw).toEqual(['/b', '/c']);
    again();
  });

  it('steps out of the chain once the wrapper above it has gone and it is called unused', () => {
    const { win, history } = fakeWindow();
    const browser = history.pushState;
    const stop = watchRoutes(() => undefined, win);
    const ours = history.pushState;
    // Another copy of the widget (an npm build beside the script tag) wraps ours, then both stop: the other
    // first gives back ours, which is on top again but still wrapped.
    const other = function (this: History, ...args: Parameters<History['pushState']>) {
      return ours.apply(this, args);
    };
    history.pushState = other;
    stop();
    history.pushState = ours;
    history.pushState(null, '', '/d');
    expect(history.pushState).toBe(browser);
    expect(win.location.href).toBe('https://shop.example/d');
  });

  it("lets the host's history errors through, and keeps the widget's own errors from the host", () => {
    const { win, history } = fakeWindow();
    const browserReplaceState = history.replaceState as unknown as ReturnType<typeof vi.fn>;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const stop = watchRoutes(() => {
      throw new Error('widget bug');
    }, win);
    expect(() => history.pushState(null, '', '/ok')).not.toThrow();
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^\[parley\]/), expect.any(Error));
    browserReplaceState.mockImplementationOnce(() => {
      throw new DOMException('Blocked', 'SecurityError');
    });
    expect(() => history.replaceState(null, '', 'https://elsewhere.example/')).toThrow('Blocked');
    stop();
    errors.mockRestore();
  });

  it('uses the Navigation API where the browser has it, leaving history alone', () => {
    const { win, location, history, navigation } = fakeWindow(true);
    const original = history.pushState;
    const moves: string[] = [];
    const stop = watchRoutes((href) => moves.push(href), win);
    expect(history.pushState).toBe(original);
    location.href = 'https://shop.example/orders';
    navigation.dispatchEvent(new Event('currententrychange'));
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(moves).toEqual(['https://shop.example/orders']);
    stop();
    location.href = 'https://shop.example/';
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(moves).toHaveLength(1);
  });
});
