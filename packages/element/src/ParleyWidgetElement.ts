import { type ConsentState, type ContactUpdate, type IdentifyOptions, ParleyError } from '@parley/core';
import {
  type LauncherOptions,
  type MountOptions,
  mount,
  type WidgetEventName,
  type WidgetHandle,
  type WidgetState,
  type WidgetTheme,
} from '@parley/widget';
import { type ParleyWidgetEventMap, parleyEventTypes } from './ParleyWidgetEventMap';

/**
 * The `mount()` options no attribute carries, for {@link ParleyWidgetElement.options}: text overrides,
 * notifications, deep links, the state kept in the tab, a client or `fetch` of your own, and the launcher's
 * offset, own element (an `Element`) or unread callback. See `MountOptions` in `@parley/widget`.
 */
export interface ParleyWidgetOptions
  extends Pick<
    MountOptions,
    'messages' | 'notifications' | 'deepLinks' | 'rememberState' | 'client' | 'fetch'
  > {
  /** The launcher's `offset`, `element` or `onUnreadChange` (its `position` and `hidden` are attributes). */
  launcher?: Omit<LauncherOptions, 'position' | 'hidden'>;
}

/** The values each enumerated attribute takes (as in HTML, in any case); any other is reported and ignored. */
const choices = {
  theme: ['light', 'dark', 'auto'],
  dir: ['ltr', 'rtl', 'auto'],
  position: ['left', 'right'],
  consent: ['granted', 'pending', 'denied'],
} as const;
type Choices = typeof choices;

/** Attributes a mounted widget takes live, through its handle. The others need a new widget. */
const liveAttributes: readonly string[] = ['locale', 'theme', 'open', 'launcher-hidden', 'consent'];

/** What an element keeps off its public surface (a framework sets any prop it finds `in` the element). */
interface Internals {
  widget: WidgetHandle | undefined;
  options: ParleyWidgetOptions;
  /**
   * Whether the widget (or its absence) no longer matches the attributes: a (re)mount is due. The first
   * microtask to find it set mounts, so the changes of one task make one widget.
   */
  stale: boolean;
  /** Set while the element writes its own attributes (reflecting the widget), which must not loop back. */
  reflecting: boolean;
}

const internals = new WeakMap<ParleyWidgetElement, Internals>();

function internalsOf(element: ParleyWidgetElement): Internals {
  let state = internals.get(element);
  if (!state) {
    state = {
      widget: undefined,
      options: {},
      stale: true,
      reflecting: false,
    };
    internals.set(element, state);
  }
  return state;
}

// Server rendering imports this module where there is no DOM: the class then extends a bare class, and is
// never defined (see index.ts).
const ElementBase: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * `<parley-widget>`: the Parley help widget as a custom element. While it is on the page with a
 * `widget-key` and a `base-url`, it keeps one widget mounted (`mount()` from `@parley/widget`); taken off the
 * page, it removes it. It renders nothing where it stands: the widget lives in its own Shadow DOM on
 * `document.body`, as with `mount()`, so no container's `overflow`, `transform` or stacking order can clip
 * or cover it.
 *
 * `locale`, `theme`, `open`, `launcher-hidden` and `consent` apply live; a change of `widget-key`, `base-url`,
 * `dir`, `position` or `launcher-element` mounts a new widget (the visitor's session and the panel's state
 * come back from storage). Nothing throws into the page: a missing or bad attribute, or a method called
 * while no widget is mounted, prints a `[parley]` console error and dispatches `parley-error`.
 *
 * Importing `@parley/element` defines the element; see docs/web-component.md.
 *
 * @example
 * ```html
 * <parley-widget widget-key="wk_live_123" base-url="https://support.example.com"></parley-widget>
 * <script type="module">
 *   import '@parley/element';
 *   const widget = document.querySelector('parley-widget');
 *   widget.addEventListener('parley-open', (event) => console.log('opened on', event.detail.view));
 *   document.querySelector('#help').addEventListener('click', () => widget.showNewMessage('About my order: '));
 * </script>
 * ```
 */
