import { articleStyles } from '../views/article/articleStyles';
import { conversationStyles } from '../views/conversation/conversationStyles';
import { conversationsStyles } from '../views/conversations/conversationsStyles';
import { newConversationStyles } from '../views/newConversation/newConversationStyles';
import { offlineFormStyles } from '../views/offlineForm/offlineFormStyles';
import { ticketsStyles } from '../views/tickets/ticketsStyles';
import { contentStyles } from './contentStyles';

/**
 * The styles of every view beyond home, one sheet that arrives with the first of them (views/CurrentView.tsx).
 * The views share pieces of each other's styles (the composer, fields, the primary button), so they travel
 * together: rendered content, then each view's.
 * @internal
 */
export const viewStyles = [
  contentStyles,
  articleStyles,
  conversationsStyles,
  conversationStyles,
  newConversationStyles,
  ticketsStyles,
  offlineFormStyles,
].join('\n');
