import type { WidgetConfig } from '@parley/contract';
import type { ChatwootBackendOptions } from '../chatwootBackend';

/**
 * The widget config of a Chatwoot inbox, built from the adapter's options (Chatwoot has no such thing).
 * `capabilities` say what a browser can have from Chatwoot's Client API: conversations, attachments (sent
 * with the message), realtime (ActionCable), identity (`identifier_hash`) and, unless `rating: false`, the
 * CSAT survey; never tickets or a knowledge base (nor, with it, article feedback), so the widget hides
 * those views.
 * @internal
 */
export function toWidgetConfig(
  options: ChatwootBackendOptions,
  request: { widgetKey: string; locale?: string | undefined },
): WidgetConfig {
  const locale = options.locale ?? request.locale ?? 'en';
  return {
    widgetKey: request.widgetKey,
    locale,
    availableLocales: [locale],
    brand: { name: options.name ?? 'Support', color: options.color ?? '#1f93ff' },
    greeting: options.greeting ?? { title: 'Hi', message: '' },
    availability: null,
    forms: { preChat: [], offline: [] },
    // Chatwoot's limits: 150,000 characters, 40 MB per file, 15 files per message.
    limits: {
      messageMaxLength: 150_000,
      attachmentMaxBytes: 40 << 20,
      // Any type: Chatwoot takes any file.
      attachmentTypes: [],
      attachmentsPerMessage: 15,
    },
    identity: { verification: options.identityVerification ?? 'optional' },
    bot: null,
    triggers: [],
    ...options.config,
    capabilities: {
      conversations: true,
      tickets: false,
      knowledgeBase: false,
      attachments: true,
      realtime: true,
      rating: options.rating ?? true,
      identity: true,
    },
  };
}
