// Starts the reference server (packages/server/dist) in a child process and talks to it over IPC; see
// serverChild.mjs.
import { fork } from 'node:child_process';

const CHILD = new URL('./serverChild.mjs', import.meta.url);
const REPLY_TIMEOUT_MS = 30_000;

/**
 * Starts a server on 127.0.0.1 with a free port over the SQLite file `database`, with engine `settings`;
 * `execArgv` adds Node options to the server process (such as `--cpu-prof` when looking into a result).
 * @returns `{ url, stats(), close(), kill(), errors }`: `stats()` gives the server process's memory (after
 *   a garbage collection), active handles by kind, event-loop utilisation since the previous call and CPU
 *   time used so far (`cpuMs`, all threads); `errors` collects what the server
 *   logged as errors; `close()` stops the server (ending open streams) and waits for the process to exit.
 */
export async function startServerProcess({ database, settings = {}, execArgv = [] }) {
  const child = fork(CHILD, [], {
    // `stats()` collects garbage first, so its heap and RSS figures compare across calls.
    execArgv: ['--expose-gc', ...execArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const errors = [];
  const waiting = new Map();
  let nextId = 1;
  let exited = false;
  const exit = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      for (const { reject } of waiting.values())
        reject(new Error(`the server process exited (${code ?? signal})`));
      waiting.clear();
      resolve();
    });
  });
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server process did not start')), REPLY_TIMEOUT_MS);
    child.once('error', reject);
    child.on('message', (message) => {
      if (message.op === 'ready') {
        clearTimeout(timer);
        resolve();
      } else if (message.op === 'log') {
        errors.push(`${message.message}: ${message.error}`);
      } else if (waiting.has(message.id)) {
        const { resolve: answer, reject: fail, timer: replyTimer } = waiting.get(message.id);
        waiting.delete(message.id);
        clearTimeout(replyTimer);
        if (message.error !== undefined) fail(new Error(message.error));
        else answer(message);
      }
    });
  });
  const ask = (op, options) =>
    new Promise((resolve, reject) => {
      if (exited) {
        reject(new Error('the server process has exited'));
        return;
      }
      const id = nextId++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`the server process did not answer "${op}" within ${REPLY_TIMEOUT_MS / 1000} s`));
      }, REPLY_TIMEOUT_MS);
      waiting.set(id, { resolve, reject, timer });
      child.send({ id, op, options });
    });
  const kill = () => {
    if (!exited) child.kill('SIGKILL');
  };

  try {
    await ready;
    const { url } = await ask('start', { database, settings });
    return {
      url,
      errors,
      pid: child.pid,
      stats: async () => (await ask('stats')).stats,
      async close() {
        if (exited) return;
        try {
          await ask('close');
        } finally {
          const timer = setTimeout(kill, 5_000);
          await exit;
          clearTimeout(timer);
        }
      },
      kill,
    };
  } catch (error) {
    kill();
    throw error;
  }
}
