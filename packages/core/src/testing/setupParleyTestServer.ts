import type { Message } from '@parley/contract';
import { createParleyHandlers } from '@parley/server/msw';
import { setupServer } from 'msw/node';

/** Where tests reach the reference engine. @internal */
export const testBaseUrl = 'http://parley.test';
/** The agent token of the test engine. @internal */
export const testAgentToken = 'agent-test-token';

/**
 * An MSW server answering with the reference engine (memory store, demo content, no demo bot so that the
 * only messages are the test's own), and the team's side of it for checks that do not go through the client.
 * @internal
 */
export function setupParleyTestServer() {
  const server = setupServer(
    ...createParleyHandlers({
      baseUrl: testBaseUrl,
      settings: { agentToken: testAgentToken, demoBot: false, heartbeatMs: 60_000 },
    }),
  );
  const agentRequest = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const response = await fetch(`${testBaseUrl}/v1/agent${path}`, {
      method,
      headers: {
        authorization: `Bearer ${testAgentToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`Agent ${method} ${path} answered ${response.status}`);
    return response;
  };
  return {
    server,
    /** Every message of a conversation, as the team sees it (oldest first). */
    async teamMessages(conversationId: string): Promise<Message[]> {
      const messages: Message[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?before=${encodeURIComponent(cursor)}` : '';
        const page = (await (
          await agentRequest('GET', `/conversations/${conversationId}/messages${query}`)
        ).json()) as {
          data: Message[];
          nextCursor: string | null;
        };
        messages.unshift(...page.data);
        cursor = page.nextCursor;
      } while (cursor);
      return messages;
    },
    /** The team answers in a conversation. */
    async teamReply(conversationId: string, text: string): Promise<Message> {
      const response = await agentRequest('POST', `/conversations/${conversationId}/messages`, {
        clientMessageId: `team_${Math.random().toString(36).slice(2)}`,
        text,
      });
      return (await response.json()) as Message;
    },
  };
}
