// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('@parley/element on the server', () => {
  it('imports without a DOM, reading no window or document, and defines nothing', async () => {
    expect(typeof HTMLElement).toBe('undefined');
    // Reading either global while the module (and the widget and core under it) evaluates would throw.
    const globals = ['window', 'document'] as const;
    for (const name of globals) {
      Object.defineProperty(globalThis, name, {
        get: () => {
          throw new Error(`${name} read during import`);
        },
        configurable: true,
      });
    }
    try {
      const { ParleyWidgetElement } = await import('./index');
      expect(typeof ParleyWidgetElement).toBe('function');
    } finally {
      for (const name of globals) Reflect.deleteProperty(globalThis, name);
    }
    expect(typeof customElements).toBe('undefined');
  });
});
