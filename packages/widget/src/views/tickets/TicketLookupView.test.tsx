import { waitFor } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWidgetAt } from '../../testing/renderWidgetAt';
import { setupParleyServer } from '../../testing/setupParleyServer';

const server = setupParleyServer();

/** A reference nobody has: failed lookups are limited per reference, so each test uses its own. */
const unknownReference = () => `PRL-${Math.floor(100_000 + Math.random() * 899_999)}`;

describe('TicketLookupView', () => {
  it('finds the demo ticket by reference and email, and opens it', async () => {
    const { panel, user, navigation } = renderWidgetAt({ view: 'ticketLookup' });
    await user.type(await panel.findByRole('textbox', { name: 'Reference' }), ' prl-4821 ');
    await user.type(panel.getByRole('textbox', { name: 'Email' }), 'Ada@Example.com');
    await user.click(panel.getByRole('button', { name: 'Check status' }));
    const heading = await panel.findByRole('heading', {
      name: "Notes from my iPad aren't showing up on my laptop",
    });
    expect(navigation.current()).toMatchObject({ view: 'ticket' });
    // The button pressed went away with the form: keyboard and screen-reader users start at the ticket.
    expect(document.activeElement).toBe(heading);
  });

  it('starts with a reference it was given, and waits for the visitor to send their email', async () => {
    let lookups = 0;
    server.use(
      http.post('*/v1/tickets/lookup', () => {
        lookups += 1;
      }),
    );
    const { panel, user } = renderWidgetAt({ view: 'ticketLookup', reference: 'PRL-4821' });
    const reference = (await panel.findByRole('textbox', { name: 'Reference' })) as HTMLInputElement;
    expect(reference.value).toBe('PRL-4821');
    await user.type(panel.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    expect(lookups).toBe(0);
    await user.click(panel.getByRole('button', { name: 'Check status' }));
    expect(await panel.findByRole('heading', { name: /Notes from my iPad/ })).toBeTruthy();
    expect(lookups).toBe(1);
  });

  it('checks the fields before asking the backend, and takes focus to the first wrong one', async () => {
    let lookups = 0;
    server.use(
      http.post('*/v1/tickets/lookup', () => {
        lookups += 1;
      }),
    );
    const { panel, user } = renderWidgetAt({ view: 'ticketLookup' });
    await user.click(await panel.findByRole('button', { name: 'Check status' }));
    const reference = panel.getByRole('textbox', { name: 'Reference' });
    await waitFor(() => expect(document.activeElement).toBe(reference));
    expect(reference.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(reference.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Please fill in this field.',
    );

    await user.type(reference, 'PRL-4821');
    // Fixed fields lose their error at once; the email still has one.
    expect(reference.getAttribute('aria-invalid')).toBeNull();
    const email = panel.getByRole('textbox', { name: 'Email' });
    await user.type(email, 'ada.example.com');
    await user.click(panel.getByRole('button', { name: 'Check status' }));
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(panel.getByText('Please enter a valid email address.')).toBeTruthy();
    expect(lookups).toBe(0);
  });

  it('says kindly that nothing matches, keeps what was typed, and lets the visitor fix it', async () => {
    const reference = unknownReference();
    const { panel, user } = renderWidgetAt({ view: 'ticketLookup' });
    await user.type(await panel.findByRole('textbox', { name: 'Reference' }), reference);
    await user.type(panel.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await user.click(panel.getByRole('button', { name: 'Check status' }));
    const alert = await panel.findByRole('alert');
    expect(alert.textContent).toMatch(/couldn’t find a request with that reference and email address/);
    expect(panel.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect((panel.getByRole('textbox', { name: 'Reference' }) as HTMLInputElement).value).toBe(reference);

    const field = panel.getByRole('textbox', { name: 'Reference' });
    await user.clear(field);
    await user.type(field, 'PRL-4821');
    await user.click(panel.getByRole('button', { name: 'Check status' }));
    expect(await panel.findByRole('heading', { name: /Notes from my iPad/ })).toBeTruthy();
  });

  it('offers to try again after another failure, and recovers', async () => {
    let failures = 1;
    server.use(
      http.post('*/v1/tickets/lookup', () => {
        if (failures-- <= 0) return;
        return HttpResponse.json(
          { type: 'about:blank', title: 'Too many', status: 429, code: 'rate_limited' },
          { status: 429, headers: { 'Retry-After': '1', 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { panel, user } = renderWidgetAt({ view: 'ticketLookup' });
    await user.type(await panel.findByRole('textbox', { name: 'Reference' }), 'PRL-4821');
    await user.type(panel.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await user.click(panel.getByRole('button', { name: 'Check status' }));
    const alert = await panel.findByRole('alert');
    expect(alert.textContent).toMatch(/Too many requests/);
    await user.click(panel.getByRole('button', { name: 'Try again' }));
    expect(await panel.findByRole('heading', { name: /Notes from my iPad/ })).toBeTruthy();
  });

  it('does not open the ticket when the visitor went back while it was being looked up', async () => {
    let answer: () => void = () => {};
    server.use(
      http.post(
        '*/v1/tickets/lookup',
        () => new Promise<undefined>((resolve) => (answer = () => resolve(undefined))),
      ),
    );
    const { panel, user, navigation } = renderWidgetAt({ view: 'ticketLookup' });
    await user.type(await panel.findByRole('textbox', { name: 'Reference' }), 'PRL-4821');
    await user.type(panel.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await user.click(panel.getByRole('button', { name: 'Check status' }));
    expect((await panel.findByRole('status')).textContent).toBe('Loading…');
    await user.click(panel.getByRole('button', { name: 'Back' }));
    answer();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(navigation.current()).toEqual({ view: 'home' });
  });
});
