import type { CreatedTicket, CreateTicketRequest, RealtimeEvent } from '@parley/contract';
import { expect } from 'vitest';
import { demoContent } from '../seed/demoContent';
import type { SeedContent, SeedTicket } from '../seed/SeedContent';
import type { TestEngine } from '../testing/createTestEngine';
import type { WidgetFormField } from '../widgetConfig/Widget';

/** The access key of {@link adaTicket}. @internal */
export const ADA_ACCESS_KEY = 'ada-access-key-0123456789abcdef';

/** A ticket waiting on its requester, with a message from each side. @internal */
export const adaTicket: SeedTicket = {
  widgetKey: 'wk_demo',
  reference: 'PRL-4821',
  accessKey: ADA_ACCESS_KEY,
  email: 'Ada@Example.com',
  name: 'Ada Okafor',
  subject: 'Notes are not syncing',
  locale: 'en',
  status: 'waiting_on_customer',
  statusHistory: [
    { status: 'received', at: '2026-10-27T08:42:13.000Z' },
    { status: 'open', at: '2026-10-27T10:05:31.000Z' },
    { status: 'waiting_on_customer', at: '2026-10-27T10:18:40.000Z' },
  ],
  comments: [
    {
      author: 'customer',
      authorName: 'Ada Okafor',
      text: 'My iPad notes do not reach my laptop.',
      createdAt: '2026-10-27T08:42:13.000Z',
    },
    {
      author: 'agent',
      authorName: 'Priya from Lumen',
      text: 'Which note is listed under **Show pending changes**?',
      createdAt: '2026-10-27T10:18:40.000Z',
    },
  ],
  createdAt: '2026-10-27T08:42:13.000Z',
};

function seedTicket(
  reference: string,
  status: SeedTicket['status'],
  createdAt: string,
  widgetKey = 'wk_demo',
): SeedTicket {
  const history: SeedTicket['statusHistory'] =
    status === 'received'
      ? [{ status, at: createdAt }]
      : [
          { status: 'received', at: createdAt },
          { status, at: createdAt },
        ];
  return {
    widgetKey,
    reference,
    accessKey: `${reference.toLowerCase()}-access-key-0123456789`,
    email: `${reference.toLowerCase()}@example.com`,
    name: `Requester of ${reference}`,
    subject: `Subject of ${reference}`,
    locale: 'en',
    status,
    statusHistory: history,
    comments: [{ author: 'customer', authorName: `Requester of ${reference}`, text: 'Help!', createdAt }],
    createdAt,
  };
}

const demoWidget = demoContent.widgets.find((widget) => widget.key === 'wk_demo') ?? demoContent.widgets[0]!;

/** The offline form of `wk_other`: a required plan and an optional billing email. @internal */
export const otherOfflineForm: readonly WidgetFormField[] = [
  {
    name: 'plan',
    label: { en: 'Your plan' },
    type: 'select',
    required: true,
    options: [
      { value: 'free', label: { en: 'Free' } },
      { value: 'plus', label: { en: 'Plus' } },
    ],
  },
  { name: 'billingEmail', label: { en: 'Billing email' }, type: 'email', required: false },
];

/**
 * What ticket tests start with: the demo widgets (`wk_demo` without extra offline-form fields), a copy of
 * `wk_demo` named `wk_other` with {@link otherOfflineForm}, and one ticket in
 * each status (`PRL-4821` waiting on Ada, `PRL-4907` received, `PRL-4750` solved, `PRL-4863` open,
 * `PRL-4700` closed, and `PRL-9999` of `wk_other`).
 * @internal
 */
export const ticketTestContent: SeedContent = {
  widgets: [
    // The demo widget without extra offline-form fields, whatever the demo content asks.
    ...demoContent.widgets.map((widget) =>
      widget.key === 'wk_demo' ? { ...widget, forms: { ...widget.forms, offline: [] } } : widget,
    ),
    { ...demoWidget, key: 'wk_other', forms: { preChat: [], offline: otherOfflineForm } },
  ],
  tickets: [
    adaTicket,
    seedTicket('PRL-4907', 'received', '2026-11-01T19:26:51.000Z'),
    seedTicket('PRL-4750', 'solved', '2026-10-12T02:14:05.000Z'),
    seedTicket('PRL-4863', 'open', '2026-10-30T14:03:22.000Z'),
    seedTicket('PRL-4700', 'closed', '2026-10-01T09:00:00.000Z'),
    seedTicket('PRL-9999', 'open', '2026-10-20T09:00:00.000Z', 'wk_other'),
  ],
};

/** A valid offline form. @internal */
export const offlineForm: CreateTicketRequest = {
  email: 'Noor@Example.com',
  name: 'Noor Haddad',
  subject: 'Export to PDF cuts off the last page',
  message: 'The last page is missing from every PDF export.',
  context: { pageUrl: 'https://lumen.example/app/export', locale: 'en' },
};

/** `POST /v1/tickets`; fails the test unless it answers 201. @internal */
export async function createTicket(
  engine: TestEngine,
  token: string,
  form: Partial<CreateTicketRequest> = {},
): Promise<CreatedTicket> {
  const response = await engine.request('POST', '/v1/tickets', { token, body: { ...offlineForm, ...form } });
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedTicket;
}

/** The events the log holds for a contact (or `'team'`), oldest first. @internal */
export function eventsFor(engine: TestEngine, audience: string): Promise<RealtimeEvent[]> {
  return engine.store.events.after(audience, 0, 1000);
}
