import { type ClientOptions, createClient, createMemoryStorage, type ParleyClient } from '@parley/core';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Widget, type WidgetTheme } from '../components/Widget';
import type { WidgetLanguage } from '../i18n/widgetLanguages';
import { createNavigation } from '../navigation/createNavigation';
import type { WidgetRoute } from '../navigation/WidgetRoute';
import { allCatalogs } from './allCatalogs';

/** What a story of a view chooses. */
export interface WidgetStoryProps {
  /** The view the panel opens on. @default home */
  route?: WidgetRoute;
  /** The widget's language; also sent to the backend. @default 'en' */
  language?: WidgetLanguage;
  theme?: WidgetTheme;
  /** @default the language's */
  dir?: 'ltr' | 'rtl';
  /** The demo widget unless given; an unknown key shows the configuration error. @default 'wk_demo' */
  widgetKey?: string;
  /** More client options (a short `timeoutMs` for error stories, an offline `fetch`, a shared `storage`...). */
  clientOptions?: Partial<ClientOptions>;
  /**
   * Prepares the backend before the widget shows (identify, send a message, create a ticket...): the
   * widget appears once it resolves.
   */
  prepare?: (client: ParleyClient) => Promise<void>;
}

/**
 * The real widget, open on one view, with a real client talking to the reference engine through MSW (see
 * `.storybook/preview.tsx`). Every view's stories render through it, so a story shows exactly what a
 * visitor would see. Each story gets its own client: nothing is shared between stories.
 * @internal
 */
export function WidgetStory({
  route = { view: 'home' },
  language = 'en',
  theme = 'light',
  dir,
  widgetKey = 'wk_demo',
  clientOptions,
  prepare,
}: WidgetStoryProps) {
  const client = useMemo(
    () =>
      createClient({
        baseUrl: window.location.origin,
        widgetKey,
        locale: language,
        // Each story starts as a new visitor: no session or outbox is shared through IndexedDB.
        storage: createMemoryStorage(),
        ...clientOptions,
      }),
    [widgetKey, language, clientOptions],
  );
  const navigation = useMemo(() => createNavigation(route), [route]);
  const [ready, setReady] = useState(!prepare);
  const [open, setOpen] = useState(true);
  useEffect(() => {
    if (prepare) void prepare(client).then(() => setReady(true));
    return () => client.destroy();
  }, [client, prepare]);
  if (!ready) return null;
  return (
    <Widget
      client={client}
      open={open}
      onOpenChange={setOpen}
      messages={allCatalogs[language]}
      theme={theme}
      dir={dir ?? (language === 'ar' ? 'rtl' : 'ltr')}
      locale={language}
      navigation={navigation}
      idPrefix="story"
    />
  );
}
