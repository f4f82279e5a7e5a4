import type { VisitorSnapshot } from '@parley/core';
import type { WidgetTheme } from '../components/Widget';
import type { WidgetRoute } from '../navigation/WidgetRoute';

/** What `widget.getState()` (npm) and `Parley('getState')` (script tag) return: a copy, taken when asked. */
export interface WidgetState {
  /** Whether the widget has its texts and configuration (see the `ready` event). */
  ready: boolean;
  /** Whether the panel is open. */
  open: boolean;
  /** Whether the widget's own launcher shows (`show`/`hide`; never with a launcher of the host's own). */
  launcherVisible: boolean;
  /** Where the panel is (or opens again): the route on top of its stack. */
  route: WidgetRoute;
  /** Unread messages from the team (0 until the visitor has a session). */
  unread: number;
  /** The language the widget speaks (BCP 47), as resolved from `locale`, the page and the browser. */
  locale: string;
  /** The colour scheme asked for; `undefined` follows the widget configuration's. */
  theme: WidgetTheme | undefined;
  /** Who the widget speaks for: the session's status, and the contact once there is one. */
  visitor: {
    status: VisitorSnapshot['status'];
    /** `null` before a session exists. */
    contactId: string | null;
    /** Whether the contact is a user identified with a verified hash or JWT. */
    identified: boolean;
  };
}