export class ParleyWidgetElement extends ElementBase {
  /** The attributes the element follows (the custom-element callback's list). */
  static get observedAttributes(): string[] {
    return ['widget-key', 'base-url', 'dir', 'position', 'launcher-element', ...liveAttributes];
  }

  /** The widget's public key (`widget-key`). Required; a change mounts a new widget. */
  get widgetKey(): string | null {
    return this.getAttribute('widget-key');
  }
  set widgetKey(value: string | null | undefined) {
    setOrRemove(this, 'widget-key', value);
  }

  /**
   * Where the Parley backend lives (`base-url`), an absolute http(s) URL. Required; a change mounts a new
   * widget.
   * @example 'https://support.example.com'
   */
  get baseUrl(): string | null {
    return this.getAttribute('base-url');
  }
  set baseUrl(value: string | null | undefined) {
    setOrRemove(this, 'base-url', value);
  }

  /**
   * The visitor's language (`locale`, BCP 47), applied live. `null` (no attribute): the page's `<html lang>`,
   * then the browser's languages, then English.
   */
  get locale(): string | null {
    return this.getAttribute('locale');
  }
  set locale(value: string | null | undefined) {
    setOrRemove(this, 'locale', value);
  }

  /**
   * Colour scheme (`theme`): `light`, `dark` or `auto` (the visitor's system setting), applied live.
   * `null`: the widget configuration's.
   */
  get theme(): WidgetTheme | null {
    return choice(this, 'theme') ?? null;
  }
  set theme(value: WidgetTheme | null | undefined) {
    setOrRemove(this, 'theme', value);
  }

  /**
   * Whether the panel is open (the boolean `open` attribute), as `<details>` and `<dialog>` have it: set it
   * to open or close the panel, read it to know. It follows the visitor too (the launcher, Escape...).
   * @default false
   */
  get open(): boolean {
    return this.hasAttribute('open');
  }
  set open(value: boolean) {
    this.toggleAttribute('open', Boolean(value));
  }

  /**
   * The bottom corner of the screen the launcher sits in (`position`): `left` or `right`, whatever the text
   * direction. `null`: the end of the line. A change mounts a new widget.
   */
  get position(): 'left' | 'right' | null {
    return choice(this, 'position') ?? null;
  }
  set position(value: 'left' | 'right' | null | undefined) {
    setOrRemove(this, 'position', value);
  }

  /**
   * A CSS selector for the page's own launcher (`launcher-element`), every match, in place of the round
   * button: a click on it toggles the panel. A change mounts a new widget.
   * @example '#help-button'
   */
  get launcherElement(): string | null {
    return this.getAttribute('launcher-element');
  }
  set launcherElement(value: string | null | undefined) {
    setOrRemove(this, 'launcher-element', value);
  }

  /**
   * Whether the widget's own launcher is hidden (the boolean `launcher-hidden` attribute), applied live; the
   * panel still opens from `open` and the methods. See {@link ParleyWidgetElement.hideLauncher}.
   * @default false
   */
  get launcherHidden(): boolean {
    return this.hasAttribute('launcher-hidden');
  }
  set launcherHidden(value: boolean) {
    this.toggleAttribute('launcher-hidden', Boolean(value));
  }

  /**
   * The visitor's consent to storage on their device (`consent`), for sites that ask first: with `pending`
   * the widget works from memory. A mounted widget takes `granted` or `denied` live (as
   * {@link ParleyWidgetElement.setConsent}); `pending` applies when the widget mounts, and removing the
   * attribute takes nothing back. `null`: `granted`.
   */
  get consent(): ConsentState | null {
    return choice(this, 'consent') ?? null;
  }
  set consent(value: ConsentState | null | undefined) {
    setOrRemove(this, 'consent', value);
  }

