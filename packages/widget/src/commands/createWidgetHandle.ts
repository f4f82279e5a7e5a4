import { type ContactUpdate, type IdentifyOptions, isParleyError, ParleyError } from '@parley/core';
import type { WidgetInstance } from '../createWidgetInstance';
import { matchLanguage } from '../i18n/matchLanguage';
import { widgetLanguages } from '../i18n/widgetLanguages';
import type { WidgetHandle } from '../mount';
import { openNewMessage } from '../navigation/openNewMessage';
import { showInPanel } from '../navigation/showInPanel';
import type { WidgetRoute } from '../navigation/WidgetRoute';
import { type ArgumentCheck, type ArgumentProblem, argumentChecks } from './argumentChecks';
import { describeValue } from './describeValue';
import { reportProblem } from './reportProblem';
import type { WidgetEventListener, WidgetEventName, WidgetEvents } from './WidgetEvents';

const { text, anyText, optional, oneOf, email, attributes, fields, isPlainObject, eventName, isListener } =
  argumentChecks;

const hash: ArgumentCheck = (value) =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)
    ? undefined
    : { expected: 'a lowercase hex HMAC-SHA256 of userId (64 characters, 0-9 and a-f)', got: value };

const checkIdentifyFields = fields('{ userId, email?, name?, attributes?, hash | jwt }', {
  userId: text('your id for the user', 200),
  email: optional(email),
  name: optional(text('a name', 200)),
  attributes: optional(attributes()),
  hash: optional(hash),
  jwt: optional(text('a JWT', 8192)),
});
const checkIdentify: ArgumentCheck = (value) =>
  checkIdentifyFields(value) ??
  (isPlainObject(value) && value.hash !== undefined && value.jwt !== undefined
    ? { field: 'jwt', expected: 'nothing when hash is given (hash or jwt, not both)', got: value.jwt }
    : undefined);

const checkElement: ArgumentCheck = (value) =>
  // Not `instanceof Element`: an element of another frame is one too.
  typeof value === 'object' && value !== null && (value as Node).nodeType === 1
    ? undefined
    : { expected: 'an element of the page', got: value };

const checkUpdate: ArgumentCheck = (value) => {
  if (!isPlainObject(value)) {
    return { expected: 'an object of details: { name?, email?, ...custom attributes }', got: value };
  }
  return (
    fields('details', { name: optional(text('a name', 200)), email: optional(email) })({
      ...(value.name === undefined ? {} : { name: value.name }),
      ...(value.email === undefined ? {} : { email: value.email }),
    }) ?? attributes(['name', 'email'])(value)
  );
};

const checkLocale: ArgumentCheck = (value) =>
  typeof value === 'string' && matchLanguage(value)
    ? undefined
    : {
        expected: `a language the widget speaks (a BCP 47 tag of ${widgetLanguages.join(', ')})`,
        got: value,
      };

/**
 * The console message of a bad argument: `"showArticle" takes an article id (...); got 42 (a number).`
 * @internal
 */
export function argumentMessage(command: string, { expected, got, field }: ArgumentProblem): string {
  return `"${command}" takes ${field ? `${field} as ` : ''}${expected}; got ${describeValue(got)}.`;
}

/**
 * The public handle of a widget instance (see {@link WidgetHandle}): every command, its arguments checked
 * first. A bad argument is reported (a `[parley]` console error and the `error` event) and changes nothing;
 * what talks to the backend reports its failure too, and rejects with it. Nothing throws; after `destroy`,
 * nothing happens.
 * @internal
 */
