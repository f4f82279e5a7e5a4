import type { Attributes } from '@parley/contract';
import type { ContactRecord } from './SessionRecords';
import type { ContactChanges } from './SessionRepository';

/** The most attributes a contact keeps (the contract's `Attributes` limit). @internal */
export const MAX_CONTACT_ATTRIBUTES = 50;

/** Details a person gives about themselves (update-contact and identify requests). @internal */
export interface ContactDetails {
  name?: string | undefined;
  email?: string | undefined;
  /** Merged into the stored attributes; `null` removes a key. */
  attributes?: Attributes | undefined;
}

/**
 * The changes that apply `details` to a contact: name and email replace the stored ones when given;
 * attributes are merged key by key, `null` removing a key.
 * @returns the changes, or `undefined` when the merge would leave more than
 * {@link MAX_CONTACT_ATTRIBUTES} attributes.
 * @internal
 */
export function contactDetailsChanges(
  contact: Pick<ContactRecord, 'attributes'>,
  details: ContactDetails,
): ContactChanges | undefined {
  const changes: ContactChanges = {};
  if (details.name !== undefined) changes.name = details.name;
  if (details.email !== undefined) changes.email = details.email;
  if (details.attributes !== undefined) {
    const merged: Attributes = { ...contact.attributes };
    for (const [key, value] of Object.entries(details.attributes)) {
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    if (Object.keys(merged).length > MAX_CONTACT_ATTRIBUTES) return undefined;
    changes.attributes = merged;
  }
  return changes;
}
