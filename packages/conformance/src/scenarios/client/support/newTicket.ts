import type { ClientScenarioContext } from '../../../client/ClientScenarioContext';

/** The offline form of a new ticket, with a unique email and subject. @internal */
export function newTicket(ctx: ClientScenarioContext): {
  email: string;
  name: string;
  subject: string;
  message: string;
} {
  return {
    email: `${ctx.unique('requester').toLowerCase()}@example.com`,
    name: 'Conformance Check',
    subject: `Conformance check ${ctx.unique('ticket')}`,
    message: 'The export to PDF cuts off the last page.',
  };
}
