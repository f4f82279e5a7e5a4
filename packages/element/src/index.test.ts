import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('@parley/element', () => {
  it('defines <parley-widget> when imported', async () => {
    const { ParleyWidgetElement } = await import('./index');
    expect(customElements.get('parley-widget')).toBe(ParleyWidgetElement);
    expect(document.createElement('parley-widget')).toBeInstanceOf(ParleyWidgetElement);
  });

  it('leaves a definition already there as it is (a second copy, or the page’s own), with a warning', async () => {
    const { ParleyWidgetElement: first } = await import('./index');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // A second copy of the package (another bundle, a duplicate install): its module runs again.
    vi.resetModules();
    const { ParleyWidgetElement: second } = await import('./index');
    expect(second).not.toBe(first);
    expect(customElements.get('parley-widget')).toBe(first);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^\[parley\] <parley-widget> was already defined/),
    );
    // Elements are made with the definition in place.
    expect(document.createElement('parley-widget')).toBeInstanceOf(first);
  });
});
