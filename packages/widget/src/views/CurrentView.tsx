import type { WidgetRoute } from '../navigation/WidgetRoute';
import { ArticleView } from './article/ArticleView';
import { ConversationView } from './conversation/ConversationView';
import { ConversationListView } from './conversations/ConversationListView';
import { HomeView } from './home/HomeView';
import { NewConversationView } from './newConversation/NewConversationView';
import { OfflineFormView } from './offlineForm/OfflineFormView';
import { SearchView } from './search/SearchView';
import { TicketListView } from './tickets/TicketListView';
import { TicketLookupView } from './tickets/TicketLookupView';
import { TicketView } from './tickets/TicketView';

/** Props of {@link CurrentView}. */
export interface CurrentViewProps {
  route: WidgetRoute;
}

/**
 * The view of the route on top of the navigation stack. Each view is keyed by its route, so opening
 * another article or conversation starts the view afresh (scroll, drafts, focus).
 */
export function CurrentView({ route }: CurrentViewProps) {
  switch (route.view) {
    case 'home':
      return <HomeView />;
    case 'search':
      return <SearchView query={route.query} />;
    case 'article':
      return <ArticleView key={route.articleId} articleId={route.articleId} />;
    case 'conversations':
      return <ConversationListView />;
    case 'conversation':
      return <ConversationView key={route.conversationId} conversationId={route.conversationId} />;
    case 'newConversation':
      return <NewConversationView text={route.text} />;
    case 'ticketLookup':
      return <TicketLookupView />;
    case 'tickets':
      return <TicketListView />;
    case 'ticket':
      return <TicketView key={route.ticketId} ticketId={route.ticketId} />;
    case 'offlineForm':
      return <OfflineFormView text={route.text} />;
  }
}
