import { RealtimeEvent } from '@parley/contract';
import type { ScenarioContext } from '../../runner/ScenarioContext';
import type { SseFrame } from '../../sse/SseFrame';

const KNOWN_TYPES = new Set<string>([
  'message.created',
  'message.updated',
  'conversation.updated',
  'typing',
  'read',
  'agent.presence',
  'ticket.updated',
  'ticket.comment.created',
  'reset',
]);

/**
 * Checks the framing of one event: an `id:` line, `event:` equal to the body's `type`, and a `data:` body
 * that is the whole event (matching `RealtimeEvent` for the types the contract defines) with the same id.
 * @internal
 */
export function checkFrame(ctx: ScenarioContext, frame: SseFrame): RealtimeEvent | undefined {
  if (!KNOWN_TYPES.has(frame.event)) return undefined;
  const event = ctx.expectSchema(RealtimeEvent, frame.json, `The data of the ${frame.event} event`);
  ctx.check(
    frame.id !== undefined && frame.id === event.id,
    'The event id line does not match the body id.',
    {
      expected: `id: ${event.id}`,
      actual: `id: ${frame.id ?? '(none)'}`,
    },
  );
  ctx.check(frame.event === event.type, 'The event line does not match the body type.', {
    expected: `event: ${event.type}`,
    actual: `event: ${frame.event}`,
  });
  return event;
}

/** Whether a frame is the `message.created` event of the message with this client id. @internal */
export function isMessageCreated(frame: SseFrame, clientMessageId: string): boolean {
  const data = (frame.json as { data?: { message?: { clientMessageId?: unknown } } } | undefined)?.data;
  return frame.event === 'message.created' && data?.message?.clientMessageId === clientMessageId;
}
