import type { Drafts } from './createDraftStore';
import type { NavigationState } from './createNavigation';
import type { WidgetRoute } from './WidgetRoute';

/** What a widget keeps in the tab's session storage, to find it again after a reload. @internal */
export interface PersistedState {
  /** The page (origin and path) the state belongs to: the panel comes back as it was on that page only. */
  page: string;
  open: boolean;
  routes: NavigationState;
  drafts: Drafts;
}

/** The storage key of a widget's state: one per widget key, so that two widgets on a page keep theirs apart. */
export const persistedStateKey = (widgetKey: string): string => `parley:${widgetKey}:state`;

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
 * The state a widget kept in `storage` under `key`, checked field by field; `undefined` when there is none,
 * or when it cannot be read or is not a state (storage blocked, edited, from another release).
 * @internal
 */
export function readPersistedState(storage: Storage | undefined, key: string): PersistedState | undefined {
  try {
    const value: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
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

/**
 * Keeps `state` in `storage` under `key`. A storage that refuses (full, blocked) only loses the state.
 * @internal
 */
export function writePersistedState(storage: Storage | undefined, key: string, state: PersistedState): void {
  try {
    storage?.setItem(key, JSON.stringify(state));
  } catch {
    // Nothing to do: the widget works the same, only a reload starts afresh.
  }
}
