import { type ConversationListSnapshot, idleSnapshots } from '@parley/core';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { createFakeClient } from './testing/createFakeClient';
import { mountWithClient } from './testing/mountWithClient';
import { useConversations } from './useConversations';
import { useUnreadCount } from './useUnreadCount';

afterEach(() => {
  document.body.replaceChildren();
});

const list = (status: ConversationListSnapshot['status'], unreadCount: number): ConversationListSnapshot => ({
  ...idleSnapshots.conversationList,
  status,
  unreadCount,
});

describe('useConversations and useUnreadCount', () => {
  it('re-render on a change of the list and unsubscribe on unmount', async () => {
    const fake = createFakeClient();
    const { app, element } = mountWithClient(
      fake.client,
      defineComponent(() => {
        const conversations = useConversations();
        const unread = useUnreadCount();
        return () => h('p', `${conversations.value.status} ${unread.value}`);
      }),
    );
    expect(fake.list.listeners).toBe(2);
    expect(element.textContent).toBe('idle 0');

    fake.list.set(list('ready', 2));
    await nextTick();
    expect(element.textContent).toBe('ready 2');

    app.unmount();
    expect(fake.list.listeners).toBe(0);
  });

  it('useUnreadCount re-renders only when the count changes', async () => {
    const fake = createFakeClient();
    let renders = 0;
    const { element } = mountWithClient(
      fake.client,
      defineComponent(() => {
        const unread = useUnreadCount();
        return () => {
          renders++;
          return h('span', String(unread.value));
        };
      }),
    );
    fake.list.set(list('ready', 1));
    await nextTick();
    expect([element.textContent, renders]).toEqual(['1', 2]);

    fake.list.set(list('error', 1));
    await nextTick();
    expect(renders).toBe(2);
  });
});
