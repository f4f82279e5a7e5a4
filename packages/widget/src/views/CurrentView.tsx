import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { useWidget } from '../components/WidgetContext';
import { errorMessage } from '../i18n/messages';
import type { WidgetRoute } from '../navigation/WidgetRoute';
import { HomeView } from './home/HomeView';
import { type LazyView, loadedView, loadView, type RouteRenderer } from './loadView';

/** Props of {@link CurrentView}. */
export interface CurrentViewProps {
  route: WidgetRoute;
}

/**
 * The view of the route on top of the navigation stack. Home ships with the widget; every other view loads
 * on first use (see loadView.tsx), with a quiet loading line, and an error with Try again when it cannot load.
 */
export function CurrentView({ route }: CurrentViewProps) {
  return route.view === 'home' ? <HomeView /> : <LazyRoute route={route} />;
}

function LazyRoute({ route }: { route: Extract<WidgetRoute, { view: LazyView }> }) {
  const { messages } = useWidget();
  const { view } = route;
  const render: RouteRenderer | undefined = loadedView(view);
  const [failedView, setFailedView] = useState<LazyView>();
  const [attempt, setAttempt] = useState(0);
  const [, setLoadedCount] = useState(0);

  useEffect(() => {
    if (render) return;
    let current = true;
    loadView(view).then(
      () => current && setLoadedCount((count) => count + 1),
      () => current && setFailedView(view),
    );
    return () => {
      current = false;
    };
  }, [view, render, attempt]);

  if (render) return render(route);
  if (failedView === view) {
    // The notice stays while trying again, so that focus stays on its button until the view arrives.
    return (
      <ErrorNotice
        message={errorMessage(messages, 'network')}
        retryLabel={messages.retry}
        onRetry={() => setAttempt(attempt + 1)}
      />
    );
  }
  return (
    <p class="parley-status parley-view-loading" role="status">
      {messages.loading}
    </p>
  );
}
