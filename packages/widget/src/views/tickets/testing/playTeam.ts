import type { TicketStatus } from '@parley/core';

/** The support team's side of tickets, through the reference server's agent API. @internal */
export interface Team {
  /** Answers a ticket as `name`. */
  reply(ticketId: string, text: string, name?: string): Promise<void>;
  /** Moves a ticket to `status` (`closed` is final). */
  setStatus(ticketId: string, status: TicketStatus): Promise<void>;
}

/**
 * Plays the support team in tests and stories: the reference engine's agent API (`/v1/agent/...`), which
 * answers only when the engine was created with `settings: { agentToken: token }`.
 * @internal
 */
export function playTeam(baseUrl: string, token: string): Team {
  const send = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}/v1/agent/tickets/${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`The agent API answered ${response.status} to ${method} ${path}.`);
  };
  return {
    reply: (ticketId, text, name = 'Priya from Lumen') =>
      send('POST', `${ticketId}/comments`, { text, author: { name } }),
    setStatus: (ticketId, status) => send('PUT', `${ticketId}/status`, { status }),
  };
}
