import type { RealtimeEvent } from '@parley/contract';
import type { Engine } from '../app/Engine';
import { audienceKey } from './createEventHub';
import type { EventAudience } from './EventPublisher';
import { eventHubOf } from './eventHubOf';
import { readBacklog } from './readBacklog';

/** Options of {@link openEventStream}. @internal */
export interface EventStreamOptions {
  /** Whose events the stream carries. */
  audience: EventAudience;
  /** From `Last-Event-ID` (or `?lastEventId=`); `undefined` or empty to start live. */
  lastEventId: string | undefined;
  /** The request's signal: the stream ends when the client goes away. */
  signal: AbortSignal;
  /**
   * Asked at every heartbeat; the stream ends when it answers `false` (the session ended, expired or moved
   * to another contact), and the client's reconnect then gets the current answer.
   */
  isStillAuthorized?: () => Promise<boolean>;
}

/** Headers of every event stream answer. @internal */
export const eventStreamHeaders: Readonly<Record<string, string>> = {
  'Content-Type': 'text/event-stream',
  'Cache-Control': 'no-store',
  // nginx and similar proxies would otherwise hold events back to fill a buffer.
  'X-Accel-Buffering': 'no',
};

const REPLAY_PAGE = 500;
// Chunks waiting for a client that stopped reading; past this the stream ends and the client resumes later.
const MAX_QUEUED_CHUNKS = 1000;

function frame(event: RealtimeEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * Answers with a Server-Sent Events stream of one audience: `retry: 3000` first; then, with a
 * `lastEventId`, the events after it from the log (or a `reset` when they cannot be replayed); without one,
 * a bare `id:` line with the newest id, so that a reconnect resumes from where the stream started. Then
 * live events, and a `: heartbeat` comment every `settings.heartbeatMs`.
 *
 * It subscribes before reading the backlog and never sends an id twice, so nothing falls between replay
 * and live. Presence counts the stream while it is open. Uses only web streams and timers: it runs in MSW.
 * @internal
 */
export function openEventStream(engine: Engine, options: EventStreamOptions): Response {
  const { audience, lastEventId, signal, isStillAuthorized } = options;
  const hub = eventHubOf(engine);
  const log = engine.store.events;
  const encoder = new TextEncoder();
  let release = (): boolean => false;

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      let live = false;
      let lastSent = 0;
      const pending: RealtimeEvent[] = [];

      const end = (): void => {
        if (!release()) return;
        try {
          controller.close();
        } catch {
          // Already closed or errored: nothing left to end.
        }
      };
      const write = (text: string): void => {
        if (!open) return;
        if ((controller.desiredSize ?? 0) < -MAX_QUEUED_CHUNKS) {
          end();
          return;
        }
        controller.enqueue(encoder.encode(text));
      };
      const send = (event: RealtimeEvent): void => {
        const id = Number(event.id);
        if (id <= lastSent) return;
        lastSent = id;
        write(frame(event));
      };
      const beat = async (): Promise<void> => {
        write(': heartbeat\n\n');
        if (open && isStillAuthorized !== undefined && !(await isStillAuthorized())) end();
      };

      const unsubscribe = hub.subscribe(audience, (event) => {
        if (live) send(event);
        else pending.push(event);
      });
      const disconnect = hub.connect(audience);
      const heartbeat = setInterval(() => {
        beat().catch((error: unknown) => {
          engine.log.error('The event stream could not check its session', error);
          end();
        });
      }, engine.settings.heartbeatMs);
      release = () => {
        if (!open) return false;
        open = false;
        unsubscribe();
        disconnect();
        clearInterval(heartbeat);
        signal.removeEventListener('abort', end);
        return true;
      };
      signal.addEventListener('abort', end);
      if (signal.aborted) {
        end();
        return;
      }

      write('retry: 3000\n\n');
      const catchUp = async (): Promise<void> => {
        if (lastEventId === undefined || lastEventId === '') {
          lastSent = await log.latestId();
          write(`id: ${lastSent}\n\n`);
        } else {
          let from = lastEventId;
          for (;;) {
            const backlog = await readBacklog(log, audienceKey(audience), from, REPLAY_PAGE);
            if (backlog.kind === 'reset') {
              lastSent = Number(backlog.event.id);
              write(frame(backlog.event));
              break;
            }
            for (const event of backlog.events) send(event);
            if (backlog.events.length < REPLAY_PAGE || !open) break;
            from = String(lastSent);
          }
        }
        live = true;
        for (const event of pending.splice(0)) send(event);
      };
      catchUp().catch((error: unknown) => {
        engine.log.error('The event stream could not read the event log', error);
        end();
      });
    },
    cancel() {
      release();
    },
  });

  return new Response(body, { headers: eventStreamHeaders });
}
