import type { VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { useShell } from '../components/ShellContext';
import { errorMessage } from '../i18n/messages';
import type { WidgetRoute } from '../navigation/WidgetRoute';
import { HomeView } from './home/HomeView';
import { loadedView, loadView } from './loadView';

/** Props of {@link CurrentView}. */
export interface CurrentViewProps {
  route: WidgetRoute;
}

type Renderer = (route: WidgetRoute) => VNode;

const renderHome: Renderer = () => <HomeView />;

/** How a route renders now: home always, another view once its code has loaded. */
function rendererOf(route: WidgetRoute): Renderer | undefined {
  // A view's renderer is only ever given a route of that view.
  return route.view === 'home' ? renderHome : (loadedView(route.view) as Renderer | undefined);
}

/**
 * The view of the route on top of the navigation stack. Home ships with the widget; every other view loads
 * on first use, with the views' styles and English texts (see loadView.tsx). Until it has, the view before it stays, so that nothing the visitor does
 * is lost (the letters typed after the first one that opened the search), with a quiet loading line if
 * loading takes long; with no view before it, the loading line alone. A view that cannot load shows an
 * error with Try again.
 */
export function CurrentView({ route }: CurrentViewProps) {
  const { messages } = useShell();
  const render = rendererOf(route);
  const lastShown = useRef<WidgetRoute | undefined>(undefined);
  const [failedRoute, setFailedRoute] = useState<WidgetRoute>();
  const [attempt, setAttempt] = useState(0);
  const [, setLoadedCount] = useState(0);

  useEffect(() => {
    if (render || route.view === 'home') return;
    let current = true;
    loadView(route.view).then(
      () => current && setLoadedCount((count) => count + 1),
      () => current && setFailedRoute(route),
    );
    return () => {
      current = false;
    };
  }, [route, render, attempt]);

  if (!render && failedRoute === route) {
    // The notice stays while trying again, so that focus stays on its button until the view arrives.
    return (
      <ErrorNotice
        message={errorMessage(messages, 'network')}
        retryLabel={messages.retry}
        onRetry={() => setAttempt(attempt + 1)}
      />
    );
  }
  if (render) lastShown.current = route;
  const shown = lastShown.current;
  const renderShown = shown && rendererOf(shown);
  // One shape whether loading or not, so that the view shown meanwhile keeps its state and focus.
  return (
    <>
      {!render && (
        <p class="parley-status parley-view-loading" role="status">
          {messages.loading}
        </p>
      )}
      {shown && renderShown?.(shown)}
    </>
  );
}
