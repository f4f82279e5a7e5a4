import type { Contact, Session } from '@parley/contract';
import type { ContactRecord, SessionRecord } from './SessionRecords';

/** A contact as the contract shows it. @internal */
export function contactBody(contact: ContactRecord): Contact {
  return {
    id: contact.id,
    kind: contact.kind,
    userId: contact.userId,
    name: contact.name,
    email: contact.email,
    attributes: contact.attributes,
  };
}

/** A session as the contract shows it, with its (plain) token and resume token. @internal */
export function sessionBody(
  session: SessionRecord,
  token: string,
  resumeToken: string,
  contact: ContactRecord,
): Session {
  return {
    token,
    expiresAt: new Date(session.expiresAt).toISOString(),
    resumeToken,
    widgetKey: session.widgetKey,
    contact: contactBody(contact),
  };
}
