import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNotifier, type Notifier, type NotifierOptions } from './createNotifier';
import { createFakeLocks } from './testing/createFakeLocks';
import { installFakeAudio } from './testing/installFakeAudio';
import { installFakeNotification } from './testing/installFakeNotification';

const reply = { title: 'Ada from Lumen', body: 'Your export is ready.', tag: 'cnv_1' };

describe('createNotifier', () => {
  let contexts: ReturnType<typeof installFakeAudio>;
  let notifiers: Notifier[];
  const locks = () => createFakeLocks();
  /** A notifier in a tab of its own, hidden unless told otherwise. */
  const open = (options: Omit<NotifierOptions, 'name'>, visibility: DocumentVisibilityState = 'hidden') => {
    const page = Object.assign(new EventTarget(), { visibilityState: visibility });
    const notifier = createNotifier({
      name: 'https://support.example.com wk_demo',
      document: page as never,
      ...options,
    });
    notifiers.push(notifier);
    return { notifier, page };
  };
  const tones = () => contexts.flatMap((context) => context.tones);

  beforeEach(() => {
    notifiers = [];
    contexts = installFakeAudio();
    document.title = 'Pricing - Lumen';
  });
  afterEach(() => {
    for (const notifier of notifiers) notifier.destroy();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('does nothing the host did not opt into', () => {
    const { shown } = installFakeNotification('granted');
    const { notifier } = open({ locks: locks() });
    document.dispatchEvent(new Event('pointerdown'));
    notifier.unread(2);
    notifier.alert(reply);
    expect(document.title).toBe('Pricing - Lumen');
    expect(shown).toEqual([]);
    expect(contexts).toEqual([]);
  });

  it('shows the unread count in the title, and gives it back when destroyed', () => {
    const { notifier } = open({ title: true }, 'visible');
    notifier.unread(2);
    expect(document.title).toBe('(2) Pricing - Lumen');
    notifier.destroy();
    expect(document.title).toBe('Pricing - Lumen');
  });

  it('sounds and shows a desktop notification while the tab is hidden, not while it is in view', async () => {
    const { shown } = installFakeNotification('granted');
    const { notifier, page } = open({ sound: true, desktop: true, locks: locks() });
    document.dispatchEvent(new Event('pointerdown'));
    // Once this tab is elected, the reply is announced.
    await vi.waitFor(() => {
      notifier.alert(reply);
      expect(shown).toHaveLength(1);
    });
    expect(tones()).toEqual([880, 1320]);
    expect(shown[0]).toMatchObject({
      title: 'Ada from Lumen',
      options: { body: 'Your export is ready.', tag: 'cnv_1', silent: true },
    });

    page.visibilityState = 'visible';
    notifier.alert(reply);
    expect(shown).toHaveLength(1);
    expect(tones()).toHaveLength(2);
    page.visibilityState = 'hidden';
    notifier.alert(reply);
    expect(shown).toHaveLength(2);
  });

  it('never asks for permission itself, and shows nothing without it', async () => {
    const { Notification, shown } = installFakeNotification('default');
    const { notifier } = open({ desktop: true, locks: null });
    notifier.alert(reply);
    notifier.alert(reply);
    expect(Notification.requestPermission).not.toHaveBeenCalled();
    expect(shown).toEqual([]);
  });

  it('focuses the tab and calls back when the notification is clicked', () => {
    const { shown } = installFakeNotification('granted');
    const focus = vi.spyOn(globalThis, 'focus').mockImplementation(() => {});
    const onClick = vi.fn();
    const { notifier } = open({ desktop: true, locks: null });
    notifier.alert({ ...reply, onClick });
    expect(shown[0]!.options.silent).toBe(false);
    shown[0]!.onclick?.();
    expect(focus).toHaveBeenCalled();
    expect(onClick).toHaveBeenCalled();
    expect(shown[0]!.close).toHaveBeenCalled();
  });

  it('alerts from one tab only when several are open, and from another once that one closes', async () => {
    const { shown } = installFakeNotification('granted');
    const browser = locks();
    const first = open({ sound: true, desktop: true, locks: browser });
    const second = open({ sound: true, desktop: true, locks: browser });
    document.dispatchEvent(new Event('pointerdown'));
    await vi.waitFor(() => {
      first.notifier.alert(reply);
      second.notifier.alert(reply);
      expect(shown).toHaveLength(1);
    });
    expect(tones()).toEqual([880, 1320]);

    first.notifier.destroy();
    await vi.waitFor(() => {
      second.notifier.alert(reply);
      expect(shown).toHaveLength(2);
    });
    first.notifier.alert(reply);
    expect(shown).toHaveLength(2);
  });
});
