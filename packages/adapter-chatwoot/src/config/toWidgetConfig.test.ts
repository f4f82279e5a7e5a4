import { describe, expect, it } from 'vitest';
import { toWidgetConfig } from './toWidgetConfig';

describe('toWidgetConfig', () => {
  it('builds the config from the options, with what Chatwoot cannot offer turned off', () => {
    const config = toWidgetConfig(
      {
        baseUrl: 'https://chat.example',
        inboxIdentifier: 'inbox',
        name: 'Lumen',
        color: '#112233',
        greeting: { title: 'Hello', message: 'We reply fast.' },
        locale: 'fr',
        rating: false,
        identityVerification: 'required',
        config: { triggers: [], bot: { name: 'Lumen bot', avatarUrl: null } },
      },
      { widgetKey: 'wk', locale: 'en' },
    );
    expect(config).toMatchObject({
      widgetKey: 'wk',
      locale: 'fr',
      availableLocales: ['fr'],
      brand: { name: 'Lumen', color: '#112233' },
      greeting: { title: 'Hello', message: 'We reply fast.' },
      identity: { verification: 'required' },
      bot: { name: 'Lumen bot', avatarUrl: null },
      capabilities: {
        conversations: true,
        tickets: false,
        knowledgeBase: false,
        attachments: true,
        realtime: true,
        rating: false,
        identity: true,
      },
    });
  });

  it('defaults to the client locale and offers the CSAT rating', () => {
    const config = toWidgetConfig(
      { baseUrl: 'https://chat.example', inboxIdentifier: 'inbox' },
      { widgetKey: 'wk', locale: 'de' },
    );
    expect(config.locale).toBe('de');
    expect(config.capabilities.rating).toBe(true);
    expect(config.limits.attachmentsPerMessage).toBe(15);
  });

  it('does not let `config` change the capabilities', () => {
    const config = toWidgetConfig(
      // A script may pass anything; the capabilities stay the adapter's.
      {
        baseUrl: 'https://chat.example',
        inboxIdentifier: 'inbox',
        config: { capabilities: { tickets: true } } as never,
      },
      { widgetKey: 'wk' },
    );
    expect(config.capabilities.tickets).toBe(false);
  });
});
