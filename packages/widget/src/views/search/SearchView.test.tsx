import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { setupParleyServer } from '../../testing/setupParleyServer';
import { renderView } from '../home/testing/renderView';

const server = setupParleyServer();

/** The `q` of every search request the backend receives. */
function recordSearches() {
  const queries: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/v1/kb/search')) queries.push(url.searchParams.get('q') ?? '');
  });
  return queries;
}

describe('<SearchView>', () => {
  it('searches once the visitor pauses, with the count announced and the matches marked', async () => {
    const queries = recordSearches();
    const user = userEvent.setup();
    renderView({ view: 'search', query: '' });
    await user.type(await screen.findByRole('searchbox', { name: 'Search for help' }), 'reset password');
    const status = within(screen.getByRole('dialog')).getByRole('status');
    await waitFor(() => expect(status.textContent).toMatch(/^\d+ results?$/));
    // Typing fast sends one search for the whole words, not one per letter.
    expect(queries).toEqual(['reset password']);
    const result = screen.getByRole('button', { name: 'Reset your password' });
    expect([...result.querySelectorAll('mark')].map((mark) => mark.textContent?.toLowerCase())).toContain(
      'password',
    );
    expect(screen.getByRole('button', { name: 'Message us' })).toBeTruthy();
  });

  it('opens a result, and finds the results again on Back', async () => {
    const { navigation } = renderView({ view: 'home' });
    navigation.push({ view: 'search', query: 'password' });
    await userEvent.click(await screen.findByRole('button', { name: 'Reset your password' }));
    expect(navigation.current()).toEqual({ view: 'article', articleId: 'art_reset_password' });
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('button', { name: 'Reset your password' })).toBeTruthy();
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('password');
  });

  it('finds Chinese articles for a Chinese query', async () => {
    renderView({ view: 'search', query: '密码' }, 'zh-Hans');
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('button').length).toBeGreaterThan(0);
    expect(list.querySelector('mark')?.textContent).toContain('密码');
  });

  it('says so when nothing matches', async () => {
    renderView({ view: 'search', query: 'zzqxv' });
    expect(await screen.findByText('No results for “zzqxv”')).toBeTruthy();
    expect(screen.getByText('Try other words, or send us a message.')).toBeTruthy();
  });

  it('shows an error with a retry that searches again', async () => {
    let failures = 1;
    server.use(
      http.get('*/v1/kb/search', () => {
        if (failures-- > 0) return HttpResponse.json({ unexpected: true });
      }),
    );
    renderView({ view: 'search', query: 'password' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Search isn’t working right now');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Reset your password' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
