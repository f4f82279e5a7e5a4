import type { Drafts } from './createDraftStore';
import type { NavigationState } from './createNavigation';
import { stateKey } from './pageHints';
import type { WidgetRoute } from './WidgetRoute';

/** What a widget keeps in the tab's session storage, to find it again after a reload. @internal */
export interface PersistedState {
  /** The page (origin and path) the state belongs to: the panel comes back as it was on that page only. */
  page: string;
  open: boolean;
  routes: NavigationState;
  drafts: Drafts;
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** The string fields each view's route has. */
const ROUTE_FIELDS: Record<WidgetRoute['view'], readonly string[]> = {
  home: [],
  search: ['query'],
  article: ['articleId'],
  conversations: [],
  conversation: ['conversationId'],
  newConversation: ['text'],
  ticketLookup: [],
  tickets: [],
  ticket: ['ticketId'],
  offlineForm: ['text'],
};

/** `value` as a route when it is one; anything else (storage edited by hand, an older release) is not. */
function routeOf(value: unknown): WidgetRoute | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { view, reference } = value as Record<string, unknown>;
  const fields =
    isString(view) && Object.hasOwn(ROUTE_FIELDS, view)
      ? ROUTE_FIELDS[view as WidgetRoute['view']]
      : undefined;
  if (!fields?.every((field) => isString((value as Record<string, unknown>)[field]))) return undefined;
  const route: Record<string, string> = { view: view as string };
  for (const field of fields) route[field] = (value as Record<string, string>)[field] as string;
  if (view === 'ticketLookup' && isString(reference)) route.reference = reference;
  return route as unknown as WidgetRoute;
}

/**
 * The state a widget kept in `storage` under `name`, checked field by field; `undefined` when there is none,
 * or when it cannot be read or is not a state (storage blocked, edited, from another release).
 */
function read(storage: Storage | undefined, name: string): PersistedState | undefined {
  try {
    const value: unknown = JSON.parse(storage?.getItem(name) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const { page, open, routes, drafts } = value as Record<string, unknown>;
    const kept = Array.isArray(routes) ? routes.map(routeOf) : [];
    const [first, ...rest] = kept;
    if (!first || rest.some((route) => !route)) return undefined;
    const draftEntries =
      typeof drafts === 'object' && drafts !== null
        ? Object.entries(drafts).filter((entry): entry is [string, string] => isString(entry[1]))
        : [];
    return {
      page: isString(page) ? page : '',
      open: open === true,
      routes: [first, ...(rest as WidgetRoute[])],
      drafts: Object.fromEntries(draftEntries),
    };
  } catch {
    return undefined;
  }
}

/** Keeps `state` in `storage` under `name`. A storage that refuses (full, blocked) only loses the state. */
function write(storage: Storage | undefined, name: string, state: PersistedState): void {
  try {
    storage?.setItem(name, JSON.stringify(state));
  } catch {
    // Nothing to do: the widget works the same, only a reload starts afresh.
  }
}

/**
 * The widget's state in the tab's session storage: its `key` per widget key, and how it is read (checked
 * field by field, never throwing) and written (a storage that refuses only loses it).
 * @example
 * ```ts
 * const saved = persistedState.read(sessionStorage, persistedState.key('wk_live_123'));
 * ```
 * @internal
 */
export const persistedState = { key: stateKey, read, write };
