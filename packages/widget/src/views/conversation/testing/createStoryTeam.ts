import type { MessagePart } from '@parley/core';

/**
 * The agent token of the engine that stories playing the team run on: the reference server's demo token
 * (`DEMO_AGENT_TOKEN` of `parley --demo`). @internal
 */
export const STORY_AGENT_TOKEN = 'demo-agent-token';

/** Who on the team writes; the server's default agent when left out. @internal */
export interface StoryAgent {
  name: string;
  avatarUrl?: string;
}

/** The support team's side of a story, over the reference server's agent API. @internal */
export interface StoryTeam {
  /** A reply from a person (who takes the conversation over from the bot, with an `assigned` event). */
  reply(
    conversationId: string,
    text: string,
    options?: { parts?: MessagePart[]; author?: StoryAgent },
  ): Promise<void>;
  /** Starts (or stops) the team's typing indicator. */
  typing(conversationId: string, typing?: boolean): Promise<void>;
  /** Resolves (or reopens) the conversation. */
  status(conversationId: string, status: 'open' | 'resolved'): Promise<void>;
  /** Marks everything up to `messageId` read by the team. */
  read(conversationId: string, messageId: string): Promise<void>;
  /** The team's view of the conversation's messages, oldest first. */
  messages(conversationId: string): Promise<{ id: string; author: { kind: string } }[]>;
}

/**
 * Plays the team in stories and tests: `/v1/agent/...` requests with the agent token, answered by the
 * reference engine behind MSW (see `createTeamHandlers`), so the widget sees replies arrive over realtime
 * exactly as from a real inbox.
 * @internal
 */
export function createStoryTeam(baseUrl: string): StoryTeam {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}/v1/agent/conversations/${path}`, {
      method,
      headers: { authorization: `Bearer ${STORY_AGENT_TOKEN}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`[parley] agent API ${method} ${path}: ${response.status}`);
    return response.status === 204 ? undefined : response.json();
  };
  return {
    reply: async (id, text, { parts, author } = {}) => {
      await call('POST', `${id}/messages`, { text, ...(parts && { parts }), ...(author && { author }) });
    },
    typing: async (id, typing = true) => {
      await call('POST', `${id}/typing`, { typing });
    },
    status: async (id, status) => {
      await call('PUT', `${id}/status`, { status });
    },
    read: async (id, messageId) => {
      await call('POST', `${id}/read`, { messageId });
    },
    messages: async (id) => (await call('GET', `${id}/messages?limit=100`)).data,
  };
}
