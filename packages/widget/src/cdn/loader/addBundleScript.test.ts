import { afterEach, describe, expect, it, vi } from 'vitest';
import { addBundleScript } from './addBundleScript';

const url = 'https://cdn.example.com/parley.js';

afterEach(() => {
  document.head.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Trusted Types as a page enforcing them has: a string assigned to `script.src` throws. */
function enforceTrustedTypes(allowed: boolean) {
  const trusted = new WeakSet<object>();
  const createPolicy = vi.fn((name: string, rules: { createScriptURL(url: string): string }) => {
    if (!allowed) throw new TypeError(`Policy ${name} disallowed.`);
    return {
      createScriptURL(given: string) {
        const value = { toString: () => rules.createScriptURL(given) };
        trusted.add(value);
        return value;
      },
    };
  });
  vi.stubGlobal('trustedTypes', { createPolicy });
  const descriptor = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src');
  vi.spyOn(HTMLScriptElement.prototype, 'src', 'set').mockImplementation(function (
    this: HTMLScriptElement,
    value: unknown,
  ) {
    if (!(typeof value === 'object' && value && trusted.has(value))) {
      throw new TypeError("This document requires 'TrustedScriptURL' assignment.");
    }
    descriptor?.set?.call(this, String(value));
  });
  return createPolicy;
}

describe('addBundleScript', () => {
  it('adds the bundle as a module script with the nonce', () => {
    addBundleScript(url, 'n1', () => undefined);
    const script = document.head.querySelector('script');
    expect(script?.type).toBe('module');
    expect(script?.getAttribute('src')).toBe(url);
    expect(script?.nonce).toBe('n1');
  });

  it("sets the URL through a Trusted Types policy named 'parley' where the page requires them", () => {
    const createPolicy = enforceTrustedTypes(true);
    addBundleScript(url, undefined, () => undefined);
    expect(createPolicy).toHaveBeenCalledWith('parley', expect.anything());
    expect(document.head.querySelector('script')?.getAttribute('src')).toBe(url);
  });

  it('reports a page whose CSP does not allow the policy, without throwing', () => {
    enforceTrustedTypes(false);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onError = vi.fn();
    expect(() => addBundleScript(url, undefined, onError)).not.toThrow();
    expect(errors).toHaveBeenCalledWith('[parley] could not load', url);
    expect(onError).toHaveBeenCalled();
    expect(document.head.querySelector('script')).toBeNull();
  });
});
