import { isParleyError, ParleyError } from '@parley/core';
import type { WidgetInstance } from '../createWidgetInstance';
import { openNewMessage } from './openNewMessage';
import type { DeepLinkTarget } from './parseDeepLink';
import { showInPanel } from './showInPanel';

/**
 * Opens what a deep link asks for (see parseDeepLink). An email's one-time token is traded for a session of
 * the conversation's contact first; a token that no longer works (used, expired) still opens the panel, on
 * the conversation when the link named it (this device may already be its visitor's) or else on home, and
 * tells the host through the `error` event.
 * @returns once the panel shows the link's place.
 * @internal
 */
export async function openDeepLink(instance: WidgetInstance, target: DeepLinkTarget): Promise<void> {
  switch (target.kind) {
    case 'route':
      if (target.route.view === 'newConversation') await openNewMessage(instance, target.route.text);
      else showInPanel(instance, target.route);
      return;
    case 'ticket':
      showInPanel(instance, { view: 'ticketLookup', reference: target.reference });
      return;
    case 'token': {
      let conversationId = target.conversationId;
      try {
        conversationId = await instance.client.session.redeemLink(target.token);
      } catch (caught) {
        const error = isParleyError(caught)
          ? caught
          : new ParleyError('invalid_response', 'The conversation link did not open.', { cause: caught });
        instance.emit('error', { error });
      }
      if (instance.isDestroyed()) return;
      showInPanel(instance, conversationId ? { view: 'conversation', conversationId } : { view: 'home' });
    }
  }
}
