import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { setupParleyServer, testBaseUrl } from '../../testing/setupParleyServer';
import { renderView } from '../home/testing/renderView';

const server = setupParleyServer();

/** The bodies of the feedback requests the backend receives. */
function recordFeedback() {
  const bodies: unknown[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.method === 'POST' && request.url.endsWith('/feedback'))
      bodies.push(await request.clone().json());
  });
  return bodies;
}

const article = {
  id: 'art_links',
  collectionId: 'col_getting_started',
  locale: 'en',
  availableLocales: ['en'],
  title: 'Links <b>everywhere</b>',
  body: 'Read [the guide](/guides/start) or [this](javascript:alert(1)).\n\n## Next steps\n\nDone.',
  updatedAt: '2026-03-12T10:00:00.000Z',
};

describe('<ArticleView>', () => {
  it('shows the title, the date and the body, with links safe and opening in a new tab', async () => {
    server.use(http.get('*/v1/kb/articles/art_links', () => HttpResponse.json(article)));
    renderView({ view: 'article', articleId: 'art_links' });
    expect(await screen.findByRole('heading', { level: 3, name: 'Links <b>everywhere</b>' })).toBeTruthy();
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(article.updatedAt));
    expect(screen.getByText(`Updated ${date}`)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'the guide (opens in a new tab)' });
    expect(link.getAttribute('href')).toBe(`${testBaseUrl}/guides/start`);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(screen.queryByRole('link', { name: 'this' })).toBeNull();
  });

  it('records "no" at once, then the optional comment, and thanks the reader', async () => {
    const feedback = recordFeedback();
    const user = userEvent.setup();
    renderView({ view: 'article', articleId: 'art_reset_password' });
    const section = await screen.findByRole('region', { name: 'Did this answer your question?' });
    await user.click(within(section).getByRole('button', { name: 'No' }));
    const comment = await within(section).findByRole('textbox', { name: 'How can we improve this article?' });
    expect(document.activeElement).toBe(comment);
    expect(within(section).getByRole('status').textContent).toBe('Thanks for your feedback!');
    expect(within(section).getByRole('button', { name: 'Message us' })).toBeTruthy();
    await user.type(comment, 'The screenshots are old.');
    await user.click(within(section).getByRole('button', { name: 'Send feedback' }));
    // The comment box goes once the comment is recorded; the way to the team stays.
    await waitFor(() => expect(within(section).queryByRole('textbox')).toBeNull());
    expect(within(section).getByText('Still need help?')).toBeTruthy();
    expect(feedback).toEqual([
      expect.objectContaining({ helpful: false }),
      expect.objectContaining({ helpful: false, comment: 'The screenshots are old.' }),
    ]);
    expect(feedback[0]).not.toHaveProperty('comment');
  });

  it('thanks after "yes" without asking more', async () => {
    const feedback = recordFeedback();
    renderView({ view: 'article', articleId: 'art_reset_password' });
    await userEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Thanks for your feedback!')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'No' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(feedback).toEqual([expect.objectContaining({ helpful: true })]);
  });

  it('keeps the answers when feedback fails, with the reason announced', async () => {
    server.use(http.post('*/v1/kb/articles/:id/feedback', () => HttpResponse.json({}, { status: 403 })));
    renderView({ view: 'article', articleId: 'art_reset_password' });
    await userEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect((await screen.findByRole('alert')).textContent).toContain('permission');
    expect(screen.getByRole('button', { name: 'Yes' })).toBeTruthy();
  });

  it('says when the article no longer exists', async () => {
    renderView({ view: 'article', articleId: 'art_gone' });
    expect((await screen.findByRole('alert')).textContent).toBe('This article is no longer available.');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('offers a retry after a failure', async () => {
    let failures = 1;
    server.use(
      http.get('*/v1/kb/articles/:id', () => {
        if (failures-- > 0) return HttpResponse.json({ broken: true });
      }),
    );
    renderView({ view: 'article', articleId: 'art_reset_password' });
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    // The body has a section of the same name: the title is the first.
    const [title] = await screen.findAllByRole('heading', { level: 3, name: 'Reset your password' });
    // The retry button left with the error: reading goes on from the title.
    expect(document.activeElement).toBe(title);
  });
});