export function createWidgetHandle(instance: WidgetInstance): WidgetHandle {
  const { navigation } = instance;
  // Each listener once per event, as addEventListener does.
  const listeners = new Map<WidgetEventName, Set<WidgetEventListener>>();
  instance.observe((event, payload) => {
    for (const listener of [...(listeners.get(event) ?? [])]) {
      try {
        listener(payload as never);
      } catch (error) {
        // A listener of the page's must not stop the widget, nor the other listeners.
        console.error(`[parley] a listener of "${event}" threw:`, error);
      }
    }
  });
  const report = (error: ParleyError) => reportProblem(instance, error);

  /** Whether the command may run: the widget is alive and each argument passed its check. */
  const accepts = (command: string, ...problems: (ArgumentProblem | undefined)[]) => {
    if (instance.isDestroyed()) return false;
    const problem = problems.find((item) => item !== undefined);
    if (problem) report(new ParleyError('invalid_request', argumentMessage(command, problem)));
    return !problem;
  };
  const show = (command: string, problem: ArgumentProblem | undefined, route: () => WidgetRoute) => {
    if (accepts(command, problem)) showInPanel(instance, route());
  };
  /** Runs a call to the backend; its failure is reported, and rejects. */
  const call = async (command: string, problem: ArgumentProblem | undefined, run: () => Promise<unknown>) => {
    if (instance.isDestroyed()) return;
    if (problem) {
      const error = new ParleyError('invalid_request', argumentMessage(command, problem));
      report(error);
      throw error;
    }
    try {
      await run();
    } catch (caught) {
      const error = isParleyError(caught)
        ? caught
        : new ParleyError('invalid_response', 'Unexpected failure.', { cause: caught });
      report(new ParleyError(error.code, `"${command}" failed: ${error.message}`, error));
      throw error;
    }
  };

  return {
    get client() {
      return instance.client;
    },
    open: () => instance.setOpen(true),
    close: () => instance.setOpen(false),
    toggle: () => instance.setOpen(!instance.isOpen()),
    isOpen: () => instance.isOpen(),
    show: () => instance.change({ launcherHidden: false }),
    hide: () => instance.change({ launcherHidden: true }),
    identify: (options) =>
      call('identify', checkIdentify(options), () =>
        instance.client.session.identify(options as IdentifyOptions),
      ),
    update: (details) =>
      call('update', checkUpdate(details), () => instance.client.session.update(details as ContactUpdate)),
    logout: () =>
      call('logout', undefined, async () => {
        // This device forgets the person's panel at once, even when the backend cannot be reached.
        instance.settings.drafts?.replace({});
        navigation.reset();
        await instance.client.session.logout();
      }),
    search: (query) =>
      show('search', anyText('a search query', 200)(query), () => ({ view: 'search', query: query.trim() })),
    showArticle: (articleId) =>
      show('showArticle', text('an article id', 200)(articleId), () => ({ view: 'article', articleId })),
    showNewMessage(message) {
      if (accepts('showNewMessage', optional(anyText('the text to start with', 10_000))(message))) {
        void openNewMessage(instance, message ?? '');
      }
    },
    showConversation: (conversationId) =>
      show('showConversation', text('a conversation id', 200)(conversationId), () => ({
        view: 'conversation',
        conversationId,
      })),
    showTicket: (reference) =>
      show('showTicket', text('a ticket reference', 40)(reference), () => ({
        view: 'ticketLookup',
        reference: reference.trim(),
      })),
    setLocale(locale) {
      if (accepts('setLocale', checkLocale(locale))) instance.setLocale(locale);
    },
    setTheme(theme) {
      if (accepts('setTheme', oneOf('a colour scheme', ['light', 'dark', 'auto'])(theme)))
        instance.change({ theme });
    },
    async setConsent(consent) {
      if (
        !instance.isDestroyed() &&
        accepts('setConsent', oneOf('the visitor’s choice', ['granted', 'denied'])(consent))
      )
        await instance.setConsent(consent);
    },
    on<K extends WidgetEventName>(event: K, listener: WidgetEventListener<K>) {
      if (!accepts('on', eventName(event), isListener(listener))) return () => undefined;
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const entry = listener as WidgetEventListener;
      set.add(entry);
      // `ready` is past for a widget that is ready: a listener added later hears it at once.
      if (event === 'ready' && instance.isReady()) {
        const payload: WidgetEvents['ready'] = {
          widgetKey: instance.options.widgetKey,
          locale: instance.locale().locale,
        };
        queueMicrotask(() => set.has(entry) && entry(payload as never));
      }
      return () => void set.delete(entry);
    },
    off(event, listener) {
      if (accepts('off', eventName(event), isListener(listener))) {
        listeners.get(event)?.delete(listener as WidgetEventListener);
      }
    },
    getState() {
      const { status, contact } = instance.client.session.visitor.getSnapshot();
      return {
        ready: instance.isReady(),
        open: instance.isOpen(),
        launcherVisible: !instance.settings.launcherHidden && !instance.options.launcher?.element,
        route: { ...navigation.current() },
        unread: instance.unreadCount(),
        locale: instance.locale().locale,
        theme: instance.settings.theme,
        visitor: { status, contactId: contact?.id ?? null, identified: contact?.kind === 'user' },
      };
    },
    attachLauncher: (element) =>
      accepts('attachLauncher', checkElement(element)) ? instance.attachLauncher(element) : () => undefined,
    unreadCount: () => instance.unreadCount(),
    destroy: () => instance.destroy(),
  };
}
