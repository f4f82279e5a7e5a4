import type { ComponentChildren } from 'preact';
import { useAvailability } from '../../availability/useAvailability';
import { useShell } from '../../components/ShellContext';
import { contactRoute } from './contactRoute';

/** Props of {@link ContactAction}. @internal */
export interface ContactActionProps {
  /** The button's text. */
  label: string;
  /** Shown above the button (the availability line, "Still need help?"), hidden along with it. */
  children?: ComponentChildren;
}

/**
 * The way out of self-service: a button to write to the team, leading to a new conversation or, while the
 * team is away (or without chat), to the offline form. Renders nothing when the backend offers neither.
 * @internal
 */
export function ContactAction({ label, children }: ContactActionProps) {
  const { config, navigation } = useShell();
  const route = contactRoute(config.capabilities, useAvailability(config.availability));
  return route ? (
    <div class="parley-kb-contact">
      {children}
      <button type="button" class="parley-kb-primary" onClick={() => navigation.push(route)}>
        {label}
      </button>
    </div>
  ) : null;
}
