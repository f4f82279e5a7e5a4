import type { Meta, StoryObj } from '@storybook/preact-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { catalog as ar } from '../../i18n/catalogs/ar';
import { catalog as zhHans } from '../../i18n/catalogs/zh-Hans';
import { expectFullScreenPanel, expectPhoneScreen, onPhone } from '../../testing/onPhone';
import { WidgetStory } from '../../testing/WidgetStory';

// The smallest valid PNG: the backend checks a file's bytes against its type.
const png = (name: string) =>
  new File(
    [
      Uint8Array.from(
        atob(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
        ),
        (char) => char.charCodeAt(0),
      ),
    ],
    name,
    { type: 'image/png' },
  );

/** The form of the story's panel, once shown. */
async function formPanel(canvasElement: HTMLElement) {
  const dialog = await within(canvasElement).findByRole('dialog', { name: 'Lumen' });
  const heading = await within(dialog).findByRole('heading', { level: 3 });
  // The panel fades in: wait until a person could see it.
  await waitFor(() => expect(heading).toBeVisible());
  return within(dialog);
}

/** Fills the required fields in English. */
async function fill(panel: ReturnType<typeof within>, email = 'noor@example.com') {
  await userEvent.type(panel.getByRole('textbox', { name: 'Email' }), email);
  await userEvent.type(
    panel.getByRole('textbox', { name: 'Subject' }),
    'Export to PDF cuts off the last page',
  );
}

const problem = (status: number, code: string, headers: Record<string, string> = {}) =>
  HttpResponse.json(
    { type: 'about:blank', title: code, status, code },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );

const meta = {
  title: 'Views/OfflineForm',
  component: WidgetStory,
  args: {
    route: { view: 'offlineForm', text: 'When I export a notebook to PDF, the last page is missing.' },
  },
} satisfies Meta<typeof WidgetStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Outside business hours: what the visitor typed on the home view, ready to become a ticket. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const panel = await formPanel(canvasElement);
    await expect(panel.getByRole('textbox', { name: 'Message' })).toHaveValue(
      'When I export a notebook to PDF, the last page is missing.',
    );
    await expect(panel.getByRole('textbox', { name: 'Name (optional)' })).toBeVisible();
    // The demo config's own extra field.
    await expect(panel.getByRole('combobox', { name: 'Your plan (optional)' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Attach files' })).toBeVisible();
  },
};

/**
 * The interaction test: send the form, get the reference, and look the request up with it (as the
 * customer would later, from the email).
 */
export const SubmitAndLookUp: Story = {
  play: async ({ canvasElement, step }) => {
    const panel = await formPanel(canvasElement);
    let reference = '';
    await step('Send the form', async () => {
      await userEvent.type(panel.getByRole('textbox', { name: 'Name (optional)' }), 'Noor Haddad');
      await fill(panel);
      await userEvent.selectOptions(
        panel.getByRole('combobox', { name: 'Your plan (optional)' }),
        'Lumen Plus',
      );
      await userEvent.click(panel.getByRole('button', { name: 'Send message' }));
    });
    await step('The confirmation gives the reference', async () => {
      const heading = await panel.findByRole('heading', { name: 'Message sent' });
      await waitFor(() => expect(heading).toHaveFocus());
      await expect(panel.getByText('Thanks! We’ll reply to noor@example.com.')).toBeVisible();
      reference = /PRL-\d+/.exec(panel.getByText(/Your reference is/).textContent ?? '')?.[0] ?? '';
      await expect(reference).toMatch(/^PRL-\d{4,6}$/);
    });
    await step('Look it up with the reference and the email', async () => {
      await userEvent.click(panel.getByRole('button', { name: 'Check a request' }));
      await userEvent.type(await panel.findByRole('textbox', { name: 'Reference' }), reference);
      await userEvent.type(panel.getByRole('textbox', { name: 'Email' }), 'noor@example.com');
      await userEvent.click(panel.getByRole('button', { name: 'Check status' }));
      await expect(
        await panel.findByRole('heading', { name: 'Export to PDF cuts off the last page' }),
      ).toBeVisible();
      await expect(within(panel.getByRole('log')).getByText(/the last page is missing/)).toBeVisible();
      await expect(panel.getAllByText('Received')[0]).toBeVisible();
    });
  },
};

/** Nothing is sent before the required fields are filled; the first wrong one takes focus. */
export const Validation: Story = {
  args: { route: { view: 'offlineForm', text: '' } },
  play: async ({ canvasElement }) => {
    const panel = await formPanel(canvasElement);
    await userEvent.type(panel.getByRole('textbox', { name: 'Email' }), 'noor@');
    await userEvent.click(panel.getByRole('button', { name: 'Send message' }));
    const email = panel.getByRole('textbox', { name: 'Email' });
    await waitFor(() => expect(email).toHaveFocus());
    await expect(email).toHaveAccessibleDescription('Please enter a valid email address.');
    await expect(panel.getByRole('textbox', { name: 'Subject' })).toHaveAccessibleDescription(
      'Please fill in this field.',
    );
    await expect(panel.getByRole('textbox', { name: 'Message' })).toHaveAccessibleDescription(
      'Please fill in this field.',
    );
  },
};

/** On its way: the fields are read-only and the wait is announced. */
export const Sending: Story = {
  args: { clientOptions: { timeoutMs: 10 * 60_000 } },
  parameters: { msw: { handlers: [http.post('*/v1/tickets', () => delay('infinite'))] } },
  play: async ({ canvasElement }) => {
    const panel = await formPanel(canvasElement);
    await fill(panel);
    await userEvent.click(panel.getByRole('button', { name: 'Send message' }));
    await expect(panel.getByRole('status')).toHaveTextContent('Sending…');
    await expect(panel.getByRole('textbox', { name: 'Subject' })).toHaveAttribute('readonly');
  },
};

/** Sending fails: the reason, a way to try again, and everything typed is still there. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: {
    msw: {
      handlers: [http.post('*/v1/tickets', () => problem(503, 'unavailable', { 'Retry-After': '3600' }))],
    },
  },
  play: async ({ canvasElement }) => {
    const panel = await formPanel(canvasElement);
    await fill(panel);
    await userEvent.click(panel.getByRole('button', { name: 'Send message' }));
    const alert = (await panel.findByText(/Our help service has a problem right now/)).closest(
      '[role="alert"]',
    );
    await expect(within(alert as HTMLElement).getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(panel.getByRole('textbox', { name: 'Email' })).toHaveValue('noor@example.com');
    await expect(panel.getByRole('textbox', { name: 'Subject' })).toHaveValue(
      'Export to PDF cuts off the last page',
    );
    await expect(panel.getByRole('textbox', { name: 'Message' })).toHaveValue(
      'When I export a notebook to PDF, the last page is missing.',
    );
  },
};

