import { createClient, createMemoryStorage, type ParleyClient } from '@parley/core';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { WidgetStory, type WidgetStoryProps } from '../../../testing/WidgetStory';

/** Props of {@link TicketStory}. @internal */
export interface TicketStoryProps extends Omit<WidgetStoryProps, 'route' | 'prepare'> {
  /**
   * Finds or makes the ticket to show (look it up, create it, have the team act on it), with a client of
   * the same visitor as the widget's: the ticket is readable by the widget afterwards.
   * @returns the ticket's id.
   */
  ticket: (client: ParleyClient) => Promise<string>;
}

/**
 * The widget open on a ticket that only exists once the story has prepared it. A ticket is readable by
 * the visitor who created or looked it up, so the preparing client and the widget's share one storage,
 * and with it one session.
 * @internal
 */
export function TicketStory({
  ticket,
  clientOptions,
  language,
  widgetKey = 'wk_demo',
  ...props
}: TicketStoryProps) {
  const options = useMemo(() => ({ ...clientOptions, storage: createMemoryStorage() }), [clientOptions]);
  const [ticketId, setTicketId] = useState<string>();
  useEffect(() => {
    const client = createClient({
      baseUrl: window.location.origin,
      widgetKey,
      ...(language ? { locale: language } : {}),
      ...options,
    });
    void ticket(client).then((id) => {
      client.destroy();
      setTicketId(id);
    });
    return () => client.destroy();
  }, [ticket, options, widgetKey, language]);
  const route = useMemo(() => ticketId && { view: 'ticket' as const, ticketId }, [ticketId]);
  return route ? (
    <WidgetStory
      {...props}
      {...(language && { language })}
      route={route}
      clientOptions={options}
      widgetKey={widgetKey}
    />
  ) : null;
}
