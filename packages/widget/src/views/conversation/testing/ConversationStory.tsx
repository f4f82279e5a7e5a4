import { type ClientOptions, createClient, createMemoryStorage, type ParleyClient } from '@parley/core';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { WidgetStory, type WidgetStoryProps } from '../../../testing/WidgetStory';
import { createStoryTeam, type StoryTeam } from './createStoryTeam';

/** Props of {@link ConversationStory}. @internal */
export interface ConversationStoryProps extends Omit<WidgetStoryProps, 'route' | 'prepare'> {
  /**
   * Writes the conversation before the widget shows: as the visitor with `client` (same session as the
   * widget's), as the team with `team`. Resolves with the conversation's id.
   */
  setup: (client: ParleyClient, team: StoryTeam) => Promise<string>;
  /** What the team does once the widget shows the conversation and is connected (typing...). */
  live?: (team: StoryTeam, conversationId: string) => Promise<void>;
}

/** Resolves when `client`'s realtime connection is up. */
function online(client: ParleyClient): Promise<void> {
  return new Promise((resolve) => {
    const stop = client.connection.subscribe(() => {
      if (client.connection.getSnapshot() !== 'online') return;
      stop();
      resolve();
    });
  });
}

/**
 * The widget open on a conversation written beforehand by the story. A setup client shares the widget's
 * storage, hence its session: the conversation is the visitor's own. The wrapper carries the id
 * (`data-conversation-id`) for play functions that act as the team, and `data-online` once the widget's
 * realtime connection is up (replies from then on arrive live).
 * @internal
 */
export function ConversationStory({ setup, live, clientOptions, ...props }: ConversationStoryProps) {
  const options = useMemo<Partial<ClientOptions>>(
    () => ({ storage: createMemoryStorage(), ...clientOptions }),
    [clientOptions],
  );
  const [conversationId, setConversationId] = useState<string>();
  useEffect(() => {
    const team = createStoryTeam(window.location.origin);
    const client = createClient({
      baseUrl: window.location.origin,
      widgetKey: props.widgetKey ?? 'wk_demo',
      locale: props.language ?? 'en',
      ...options,
    });
    void setup(client, team)
      .then(setConversationId)
      .finally(() => client.destroy());
  }, [options]);
  const [connected, setConnected] = useState(false);
  const prepare = useMemo(
    () => async (client: ParleyClient) => {
      // Not awaited: the widget must show (and connect) first.
      void online(client).then(() => {
        setConnected(true);
        if (live && conversationId) void live(createStoryTeam(window.location.origin), conversationId);
      });
    },
    [live, conversationId],
  );
  // One route object per conversation: WidgetStory makes a new navigation for a new route.
  const route = useMemo(
    () => conversationId && ({ view: 'conversation', conversationId } as const),
    [conversationId],
  );
  if (!route) return null;
  return (
    <div data-conversation-id={route.conversationId} data-online={connected || undefined}>
      <WidgetStory {...props} route={route} clientOptions={options} prepare={prepare} />
    </div>
  );
}
