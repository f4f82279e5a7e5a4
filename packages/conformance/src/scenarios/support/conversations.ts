import { Conversation, Message, MessagePage } from '@parley/contract';
import type { ScenarioContext } from '../../runner/ScenarioContext';

/** `POST /v1/conversations` with a first message; returns the conversation and the message's client id. @internal */
export async function startConversation(
  ctx: ScenarioContext,
  token: string,
  text = 'Hello, I have a question about my invoice.',
): Promise<{ conversation: Conversation; clientMessageId: string }> {
  const clientMessageId = ctx.unique('cm');
  const result = await ctx.request('POST', '/v1/conversations', {
    token,
    body: {
      message: { clientMessageId, text },
      context: { pageUrl: 'https://example.com/billing', pageTitle: 'Billing' },
    },
  });
  return { conversation: ctx.expectJson(result, 201, Conversation), clientMessageId };
}

/** `POST /v1/conversations/{id}/messages` with a fresh client id; expects 201 and returns the message. @internal */
export async function sendMessage(
  ctx: ScenarioContext,
  token: string,
  conversationId: string,
  text: string,
  clientMessageId = ctx.unique('cm'),
): Promise<Message> {
  const result = await ctx.request('POST', `/v1/conversations/${conversationId}/messages`, {
    token,
    body: { clientMessageId, text },
  });
  return ctx.expectJson(result, 201, Message);
}

/** Every message of a conversation, oldest first, paging back from the latest page (at most 20 pages). @internal */
export async function allMessages(
  ctx: ScenarioContext,
  token: string,
  conversationId: string,
): Promise<Message[]> {
  const pages: Message[][] = [];
  let before: string | undefined;
  for (let page = 0; page < 20; page += 1) {
    const result = await ctx.request('GET', `/v1/conversations/${conversationId}/messages`, {
      token,
      query: { before, limit: 100 },
    });
    const body = ctx.expectJson(result, 200, MessagePage);
    pages.unshift(body.data);
    if (body.nextCursor === null) break;
    before = body.nextCursor;
  }
  return pages.flat();
}
