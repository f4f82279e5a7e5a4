import { describe, expect, it } from 'vitest';
import { contactRoute } from './contactRoute';

const open = { kind: 'open', replyMinutes: 120, closesAt: null } as const;
const away = { kind: 'away', backAt: null } as const;

describe('contactRoute', () => {
  it('leads to a new conversation while the team is open', () => {
    expect(contactRoute({ conversations: true, tickets: true }, open)).toEqual({
      view: 'newConversation',
      text: '',
    });
  });

  it('leads to the offline form while away, or without chat, with the draft', () => {
    expect(contactRoute({ conversations: true, tickets: true }, away, 'help')).toEqual({
      view: 'offlineForm',
      text: 'help',
    });
    expect(contactRoute({ conversations: false, tickets: true }, open)?.view).toBe('offlineForm');
  });

  it('leads nowhere when the backend offers no way to write', () => {
    expect(contactRoute({ conversations: false, tickets: false }, open)).toBeUndefined();
  });
});
