import { demoContent, type SeedContent } from '@parley/server/msw';
import { fireEvent, waitFor } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWidgetAt } from '../../testing/renderWidgetAt';
import { setupParleyServer } from '../../testing/setupParleyServer';
import { createTeamHandlers } from '../conversation/testing/createTeamHandlers';

const server = setupParleyServer();

/** The demo content, with pre-chat fields on the demo widget. */
const withPreChat: SeedContent = {
  ...demoContent,
  widgets: demoContent.widgets.map((widget) =>
    widget.key === 'wk_demo'
      ? {
          ...widget,
          forms: {
            offline: [],
            preChat: [
              { name: 'name', label: { en: 'Your name' }, type: 'text', required: true },
              { name: 'email', label: { en: 'Your email' }, type: 'email', required: true },
              { name: 'company', label: { en: 'Company' }, type: 'text', required: false },
            ],
          },
        }
      : widget,
  ),
};

describe('NewConversationView', () => {
  it('suggests articles while the visitor types, before anything is sent; one opens, and Back keeps the draft', async () => {
    const { panel, user, navigation } = renderWidgetAt({ view: 'newConversation', text: '' });
    const box = await panel.findByRole('textbox', { name: 'Message' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    await user.type(box, 'export notes');
    expect(await panel.findByRole('heading', { name: 'These articles might help' })).toBeTruthy();
    const suggestion = panel.getAllByRole('button', { name: /^Export your notes/ })[0] as HTMLElement;
    await user.click(suggestion);
    expect(navigation.current()).toMatchObject({ view: 'article' });
    navigation.back();
    expect(((await panel.findByRole('textbox', { name: 'Message' })) as HTMLTextAreaElement).value).toBe(
      'export notes',
    );
  });

  it('starts the conversation and opens it in place of the composer, Back leading home', async () => {
    const { panel, user, navigation } = renderWidgetAt({ view: 'newConversation', text: 'I can’t sign in' });
    const box = (await panel.findByRole('textbox', { name: 'Message' })) as HTMLTextAreaElement;
    expect(box.value).toBe('I can’t sign in');
    await user.click(panel.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(navigation.current()).toMatchObject({ view: 'conversation' }));
    expect(navigation.getSnapshot().map((route) => route.view)).toEqual(['home', 'conversation']);
    expect((await panel.findByRole('log')).textContent).toContain('I can’t sign in');
    // The composer went away with its view: focus goes on to the conversation's.
    const next = await panel.findByRole('textbox', { name: 'Message' });
    await waitFor(() => expect(document.activeElement).toBe(next));
  });

  it('asks the pre-chat fields first, with errors on the fields, then saves them on the contact', async () => {
    server.use(...createTeamHandlers(withPreChat));
    const { panel, user, navigation, client } = renderWidgetAt({ view: 'newConversation', text: 'Hello' });
    const name = await panel.findByRole('textbox', { name: 'Your name' });
    const email = panel.getByRole('textbox', { name: 'Your email' });
    expect(panel.getByRole('textbox', { name: 'Company (optional)' })).toBeTruthy();
    const start = panel.getByRole('button', { name: 'Start conversation' });

    await user.click(start);
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Please fill in this field.',
    );
    await user.type(name, 'Ada Lovelace');
    await user.type(email, 'ada@example');
    await user.click(start);
    expect(document.activeElement).toBe(email);
    expect(panel.getByText('Please enter a valid email address.')).toBeTruthy();
    expect(navigation.current()).toMatchObject({ view: 'newConversation' });

    await user.type(email, '.com');
    await user.click(start);
    await waitFor(() => expect(navigation.current()).toMatchObject({ view: 'conversation' }));
    expect(client.session.visitor.getSnapshot().contact).toMatchObject({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
    });
  });

  it('says when the conversation cannot be started, and keeps the message to try again', async () => {
    server.use(
      http.post(
        '*/v1/conversations',
        () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Refused', status: 422, code: 'validation_failed' },
            { status: 422, headers: { 'content-type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    const { panel, navigation } = renderWidgetAt({ view: 'newConversation', text: '' });
    const box = (await panel.findByRole('textbox', { name: 'Message' })) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Where is my invoice?' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(
      await panel.findByText('Something in your request isn’t right. Please check it and try again.'),
    ).toBeTruthy();
    expect(box.value).toBe('Where is my invoice?');
    expect(navigation.current()).toMatchObject({ view: 'newConversation' });
  });
});
