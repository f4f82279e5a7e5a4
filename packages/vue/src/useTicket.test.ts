import { idleSnapshots, type TicketLookup, type TicketState } from '@parley/core';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { createFakeClient } from './testing/createFakeClient';
import { mountWithClient } from './testing/mountWithClient';
import { useTicket } from './useTicket';

afterEach(() => {
  document.body.replaceChildren();
});

const failed: TicketState = { ...idleSnapshots.ticket, status: 'error' };

describe('useTicket', () => {
  it('reads a ticket id from tickets.get, a lookup from tickets.find, and follows the argument', async () => {
    const fake = createFakeClient();
    const byId = fake.ticket('t1');
    const lookup = { reference: 'PRL-1', email: 'ada@example.com' };
    const found = fake.found(lookup);
    found.set(failed);
    const ticket = ref<string | TicketLookup | null>('t1');
    const { app, element } = mountWithClient(
      fake.client,
      defineComponent(() => {
        const state = useTicket(ticket);
        return () => h('p', state.value.status);
      }),
    );
    expect([byId.listeners, found.listeners]).toEqual([1, 0]);

    ticket.value = lookup;
    await nextTick();
    expect([byId.listeners, found.listeners]).toEqual([0, 1]);
    expect(element.textContent).toBe('error');

    ticket.value = null;
    await nextTick();
    expect([byId.listeners, found.listeners]).toEqual([0, 0]);
    expect(element.textContent).toBe('idle');

    ticket.value = lookup;
    await nextTick();
    app.unmount();
    expect(found.listeners).toBe(0);
  });

  it('keeps its subscription when a getter gives an equal lookup in a new object', async () => {
    const fake = createFakeClient();
    const found = fake.found({ reference: 'PRL-1', accessKey: 'k_1' });
    const renders = ref(0);
    mountWithClient(
      fake.client,
      defineComponent(() => {
        // Read renders.value so that the getter runs again, giving a new, equal object each time.
        const state = useTicket(() => ({ reference: 'PRL-1', accessKey: renders.value >= 0 ? 'k_1' : '' }));
        return () => h('p', state.value.status);
      }),
    );
    renders.value++;
    await nextTick();
    renders.value++;
    await nextTick();
    expect(found.listeners).toBe(1);
    expect(found.subscriptions).toBe(1);
  });
});