  /**
   * The `mount()` options no attribute carries (texts, notifications, deep links...). Read when the widget
   * mounts: set it before the element is on the page, or in the same task as putting it there; a new
   * object alone does not mount a new widget.
   * @example `widget.options = { messages: { launcherLabel: 'Aide' }, deepLinks: false }`
   */
  get options(): ParleyWidgetOptions {
    return internalsOf(this).options;
  }
  set options(value: ParleyWidgetOptions | null | undefined) {
    internalsOf(this).options = value ?? {};
  }

  /** Opens the panel, where it was (sets `open`, as `<dialog>`'s `show()` does). */
  show(): void {
    this.open = true;
  }

  /** Closes the panel (removes `open`). */
  close(): void {
    this.open = false;
  }

  /**
   * Opens the panel when closed, closes it when open; with `force`, opens (`true`) or closes (`false`).
   * @returns whether the panel is open now.
   */
  toggle(force?: boolean): boolean {
    this.open = force ?? !this.open;
    return this.open;
  }

  /** Shows the widget's own launcher again (removes `launcher-hidden`). */
  showLauncher(): void {
    this.launcherHidden = false;
  }

  /** Hides the widget's own launcher (sets `launcher-hidden`); the panel still opens from `open` and methods. */
  hideLauncher(): void {
    this.launcherHidden = true;
  }

  /**
   * Tells the backend who the visitor is: `{ userId, email?, name?, attributes?, hash }` or `{ ..., jwt }`,
   * the hash or token computed on your server (see `IdentifyOptions` in `@parley/core`).
   * @throws {ParleyError} (as a rejection) for bad options, a failure of the backend, or no widget mounted.
   */
  identify(options: IdentifyOptions): Promise<void> {
    return call(this, 'identify', (widget) => widget.identify(options));
  }

  /**
   * Stores details on the contact: `name`, `email`, and custom attributes (`null` removes one).
   * @throws {ParleyError} (as a rejection) for bad details, a failure of the backend, or no widget mounted.
   */
  update(details: ContactUpdate): Promise<void> {
    return call(this, 'update', (widget) => widget.update(details));
  }

  /**
   * Ends the session; this device forgets the person's local data and the panel's state.
   * @throws {ParleyError} (as a rejection) when the backend fails, or no widget is mounted.
   */
  logout(): Promise<void> {
    return call(this, 'logout', (widget) => widget.logout());
  }

  /** Opens the panel on the help-centre results for `query` (`''`: the search box alone). */
  search(query: string): void {
    run(this, 'search', (widget) => widget.search(query));
  }

  /** Opens the panel on an article. */
  showArticle(articleId: string): void {
    run(this, 'showArticle', (widget) => widget.showArticle(articleId));
  }

  /**
   * Opens the panel on a new message with `text` typed (the offline form while the team is away). Without
   * `text`, a draft the visitor left stays.
   */
  showNewMessage(text?: string): void {
    run(this, 'showNewMessage', (widget) => widget.showNewMessage(text));
  }

  /** Opens the panel on one of the visitor's conversations. */
  showConversation(conversationId: string): void {
    run(this, 'showConversation', (widget) => widget.showConversation(conversationId));
  }

  /** Opens the panel on a ticket: the lookup filled in with `reference` (and the email, when known). */
  showTicket(reference: string): void {
    run(this, 'showTicket', (widget) => widget.showTicket(reference));
  }

  /**
   * Records the visitor's choice about storage, and keeps it in the `consent` attribute (so a new widget
   * mounts with it): `granted` writes what was kept in memory, `denied` deletes what Parley stored and
   * stores nothing more. Before a widget is mounted, the choice waits in the attribute.
   * @returns a promise that resolves once the storage has switched; it never rejects.
   */
  setConsent(consent: 'granted' | 'denied'): Promise<void> {
    const known = consent === 'granted' || consent === 'denied';
    if (known) reflect(this, () => this.setAttribute('consent', consent));
    const widget = current(this);
    // The widget reports a bad value itself.
    if (widget) return widget.setConsent(consent);
    if (!known)
      report(this, `"setConsent" takes "granted" or "denied"; got ${JSON.stringify(String(consent))}.`);
    return Promise.resolve();
  }

