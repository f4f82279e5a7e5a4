import { createClient, createMemoryStorage } from '@parley/core';
import { act, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWidgetAt } from '../../testing/renderWidgetAt';
import { setupParleyServer, testBaseUrl } from '../../testing/setupParleyServer';

const server = setupParleyServer();

// The smallest valid PNG: the backend checks a file's bytes against its type.
const png = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (char) => char.charCodeAt(0),
);

describe('OfflineFormView', () => {
  it('turns the message into a ticket and gives the reference, which finds it again', async () => {
    const { panel, user, navigation } = renderWidgetAt({
      view: 'offlineForm',
      text: 'Export cuts the last page.',
    });
    expect(await panel.findByRole('heading', { name: 'Leave a message' })).toBeTruthy();
    const message = panel.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    expect(message.value).toBe('Export cuts the last page.');
    await user.type(panel.getByRole('textbox', { name: 'Name (optional)' }), 'Noor Haddad');
    await user.type(panel.getByRole('textbox', { name: 'Email' }), 'noor@example.com');
    await user.type(panel.getByRole('textbox', { name: 'Subject' }), 'PDF export');
    // The demo config's own offline field.
    await user.selectOptions(panel.getByRole('combobox', { name: 'Your plan (optional)' }), 'Lumen Plus');
    await user.click(panel.getByRole('button', { name: 'Send message' }));

    const heading = await panel.findByRole('heading', { name: 'Message sent' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(panel.getByText('Thanks! We’ll reply to noor@example.com.')).toBeTruthy();
    const reference = /PRL-\d+/.exec(panel.getByText(/Your reference is/).textContent ?? '')?.[0] ?? '';
    expect(reference).toMatch(/^PRL-\d{4,6}$/);

    await user.click(panel.getByRole('button', { name: 'Check a request' }));
    // In place of the form: Back does not lead to a form already sent.
    expect(navigation.getSnapshot()).toEqual([{ view: 'home' }, { view: 'ticketLookup' }]);
    await user.type(await panel.findByRole('textbox', { name: 'Reference' }), reference);
    await user.type(panel.getByRole('textbox', { name: 'Email' }), 'noor@example.com');
    await user.click(panel.getByRole('button', { name: 'Check status' }));
    expect(await panel.findByRole('heading', { name: 'PDF export' })).toBeTruthy();
    expect(within(panel.getByRole('log')).getByText('Export cuts the last page.')).toBeTruthy();
  });

  it('opens the new request from the confirmation, with home (not the sent form) behind it', async () => {
    const { panel, user, navigation } = renderWidgetAt({ view: 'offlineForm', text: 'Hello' });
    // The form as the first view (a host's showNewMessage while the team is away).
    act(() => navigation.reset({ view: 'offlineForm', text: 'Hello' }));
    await user.type(await panel.findByRole('textbox', { name: 'Email' }), 'noor@example.com');
    await user.type(panel.getByRole('textbox', { name: 'Subject' }), 'Sync');
    await user.click(panel.getByRole('button', { name: 'Send message' }));
    await user.click(await panel.findByRole('button', { name: 'View your request' }));
    expect(navigation.getSnapshot()).toEqual([
      { view: 'home' },
      { view: 'ticket', ticketId: expect.any(String) },
    ]);
    expect(await panel.findByRole('heading', { name: 'Sync' })).toBeTruthy();
  });

  it('asks for the required fields first and sends nothing', async () => {
    let created = 0;
    server.use(
      http.post('*/v1/tickets', () => {
        created += 1;
      }),
    );
    const { panel, user } = renderWidgetAt({ view: 'offlineForm', text: '' });
    await user.click(await panel.findByRole('button', { name: 'Send message' }));
    const email = panel.getByRole('textbox', { name: 'Email' });
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(panel.getAllByText('Please fill in this field.')).toHaveLength(3);
    expect(panel.getByRole('textbox', { name: 'Name (optional)' }).getAttribute('aria-invalid')).toBeNull();
    expect(created).toBe(0);
  });

  it('keeps everything typed when sending fails, and sends it with Try again', async () => {
    let failures = 1;
    server.use(
      http.post('*/v1/tickets', () => {
        if (failures-- <= 0) return;
        return HttpResponse.json(
          { type: 'about:blank', title: 'Bad', status: 400, code: 'invalid_request' },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { panel, user } = renderWidgetAt({ view: 'offlineForm', text: 'Typed on the home view' });
    await user.type(await panel.findByRole('textbox', { name: 'Email' }), 'noor@example.com');
    await user.type(panel.getByRole('textbox', { name: 'Subject' }), 'Keep me');
    await user.click(panel.getByRole('button', { name: 'Send message' }));
    const alert = (await panel.findByText(/isn’t right/)).closest('[role="alert"]') as HTMLElement;
    expect((panel.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe(
      'noor@example.com',
    );
    expect((panel.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value).toBe('Keep me');
    expect((panel.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement).value).toBe(
      'Typed on the home view',
    );
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await panel.findByRole('heading', { name: 'Message sent' })).toBeTruthy();
  });

  it('attaches files the backend accepts, refuses others with a reason, and sends the kept ones', async () => {
    const client = createClient({
      baseUrl: testBaseUrl,
      widgetKey: 'wk_demo',
      storage: createMemoryStorage(),
    });
    const { panel } = renderWidgetAt({ view: 'offlineForm', text: 'See the screenshot.' }, client);
    // As a visitor who switched the file chooser to "All files".
    const user = userEvent.setup({ applyAccept: false });
    await user.type(await panel.findByRole('textbox', { name: 'Email' }), 'noor@example.com');
    await user.type(panel.getByRole('textbox', { name: 'Subject' }), 'Screenshot');
    const input = panel.getByRole('button', { name: 'Attach files' })
      .previousElementSibling as HTMLInputElement;
    await user.upload(input, [
      new File([png], 'screen.png', { type: 'image/png' }),
      new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }),
    ]);
    expect(panel.getByText('setup.exe isn’t a supported file type.')).toBeTruthy();
    expect(panel.getByText('screen.png')).toBeTruthy();
    expect(panel.queryByText('setup.exe')).toBeNull();

    await user.click(panel.getByRole('button', { name: 'Send message' }));
    await user.click(await panel.findByRole('button', { name: 'View your request' }));
    expect(await panel.findByText('screen.png')).toBeTruthy();
  });

  it('removes a chosen file and keeps focus in the form', async () => {
    const { panel, user } = renderWidgetAt({ view: 'offlineForm', text: '' });
    const attach = await panel.findByRole('button', { name: 'Attach files' });
    await user.upload(
      attach.previousElementSibling as HTMLInputElement,
      new File([png], 'a.png', { type: 'image/png' }),
    );
    await user.click(panel.getByRole('button', { name: 'Remove a.png' }));
    expect(panel.queryByText('a.png')).toBeNull();
    expect(document.activeElement).toBe(attach);
  });
});
