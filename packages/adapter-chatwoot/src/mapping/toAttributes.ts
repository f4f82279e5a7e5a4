import type { Contact } from '@parley/contract';

/**
 * A contact's Parley `attributes` from its Chatwoot `custom_attributes` (JSON): the first 50 entries the
 * contract allows (a key of letters, digits and `_`; a string of at most 1,000 characters, a number, a
 * boolean or `null`). Agents may set others in Chatwoot (lists, objects): those are left out.
 * @internal
 */
export function toAttributes(customAttributes: unknown): Contact['attributes'] {
  return Object.fromEntries(
    Object.entries(customAttributes instanceof Object ? customAttributes : {})
      .filter(
        ([key, value]) =>
          /^[a-z]\w{0,63}$/i.test(key) && !(value instanceof Object) && `${value}`.length <= 1000,
      )
      .slice(0, 50),
  );
}