  /** The widget's state now (open, view, unread count, language, visitor...); `null` while none is mounted. */
  getState(): WidgetState | null {
    return current(this)?.getState() ?? null;
  }

  /**
   * Mounts the widget, a microtask later (once the task's attribute changes are in). An element back on the
   * page within the task it left (a move) still has its widget, and keeps it.
   */
  connectedCallback(): void {
    const state = internalsOf(this);
    if (!state.widget || state.stale) schedule(this);
  }

  /**
   * Removes the widget a task later, unless the element is back on the page by then: frameworks and pages
   * move an element by taking it off and putting it back, and the visitor's panel must survive that.
   */
  disconnectedCallback(): void {
    const state = internalsOf(this);
    if (!state.widget) return;
    setTimeout(() => {
      if (!this.isConnected) destroy(state);
    }, 0);
  }

  /** An atomic move (`moveBefore()`) leaves the widget as it is: neither callback above runs. */
  connectedMoveCallback(): void {}

  /** Follows an attribute: live through the widget's handle, or with a new widget. */
  attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
    const state = internalsOf(this);
    if (state.reflecting || oldValue === value) return;
    if (!liveAttributes.includes(name)) {
      schedule(this);
      return;
    }
    // No widget yet: the one to come reads the attributes as it mounts.
    const widget = state.stale ? undefined : state.widget;
    if (!widget) return;
    const given = value?.trim();
    if (name === 'open') {
      if (value === null) widget.close();
      else widget.open();
    } else if (name === 'launcher-hidden') {
      if (value === null) widget.show();
      else widget.hide();
    } else if (name === 'locale') {
      // Without a locale the widget resolves one from the page and the browser, as a new widget does.
      if (given) widget.setLocale(given);
      else schedule(this);
    } else if (name === 'theme') {
      const theme = choice(this, 'theme', true);
      if (theme) widget.setTheme(theme);
      // Back to the widget configuration's scheme, which only a new widget takes.
      else if (!given) schedule(this);
    } else {
      const consent = choice(this, 'consent', true);
      if (consent === 'pending') {
        report(
          this,
          'consent="pending" applies when the widget mounts; a mounted one takes "granted" or "denied".',
        );
      } else if (consent) void widget.setConsent(consent);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-widget': ParleyWidgetElement;
  }
}

/** Queues a (re)mount for the end of the task; a command runs it at once (see {@link current}). */
function schedule(element: ParleyWidgetElement): void {
  internalsOf(element).stale = true;
  queueMicrotask(() => sync(element));
}

/** Mounts a widget that matches the attributes, in place of the one before, while on the page. */
function sync(element: ParleyWidgetElement): void {
  const state = internalsOf(element);
  if (!state.stale || !element.isConnected) return;
  state.stale = false;
  destroy(state);
  const widgetKey = element.getAttribute('widget-key')?.trim();
  const baseUrl = element.getAttribute('base-url')?.trim();
  if (!widgetKey || !baseUrl) {
    const missing = [
      widgetKey ? '' : 'a widget-key attribute (your widget’s public key: widget-key="wk_live_123")',
      baseUrl ? '' : 'a base-url attribute (your Parley backend: base-url="https://support.example.com")',
    ];
    report(
      element,
      `<parley-widget> needs ${missing.filter(Boolean).join(' and ')}; it shows nothing until then.`,
    );
    return;
  }
  let widget: WidgetHandle;
  try {
    widget = mount(mountOptions(element, widgetKey, baseUrl));
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const tag = `<parley-widget widget-key=${JSON.stringify(widgetKey)} base-url=${JSON.stringify(baseUrl)}>`;
    report(element, `${tag} could not mount: ${reason}`, cause);
    return;
  }
  state.widget = widget;
  for (const event of Object.keys(parleyEventTypes) as WidgetEventName[]) {
    widget.on(event, (detail) => {
      // A widget being replaced speaks for the element no more.
      if (widget !== state.widget) return;
      if (event === 'open' || event === 'close') {
        reflect(element, () => element.toggleAttribute('open', event === 'open'));
      }
      dispatch(element, parleyEventTypes[event], detail);
    });
  }
}