/** Files: accepted ones are listed with their size and a remove button; a refused one is explained. */
export const Attachments: Story = {
  play: async ({ canvasElement }) => {
    const panel = await formPanel(canvasElement);
    const attach = panel.getByRole('button', { name: 'Attach files' });
    const input = attach.previousElementSibling as HTMLInputElement;
    await userEvent.upload(input, [
      png('pending-changes.png'),
      png('a-much-longer-screenshot-name-from-the-ipad.png'),
    ]);
    // A visitor who switched the file chooser to "All files".
    await userEvent
      .setup({ applyAccept: false })
      .upload(input, new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }));
    await expect(panel.getByText('setup.exe isn’t a supported file type.')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Remove pending-changes.png' })).toBeVisible();
    await fill(panel);
    await userEvent.click(panel.getByRole('button', { name: 'Send message' }));
    await userEvent.click(await panel.findByRole('button', { name: 'View your request' }));
    await expect(await panel.findByRole('link', { name: /^pending-changes\.png / })).toBeVisible();
  },
};

/** A long message and long answers wrap inside the panel. */
export const LongContent: Story = {
  args: {
    route: {
      view: 'offlineForm',
      text: `${'My export log: '}${'x'.repeat(200)}\n\n${'It happens every time. '.repeat(60)}`,
    },
  },
  play: async ({ canvasElement }) => {
    const panel = await formPanel(canvasElement);
    await userEvent.type(
      panel.getByRole('textbox', { name: 'Subject' }),
      `A ${'very '.repeat(30)}long subject`,
    );
    const body = canvasElement.querySelector('.parley-body') as HTMLElement;
    await expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth);
  },
};

/** Right to left (Arabic), with errors shown. */
export const RightToLeft: Story = {
  args: { language: 'ar', route: { view: 'offlineForm', text: '' } },
  parameters: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    const panel = await formPanel(canvasElement);
    await userEvent.click(panel.getByRole('button', { name: ar.offline.send }));
    const email = panel.getByRole('textbox', { name: ar.form.email });
    await waitFor(() => expect(email).toHaveFocus());
    await expect(getComputedStyle(email).direction).toBe('rtl');
  },
};

/** The dark theme, after sending: the confirmation. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const panel = await formPanel(canvasElement);
    await fill(panel);
    await userEvent.click(panel.getByRole('button', { name: 'Send message' }));
    await expect(await panel.findByRole('heading', { name: 'Message sent' })).toBeVisible();
  },
};

/** Simplified Chinese: the form and the config's field in Chinese. */
export const Chinese: Story = {
  args: { language: 'zh-Hans', route: { view: 'offlineForm', text: '导出 PDF 时最后一页丢失了。' } },
  parameters: { lang: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    const panel = await formPanel(canvasElement);
    await expect(panel.getByRole('heading', { name: zhHans.offline.title })).toBeVisible();
    await expect(panel.getByRole('combobox', { name: zhHans.form.optional('你的套餐') })).toBeVisible();
    await userEvent.type(panel.getByRole('textbox', { name: zhHans.form.email }), 'lin.xiaoyu@example.com');
    await userEvent.type(panel.getByRole('textbox', { name: zhHans.form.subject }), '导出问题');
    await userEvent.click(panel.getByRole('button', { name: zhHans.offline.send }));
    await expect(await panel.findByRole('heading', { name: zhHans.offline.sentTitle })).toBeVisible();
  },
};

/**
 * On a phone (375×667): the form fills the screen, its fields large enough that iOS does not zoom into
 * them, and its send button, once scrolled to, is what a tap reaches (not the launcher).
 */
export const Mobile: Story = {
  ...onPhone,
  play: async ({ canvasElement }) => {
    await expectPhoneScreen();
    const panel = await formPanel(canvasElement);
    await expectFullScreenPanel(within(canvasElement).getByRole('dialog'));
    await expect(getComputedStyle(panel.getByRole('textbox', { name: 'Email' })).fontSize).toBe('16px');
    await fill(panel);
    const send = panel.getByRole('button', { name: 'Send message' });
    send.scrollIntoView({ block: 'nearest' });
    const { left, top, width, height } = send.getBoundingClientRect();
    await expect(send.contains(document.elementFromPoint(left + width / 2, top + height / 2))).toBe(true);
    await userEvent.click(send);
    await expect(await panel.findByRole('heading', { name: 'Message sent' })).toBeVisible();
  },
};
