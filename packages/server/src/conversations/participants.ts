import type { AgentAuthor, Participant } from '@parley/contract';
import type { ContactRecord } from '../sessions/SessionRecords';
import type { Widget } from '../widgetConfig/Widget';

/** The visitor who owns a conversation, as the author of their messages. @internal */
export function visitorParticipant(contact: ContactRecord): Participant {
  return { kind: 'visitor', id: contact.id, name: contact.name ?? 'Visitor', avatarUrl: null };
}

/** The author of timeline events (assigned, resolved, rated...). @internal */
export const systemParticipant: Participant = { kind: 'system', id: null, name: 'System', avatarUrl: null };

/**
 * A person on the team. Without an author it is the widget's default agent, "<brand> Support" (so
 * "Lumen Support" for the demo).
 * @internal
 */
export function agentParticipant(widget: Widget | undefined, author?: AgentAuthor): Participant {
  return {
    kind: 'agent',
    id: null,
    name: author?.name ?? `${widget?.brand.name ?? 'Parley'} Support`,
    avatarUrl: author?.avatarUrl ?? null,
  };
}