function mountOptions(element: ParleyWidgetElement, widgetKey: string, baseUrl: string): MountOptions {
  const { launcher: launcherOptions, ...options } = internalsOf(element).options;
  const locale = element.getAttribute('locale')?.trim();
  const theme = choice(element, 'theme', true);
  const dir = choice(element, 'dir', true);
  const position = choice(element, 'position', true);
  const consent = choice(element, 'consent', true);
  const launcherElement = element.getAttribute('launcher-element')?.trim();
  // The `nonce` property, not the attribute: browsers empty the attribute of an element on a page whose
  // policy came in a header (nonce hiding).
  const nonce = element.nonce || element.getAttribute('nonce');
  const launcher: LauncherOptions = {
    ...launcherOptions,
    ...(position ? { position } : {}),
    ...(element.launcherHidden ? { hidden: true } : {}),
    ...(launcherElement ? { element: launcherElement } : {}),
  };
  return {
    ...options,
    widgetKey,
    baseUrl,
    ...(locale ? { locale } : {}),
    ...(theme ? { theme } : {}),
    ...(dir && dir !== 'auto' ? { dir } : {}),
    ...(element.open ? { open: true } : {}),
    ...(nonce ? { nonce } : {}),
    ...(consent ? { consent } : {}),
    launcher,
  };
}

function destroy(state: Internals): void {
  const { widget } = state;
  state.widget = undefined;
  widget?.destroy();
}

/** The widget, mounted first if a (re)mount is queued: a command right after a change reaches the new one. */
function current(element: ParleyWidgetElement): WidgetHandle | undefined {
  const state = internalsOf(element);
  if (state.stale) sync(element);
  return state.widget;
}

function run(element: ParleyWidgetElement, command: string, action: (widget: WidgetHandle) => void): void {
  const widget = current(element);
  if (widget) action(widget);
  else notMounted(element, command);
}

function call(
  element: ParleyWidgetElement,
  command: string,
  action: (widget: WidgetHandle) => Promise<void>,
): Promise<void> {
  const widget = current(element);
  return widget ? action(widget) : Promise.reject(notMounted(element, command));
}

function notMounted(element: ParleyWidgetElement, command: string): ParleyError {
  return report(
    element,
    `"${command}" did nothing: <parley-widget> has no widget (it needs to be on the page, with widget-key and base-url).`,
  );
}

/** The value of an enumerated attribute when the widget takes it; with `tell`, any other is reported. */
function choice<N extends keyof Choices>(
  element: ParleyWidgetElement,
  name: N,
  tell = false,
): Choices[N][number] | undefined {
  const given = element.getAttribute(name)?.trim();
  if (!given) return undefined;
  const value = given.toLowerCase();
  const allowed: readonly string[] = choices[name];
  if (allowed.includes(value)) return value as Choices[N][number];
  if (tell) {
    const expected = allowed.map((item) => `"${item}"`).join(', ');
    report(element, `<parley-widget ${name}=${JSON.stringify(given)}> takes one of ${expected}; ignored.`);
  }
  return undefined;
}

function setOrRemove(element: ParleyWidgetElement, name: string, value: string | null | undefined): void {
  if (value === null || value === undefined) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/** Writes the element's own attributes (the widget's state) without acting on them. */
function reflect(element: ParleyWidgetElement, write: () => void): void {
  const state = internalsOf(element);
  state.reflecting = true;
  try {
    write();
  } finally {
    state.reflecting = false;
  }
}

/** A `[parley]` console error and a `parley-error` event, as the widget reports its own problems. */
function report(element: ParleyWidgetElement, message: string, cause?: unknown): ParleyError {
  const error = new ParleyError('invalid_request', message, cause === undefined ? undefined : { cause });
  console.error(`[parley] ${message}`);
  dispatch(element, 'parley-error', { error });
  return error;
}

function dispatch(element: ParleyWidgetElement, type: keyof ParleyWidgetEventMap, detail: unknown): void {
  element.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
