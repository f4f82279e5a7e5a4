import { useMemo } from 'preact/hooks';
import { useAvailability } from '../../availability/useAvailability';
import { useShell } from '../../components/ShellContext';
import { useImported } from '../../hooks/useImported';
import { useStore } from '../../hooks/useStore';
import { availabilityText } from '../../i18n/availabilityText';
import { createFormatter } from '../../i18n/createFormatter';
import { SearchBox } from '../search/SearchBox';
import { ContactAction } from './ContactAction';
import { SuggestedArticles } from './SuggestedArticles';

/** The recent conversation's card: loaded for a visitor with a session, the only one who can have one. */
const loadRecentConversation = () =>
  import('./RecentConversation').then((module) => module.RecentConversation);

/**
 * The first view, self-service first: the greeting, the help-centre search box, the recent conversation,
 * articles suggested for the page, then the way to the team with when it answers ("We usually reply in
 * 2 hours", or when it is back), and "Check a request". Whatever the backend's capabilities leave out is
 * not shown.
 * @internal
 */
export function HomeView() {
  const { client, config, messages, locale, navigation } = useShell();
  const { home } = messages;
  const { capabilities } = config;
  const { contact } = useStore(client.session.visitor);
  const format = useMemo(() => createFormatter(locale, messages), [locale, messages]);
  const availability = availabilityText(useAvailability(config.availability), messages, format);
  const RecentConversation = useImported(
    capabilities.conversations && contact ? loadRecentConversation : undefined,
  );
  return (
    <div class="parley-home">
      <div>
        <h3 class="parley-greeting-title">
          {contact?.name ? home.greetingNamed(contact.name) : config.greeting.title || home.greetingTitle}
        </h3>
        <p class="parley-greeting-message">{config.greeting.message || home.greetingMessage}</p>
      </div>
      {capabilities.knowledgeBase && <SearchBox query="" />}
      {RecentConversation && <RecentConversation />}
      {capabilities.knowledgeBase && <SuggestedArticles />}
      <ContactAction label={home.newConversation}>{availability && <p>{availability}</p>}</ContactAction>
      {capabilities.tickets && (
        <button
          type="button"
          class="parley-kb-link"
          onClick={() => navigation.push({ view: 'ticketLookup' })}
        >
          {home.checkRequest}
        </button>
      )}
    </div>
  );
}
