import { type ConversationSnapshot, idleSnapshots } from '@parley/core';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { createFakeClient } from './testing/createFakeClient';
import { mountWithClient } from './testing/mountWithClient';
import { useConversation } from './useConversation';

afterEach(() => {
  document.body.replaceChildren();
});

const ready = (text: string): ConversationSnapshot => ({
  ...idleSnapshots.conversation,
  status: 'ready',
  unreadCount: text.length,
});

describe('useConversation', () => {
  it('shows the store once mounted, re-renders on change, and unsubscribes on unmount', async () => {
    const fake = createFakeClient();
    const store = fake.conversation('c1');
    const { app, element } = mountWithClient(
      fake.client,
      defineComponent(() => {
        const conversation = useConversation('c1');
        return () => h('p', `${conversation.value.status} ${conversation.value.unreadCount}`);
      }),
    );
    expect(store.listeners).toBe(1);
    expect(element.textContent).toBe('idle 0');

    store.set(ready('abc'));
    await nextTick();
    expect(element.textContent).toBe('ready 3');

    app.unmount();
    expect(store.listeners).toBe(0);
  });

  it('follows a changing id, leaving the previous store, and shows idle without one', async () => {
    const fake = createFakeClient();
    const first = fake.conversation('c1');
    const second = fake.conversation('c2');
    second.set(ready('hello'));
    const id = ref<string | null>('c1');
    const { element } = mountWithClient(
      fake.client,
      defineComponent(() => {
        const conversation = useConversation(id);
        return () => h('p', `${conversation.value.status} ${conversation.value.unreadCount}`);
      }),
    );
    expect([first.listeners, second.listeners]).toEqual([1, 0]);

    id.value = 'c2';
    await nextTick();
    expect([first.listeners, second.listeners]).toEqual([0, 1]);
    expect(element.textContent).toBe('ready 5');

    first.set(ready('stale'));
    await nextTick();
    expect(element.textContent).toBe('ready 5');

    id.value = null;
    await nextTick();
    expect([first.listeners, second.listeners]).toEqual([0, 0]);
    expect(element.textContent).toBe('idle 0');
  });
});
