import { CreatedTicket } from '@parley/contract';
import type { ScenarioContext } from '../../runner/ScenarioContext';

/** Creates a ticket through the offline form for a session, with a unique email and subject. @internal */
export async function createTicket(
  ctx: ScenarioContext,
  token: string,
  options: { email?: string; idempotencyKey?: string } = {},
): Promise<CreatedTicket & { email: string; subject: string }> {
  const email = options.email ?? `${ctx.unique('requester').toLowerCase()}@example.com`;
  const subject = `Conformance check ${ctx.unique('ticket')}`;
  const result = await ctx.request('POST', '/v1/tickets', {
    token,
    body: { email, name: 'Conformance Check', subject, message: 'The export to PDF cuts off the last page.' },
    ...(options.idempotencyKey === undefined
      ? {}
      : { headers: { 'Idempotency-Key': options.idempotencyKey } }),
  });
  return { ...ctx.expectJson(result, 201, CreatedTicket), email, subject };
}

/** A reference in the contract's format that no ticket is likely to have. @internal */
export function unlikelyReference(): string {
  return `ZZ-${String(Math.floor(Math.random() * 90_000_000) + 10_000_000)}`;
}
