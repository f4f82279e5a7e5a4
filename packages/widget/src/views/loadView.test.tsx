import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShellContext, type ShellContextValue } from '../components/ShellContext';
import { useWidget } from '../components/WidgetContext';
import { catalog as english } from '../i18n/catalogs/en';
import { catalog as englishViews } from '../i18n/catalogs/enViews';
import { importViewTexts } from '../i18n/importViewTexts';
import { loadMessages } from '../i18n/loadMessages';
import { mergeMessages, type ShellMessages } from '../i18n/messages';
import type { WidgetRoute } from '../navigation/WidgetRoute';
import { CurrentView } from './CurrentView';

// The real loadView and CurrentView; views that show texts of their own group in place of the real ones
// (whose tests cover them), and the views' English texts, which a test may make fail or wait.
vi.mock('../i18n/importViewTexts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../i18n/importViewTexts')>();
  return { importViewTexts: vi.fn(original.importViewTexts) };
});
vi.mock('./tickets/TicketLookupView', () => ({
  TicketLookupView: () => {
    const { tickets } = useWidget().messages;
    return (
      <>
        <h3>{tickets.lookupTitle}</h3>
        <button type="button">{tickets.lookup}</button>
      </>
    );
  },
}));
vi.mock('./tickets/TicketListView', () => ({
  TicketListView: () => <h3>{useWidget().messages.tickets.listTitle}</h3>,
}));
vi.mock('./offlineForm/OfflineFormView', () => ({
  OfflineFormView: () => <h3>{useWidget().messages.offline.title}</h3>,
}));

const importTexts = vi.mocked(importViewTexts);

/** The route's view inside a widget whose texts so far are `messages`. */
function renderRoute(route: WidgetRoute, messages: ShellMessages = english) {
  const context = { messages } as ShellContextValue;
  return render(
    <ShellContext.Provider value={context}>
      <CurrentView route={route} />
    </ShellContext.Provider>,
  );
}

afterEach(() => {
  cleanup();
  importTexts.mockClear();
});

// Views stay loaded for the page, as in a browser: each test that needs a load of its own uses its own view.
describe('the texts of the views beyond home', () => {
  it('arrive with the view: a view shows its English, which the first load lacks', async () => {
    expect(english).not.toHaveProperty('tickets');
    renderRoute({ view: 'ticketLookup' });
    expect(await screen.findByRole('heading', { name: 'Check a request' })).toBeTruthy();
    expect(screen.getByRole('button', { name: englishViews.tickets.lookup })).toBeTruthy();
  });

  it('give way to the host’s overrides', async () => {
    renderRoute(
      { view: 'ticketLookup' },
      mergeMessages<ShellMessages>(english, { tickets: { lookup: 'Find it' } }),
    );
    expect(await screen.findByRole('button', { name: 'Find it' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Check a request' })).toBeTruthy();
  });

  it('give way to the language’s, and the language’s to the host’s', async () => {
    const french = await loadMessages('fr');
    renderRoute({ view: 'ticketLookup' }, mergeMessages(french, { tickets: { lookup: 'Chercher' } }));
    expect(await screen.findByRole('heading', { name: 'Suivre une demande' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Chercher' })).toBeTruthy();
  });

  it('come before the view shows: until then, the loading line', async () => {
    let arrive!: () => void;
    importTexts.mockImplementationOnce(
      () => new Promise((resolve) => (arrive = () => resolve(englishViews))),
    );
    renderRoute({ view: 'offlineForm', text: '' });
    // Once the view's code and the styles are here too, only the texts are missing.
    await vi.waitFor(() => expect(importTexts).toHaveBeenCalled());
    await Promise.all([import('./offlineForm/OfflineFormView'), import('../styles/viewStyles')]);
    expect(screen.getByRole('status').textContent).toBe(english.loading);
    expect(screen.queryByRole('heading')).toBeNull();
    arrive();
    expect(await screen.findByRole('heading', { name: englishViews.offline.title })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('that fail to load fail the view’s load: the error with Try again, which loads them', async () => {
    importTexts.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    const user = userEvent.setup();
    renderRoute({ view: 'tickets' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(english.errors.network);
    expect(screen.queryByRole('heading')).toBeNull();

    await user.click(screen.getByRole('button', { name: english.retry }));
    expect(await screen.findByRole('heading', { name: englishViews.tickets.listTitle })).toBeTruthy();
    expect(importTexts).toHaveBeenCalledTimes(2);
  });
});
