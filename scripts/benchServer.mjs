// `npm run bench:server`: measures the reference server the way the design's budgets are stated. Run
// `npm run build` first: this script uses packages/server/dist (and the contract's dist it imports).
//
// Three parts, each against its own server process on 127.0.0.1 over its own SQLite file in a temporary
// folder (the server runs in a child process so that it does not share an event loop with these clients):
//   1. KB search: 5,000 articles, 1,000 searches one at a time (scripts/bench/kbSearch.mjs);
//   2. message send throughput: 20 visitors, 2,000 messages, 16 in flight (bench/messageThroughput.mjs);
//   3. SSE delivery latency with 500 open streams, 200 agent replies (bench/sseLatency.mjs).
// It prints machine facts, then one table per part. It exits non-zero when a check fails (an error answer,
// a lost or misdelivered event, a leak after the streams close), never because of a timing; the KB search
// budget (p95 ≤ 30 ms server time) is reported as information only. Everything it starts is closed and the
// databases deleted at the end, also on failure.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { runKbSearch, SEARCH_P95_BUDGET_MS } from './bench/kbSearch.mjs';
import { runMessageThroughput } from './bench/messageThroughput.mjs';
import { runChecks } from './bench/runChecks.mjs';
import { runSseLatency } from './bench/sseLatency.mjs';
import { startServerProcess } from './bench/startServerProcess.mjs';
import { ms, printTable } from './bench/stats.mjs';

/** The whole run stops after this long, whatever state it is in (each part also bounds its own waits). */
const RUN_TIMEOUT_MS = 10 * 60_000;

for (const [file, what] of [
  ['../packages/server/dist/index.js', 'packages/server/dist'],
  ['../packages/contract/dist/index.js', 'packages/contract/dist'],
]) {
  if (!existsSync(new URL(file, import.meta.url))) {
    console.error(`${what} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
const { openSqliteStore } = await import(new URL('../packages/server/dist/index.js', import.meta.url).href);

const load = loadavg();
const cpuList = cpus();
console.log('Parley reference server benchmark');
console.log(
  `Node ${process.version}, ${process.platform}/${process.arch}, ${cpuList.length} CPUs ` +
    `(${cpuList[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM; ` +
    `load average at start ${load.map((value) => value.toFixed(2)).join(' / ')} (1 / 5 / 15 min)`,
);
console.log(
  'Server: packages/server/dist in a child process on 127.0.0.1, SQLite (WAL) in a temporary folder',
);

/** Server processes still running, killed if the run is cut short. */
const running = new Set();
async function startServer(options) {
  const server = await startServerProcess(options);
  running.add(server);
  return {
    ...server,
    async close() {
      await server.close();
      running.delete(server);
    },
  };
}

/** Each part, and how long it may take in all (its own waits are bounded more tightly inside). */
const parts = [
  ['1', runKbSearch, 3 * 60_000],
  ['2', runMessageThroughput, 3 * 60_000],
  ['3', runSseLatency, 3.5 * 60_000],
];

/** Runs a part; past `limitMs` its server is killed (which also ends its requests) and the part fails. */
async function runWithin(runPart, limitMs, context) {
  let timer;
  try {
    return await Promise.race([
      runPart(context),
      new Promise((_, reject) => {
        timer = setTimeout(() => {
          for (const server of running) server.kill();
          reject(new Error(`the part took over ${limitMs / 1000} s`));
        }, limitMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function run(dir) {
  const failures = [];
  let searchServerP95 = Number.NaN;
  for (const [number, runPart, limitMs] of parts) {
    console.log('');
    try {
      const part = await runWithin(runPart, limitMs, { dir, openSqliteStore, startServer });
      console.log(`${number}. ${part.title}`);
      for (const line of part.parameters ?? []) console.log(`   ${line}`);
      console.log('');
      printTable(part.rows);
      failures.push(...part.failures);
      if (part.searchServerP95 !== undefined) searchServerP95 = part.searchServerP95;
    } catch (error) {
      console.log(`${number}. ${runPart.name}: FAILED`);
      failures.push(`part ${number} failed: ${error instanceof Error ? error.stack : error}`);
    }
  }
  console.log('');
  if (Number.isFinite(searchServerP95)) {
    console.log(
      `Budget "KB search, 5,000 articles: p95 ≤ ${SEARCH_P95_BUDGET_MS} ms server time": ` +
        `${ms(searchServerP95)} (${searchServerP95 <= SEARCH_P95_BUDGET_MS ? 'within budget' : 'over budget'})`,
    );
  }
  return failures;
}

const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
await runChecks(
  'bench:server',
  async () => {
    const failures = await run(dir);
    console.log(
      `Load average at end ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' / ')}`,
    );
    return failures;
  },
  {
    timeoutMs: RUN_TIMEOUT_MS,
    cleanup: () => {
      for (const server of running) server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  },
);
// A part cut short may leave a request or socket behind: it must not keep the process alive.
setTimeout(() => process.exit(), 5_000).unref();
