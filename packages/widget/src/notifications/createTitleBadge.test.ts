import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTitleBadge } from './createTitleBadge';

/** Lets the title's MutationObserver run. */
const observed = () => new Promise((resolve) => setTimeout(resolve));

describe('createTitleBadge', () => {
  beforeEach(() => {
    document.title = 'Pricing - Lumen';
  });
  afterEach(() => {
    document.title = '';
  });

  it('shows the unread count and gives the host its title back', () => {
    const badge = createTitleBadge();
    badge.set(3);
    expect(document.title).toBe('(3) Pricing - Lumen');
    badge.set(4);
    expect(document.title).toBe('(4) Pricing - Lumen');
    badge.set(0);
    expect(document.title).toBe('Pricing - Lumen');
  });

  it('keeps the count on a title the host changes meanwhile, and gives back the new one', async () => {
    const badge = createTitleBadge();
    badge.set(2);
    // A single-page app moves to another page.
    document.title = 'Docs - Lumen';
    await observed();
    expect(document.title).toBe('(2) Docs - Lumen');
    badge.set(0);
    expect(document.title).toBe('Docs - Lumen');
    // Nothing unread: the host's titles are left alone.
    document.title = 'Blog - Lumen';
    await observed();
    expect(document.title).toBe('Blog - Lumen');
  });

  it('gives back a title the host set just before the count went to zero', () => {
    const badge = createTitleBadge();
    badge.set(1);
    document.title = 'Checkout - Lumen';
    badge.set(0);
    expect(document.title).toBe('Checkout - Lumen');
  });

  it('restores the title when destroyed, and writes it with a custom format', () => {
    const badge = createTitleBadge((count, title) => `${title} • ${count}`);
    badge.set(5);
    expect(document.title).toBe('Pricing - Lumen • 5');
    badge.destroy();
    expect(document.title).toBe('Pricing - Lumen');
  });
});
