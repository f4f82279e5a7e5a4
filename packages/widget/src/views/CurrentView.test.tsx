import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ShellContext, type ShellContextValue } from '../components/ShellContext';
import { englishMessages } from '../i18n/englishMessages';
import type { WidgetRoute } from '../navigation/WidgetRoute';
import { CurrentView } from './CurrentView';
import type { LazyView, RouteRenderer } from './loadView';

// The router's part: what shows while a view's code loads, when it cannot load, and once it has. Whether
// each real view loads and renders is covered by the views' own tests, which go through this router.
const loader = vi.hoisted(() => ({
  loaded: new Map<string, unknown>(),
  load: vi.fn<(view: string) => Promise<unknown>>(),
}));
vi.mock('./home/HomeView', () => ({
  HomeView: () => <input aria-label="Search for help" />,
}));
vi.mock('./loadView', () => ({
  loadedView: (view: LazyView) => loader.loaded.get(view),
  loadView: (view: LazyView) => loader.load(view),
}));

const searchRenderer: RouteRenderer<'search'> = (route) => <p>Results for {route.query}</p>;

const context = { messages: englishMessages } as ShellContextValue;
const atRoute = (route: WidgetRoute) => (
  <ShellContext.Provider value={context}>
    <CurrentView route={route} />
  </ShellContext.Provider>
);

function renderRoute(route: WidgetRoute) {
  return render(atRoute(route));
}

/** A load the test settles when it wants. */
function pendingLoad() {
  let settle!: { resolve: () => void; reject: (reason: Error) => void };
  const promise = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}

/** Makes the search view load once the test settles the returned load. */
function searchLoadsWhen() {
  const load = pendingLoad();
  loader.load.mockImplementation((view) =>
    load.promise.then(() => {
      loader.loaded.set(view, searchRenderer);
      return searchRenderer;
    }),
  );
  return load;
}

describe('CurrentView', () => {
  it('shows the loading line while a view loads, then the view', async () => {
    loader.loaded.clear();
    const load = searchLoadsWhen();
    renderRoute({ view: 'search', query: 'refund' });
    expect(screen.getByRole('status').textContent).toBe(englishMessages.loading);
    load.resolve();
    expect(await screen.findByText('Results for refund')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('keeps the view before while the next one loads, with its focus and what was typed', async () => {
    loader.loaded.clear();
    const load = searchLoadsWhen();
    const { rerender } = renderRoute({ view: 'home' });
    const box = screen.getByRole('textbox', { name: 'Search for help' });
    await userEvent.type(box, 'p');
    rerender(atRoute({ view: 'search', query: 'p' }));
    await userEvent.type(box, 'ass');
    expect(screen.getByRole('textbox', { name: 'Search for help' })).toBe(box);
    expect(document.activeElement).toBe(box);
    expect((box as HTMLInputElement).value).toBe('pass');
    expect(screen.getByRole('status').textContent).toBe(englishMessages.loading);

    load.resolve();
    expect(await screen.findByText('Results for p')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('renders a view that has loaded at once, without asking for it again', () => {
    loader.loaded.set('search', searchRenderer);
    loader.load.mockClear();
    renderRoute({ view: 'search', query: 'sync' });
    expect(screen.getByText('Results for sync')).toBeTruthy();
    expect(loader.load).not.toHaveBeenCalled();
  });

  it('explains a view that cannot load, and shows it once Try again succeeds', async () => {
    loader.loaded.clear();
    loader.load.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    renderRoute({ view: 'search', query: 'export' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(englishMessages.errors.network);

    loader.load.mockImplementationOnce(async (view) => {
      loader.loaded.set(view, searchRenderer);
      return searchRenderer;
    });
    const retry = screen.getByRole('button', { name: englishMessages.retry });
    await userEvent.click(retry);
    expect(await screen.findByText('Results for export')).toBeTruthy();
    expect(loader.load).toHaveBeenLastCalledWith('search');
  });
});
