import type { EventPollResponse, RealtimeEvent } from '@parley/contract';
import type {
  Backend,
  EventPollRequest,
  EventStreamHandlers,
  EventStreamRequest,
} from '../../backend/Backend';
import { ParleyError } from '../../errors/ParleyError';

/** One stream opened on the fake backend, driven by the test. @internal */
export interface FakeStream {
  readonly request: EventStreamRequest;
  /** Whether the client aborted it. */
  aborted(): boolean;
  /** The stream opens, with the heartbeat window the backend asks for, if any. */
  open(heartbeatMs?: number): void;
  send(...events: RealtimeEvent[]): void;
  /** A heartbeat comment (or an id-only block, with `id`). */
  beat(id?: string): void;
  /** The backend closes the stream. */
  end(): void;
  fail(error: unknown): void;
}

/** One long poll waiting on the fake backend. @internal */
export interface FakePoll {
  readonly request: EventPollRequest;
  answer(response: EventPollResponse): void;
  fail(error: unknown): void;
}

/**
 * Test helper: a Backend whose realtime members record every call and let the test decide what happens.
 * @internal
 */
export function createFakeRealtimeBackend(members: { stream?: boolean; poll?: boolean } = {}) {
  const streams: FakeStream[] = [];
  const polls: FakePoll[] = [];
  const backend: Pick<Backend, 'openEvents' | 'pollEvents'> = {};
  if (members.stream !== false) {
    backend.openEvents = (request: EventStreamRequest, handlers: EventStreamHandlers) =>
      new Promise<void>((resolve, reject) => {
        const signal = request.signal;
        signal?.addEventListener('abort', () =>
          reject(new ParleyError('aborted', 'The stream was aborted.')),
        );
        streams.push({
          request,
          aborted: () => signal?.aborted === true,
          open: (heartbeatMs) => handlers.onOpen(heartbeatMs),
          send: (...events) => {
            for (const event of events) {
              handlers.onActivity();
              handlers.onEvent(event);
            }
          },
          beat: (id) => (handlers.onActivity as (id?: string) => void)(id),
          end: () => resolve(),
          fail: reject,
        });
      });
  }
  if (members.poll) {
    backend.pollEvents = (request: EventPollRequest) =>
      new Promise<EventPollResponse>((resolve, reject) => {
        request.signal?.addEventListener('abort', () =>
          reject(new ParleyError('aborted', 'The poll was aborted.')),
        );
        polls.push({ request, answer: resolve, fail: reject });
      });
  }
  return {
    backend,
    streams,
    polls,
    /** The newest stream. */
    lastStream(): FakeStream {
      const stream = streams.at(-1);
      if (!stream) throw new Error('No stream was opened.');
      return stream;
    },
    lastPoll(): FakePoll {
      const poll = polls.at(-1);
      if (!poll) throw new Error('No poll was made.');
      return poll;
    },
  };
}

/** Test helper: a valid realtime event with this id. @internal */
export function presenceEvent(id: string, agentsOnline = 1): RealtimeEvent {
  return { id, type: 'agent.presence', data: { agentsOnline } };
}

/** Test helper: a `reset` event with this id. @internal */
export function resetEvent(id: string): RealtimeEvent {
  return { id, type: 'reset', data: { reason: 'too_old' } };
}
