// The reference server in its own process, driven over IPC by startServerProcess.mjs, so that the
// benchmark's clients and the server do not share one event loop. Messages from the parent:
//   { id, op: 'start', options: { database, settings } }  -> { id, url }
//   { id, op: 'stats' }                                    -> { id, stats }
//   { id, op: 'close' }                                    -> { id }   (then this process exits)
// and, unasked, { op: 'log', message, error } for every error the server logs.
import { performance } from 'node:perf_hooks';

const distEntry = new URL('../../packages/server/dist/index.js', import.meta.url);
const { startServer } = await import(distEntry.href);

let server;
let lastUtilization = performance.eventLoopUtilization();

const log = {
  info() {},
  error(message, error) {
    process.send?.({
      op: 'log',
      message: String(message),
      error: error instanceof Error ? error.stack : String(error),
    });
  },
};

function stats() {
  globalThis.gc?.();
  const resources = {};
  for (const name of process.getActiveResourcesInfo()) resources[name] = (resources[name] ?? 0) + 1;
  const utilization = performance.eventLoopUtilization(lastUtilization);
  lastUtilization = performance.eventLoopUtilization();
  const { rss, heapUsed } = process.memoryUsage();
  const { user, system } = process.cpuUsage();
  // Event-loop utilisation since the previous `stats` call: how busy the server's main thread was (time
  // spent descheduled while running counts as busy: on a loaded machine, see the CPU time too).
  return {
    rss,
    heapUsed,
    resources,
    eventLoopUtilization: utilization.utilization,
    cpuMs: (user + system) / 1000,
  };
}

process.on('message', async ({ id, op, options }) => {
  try {
    if (op === 'start') {
      server = await startServer({ port: 0, host: '127.0.0.1', log, ...options });
      lastUtilization = performance.eventLoopUtilization();
      process.send({ id, url: server.url });
    } else if (op === 'stats') {
      process.send({ id, stats: stats() });
    } else if (op === 'close') {
      await server?.close();
      server = undefined;
      process.send({ id }, () => process.exit(0));
    }
  } catch (error) {
    process.send({ id, error: error instanceof Error ? error.stack : String(error) });
  }
});
// The benchmark went away (finished, crashed or killed): do not outlive it.
process.on('disconnect', () => process.exit(0));
process.send({ op: 'ready' });
