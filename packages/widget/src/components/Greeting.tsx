import type { WidgetConfig } from '@parley/core';

/** Props of {@link Greeting}. */
export interface GreetingProps {
  greeting: WidgetConfig['greeting'];
}

/** The welcome text at the top of the home view. Backend text is rendered as text, never as HTML. */
export function Greeting({ greeting }: GreetingProps) {
  return (
    <section>
      <p class="parley-greeting-title">{greeting.title}</p>
      <p class="parley-greeting-message">{greeting.message}</p>
    </section>
  );
}
