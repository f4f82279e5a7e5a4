import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WidgetContext, type WidgetContextValue } from '../../components/WidgetContext';
import { englishMessages } from '../../i18n/englishMessages';
import { createNavigation } from '../../navigation/createNavigation';
import { testClient } from '../../testing/renderWidgetAt';
import { setupParleyServer } from '../../testing/setupParleyServer';
import { Composer, type ComposerProps } from './Composer';

setupParleyServer();

let context: WidgetContextValue;
beforeAll(async () => {
  const client = testClient();
  const config = await client.config();
  context = {
    client,
    // Small limits, to see each refusal.
    config: {
      ...config,
      limits: { ...config.limits, messageMaxLength: 20, attachmentMaxBytes: 1000, attachmentsPerMessage: 2 },
    },
    messages: englishMessages,
    locale: 'en',
    navigation: createNavigation(),
    idPrefix: 'test',
  };
});

function renderComposer(props: Partial<ComposerProps> = {}) {
  const onSend = vi.fn<ComposerProps['onSend']>(async () => true);
  const view = render(
    <WidgetContext.Provider value={context}>
      <Composer onSend={onSend} {...props} />
    </WidgetContext.Provider>,
  );
  const box = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
  const picker = view.container.querySelector('input[type=file]') as HTMLInputElement;
  return { ...view, onSend, box, picker, user: userEvent.setup() };
}

const png = (name: string, size = 100) => new File([new Uint8Array(size)], name, { type: 'image/png' });

describe('Composer', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends with Enter (text trimmed) and empties the box; Shift+Enter starts a new line', async () => {
    const { box, onSend, user } = renderComposer();
    await user.type(box, '  Hello{Shift>}{Enter}{/Shift}there ');
    expect(box.value).toBe('  Hello\nthere ');
    expect(onSend).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledWith('Hello\nthere', []);
    await waitFor(() => expect(box.value).toBe(''));
  });

  it('leaves Enter to the input method while a composition (Chinese, Japanese) is under way', () => {
    const { box, onSend } = renderComposer();
    fireEvent.input(box, { target: { value: '你好' } });
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    // Safari ends the composition first, yet reports the IME's key code.
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 229 });
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSend).toHaveBeenCalledWith('你好', []);
  });

  it('sends with the button too, never an empty message, and keeps the draft when sending fails', async () => {
    const onSend = vi.fn<ComposerProps['onSend']>(async () => false);
    const { box, user } = renderComposer({ onSend, sendLabel: 'Start conversation' });
    const send = screen.getByRole('button', { name: 'Start conversation' });
    await user.click(send);
    expect(onSend).not.toHaveBeenCalled();
    await user.type(box, 'Help');
    await user.click(send);
    expect(onSend).toHaveBeenCalledWith('Help', []);
    expect(box.value).toBe('Help');
  });

  it('refuses a message longer than the backend takes, and says why', async () => {
    const { box, onSend, user } = renderComposer();
    fireEvent.input(box, { target: { value: 'x'.repeat(21) } });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Please use at most 20 characters.');
    expect(box.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
  });

  it('previews attached files with name, size and image thumbnail, sends them, and revokes the thumbnails', async () => {
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:thumb');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const { box, picker, onSend, user, container } = renderComposer();
    const pdf = new File(['%PDF-1.4'], 'invoice.pdf', { type: 'application/pdf' });
    await user.upload(picker, [png('screen.png', 512), pdf]);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['screen.png0.5 kB', 'invoice.pdf0 kB']);
    expect(container.querySelector('li img')?.getAttribute('src')).toBe('blob:thumb');
    expect(create).toHaveBeenCalledTimes(1);
    await user.type(box, 'See attached{Enter}');
    expect(onSend).toHaveBeenCalledWith('See attached', [expect.any(File), pdf]);
    await waitFor(() => expect(screen.queryAllByRole('listitem')).toHaveLength(0));
    expect(revoke).toHaveBeenCalledWith('blob:thumb');
  });

  it('removes a file with its button, revoking its thumbnail and keeping focus in the composer', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:one');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const { box, picker, user } = renderComposer();
    await user.upload(picker, png('one.png'));
    await user.click(screen.getByRole('button', { name: 'Remove one.png' }));
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(revoke).toHaveBeenCalledWith('blob:one');
    expect(document.activeElement).toBe(box);
  });

  it('revokes the thumbnails still shown when it goes away', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:left');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const { picker, user, unmount } = renderComposer();
    await user.upload(picker, png('left.png'));
    unmount();
    expect(revoke).toHaveBeenCalledWith('blob:left');
  });

  it('refuses files over the limits before anything is uploaded, and announces why', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    const { picker } = renderComposer();
    // Past the picker's `accept`, as a drop or paste would bring them.
    await userEvent
      .setup({ applyAccept: false })
      .upload(picker, [
        png('big.png', 2000),
        new File(['x'], 'run.exe', { type: 'application/x-msdownload' }),
        png('a.png'),
        png('b.png'),
        png('c.png'),
      ]);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('alert').textContent).toBe(
      [
        'big.png is too large. Files can be up to 1 kB.',
        'run.exe isn’t a supported file type.',
        'You can attach up to 2 files at a time.',
      ].join(''),
    );
  });

  it('offers no attachments when the backend takes none', () => {
    context = {
      ...context,
      config: { ...context.config, capabilities: { ...context.config.capabilities, attachments: false } },
    };
    try {
      renderComposer();
      expect(screen.queryByRole('button', { name: 'Attach files' })).toBeNull();
    } finally {
      context = {
        ...context,
        config: { ...context.config, capabilities: { ...context.config.capabilities, attachments: true } },
      };
    }
  });
});
