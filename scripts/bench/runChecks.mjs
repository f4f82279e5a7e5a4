// How `npm run bench:server` and `npm run bench:embed` end: the run bounded in time, its failed checks
// listed, the exit code set, and what it started closed whatever happened.

/**
 * Runs `run` for at most `timeoutMs`, prints "Checks: all passed." or the failures it resolves with, and
 * sets a non-zero exit code on a failure, a throw or the time limit. `cleanup` runs in every case.
 *
 * @param {string} name the command, for the message when the run throws (`bench:embed`).
 * @param {() => Promise<string[]>} run resolves with the checks that failed, each a line of text.
 * @param {{ timeoutMs: number; cleanup: () => Promise<void> | void }} options
 * @returns {Promise<void>}
 */
export async function runChecks(name, run, { timeoutMs, cleanup }) {
  let timer;
  try {
    const failures = await Promise.race([
      run(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the run took over ${timeoutMs / 1000} s`)), timeoutMs);
      }),
    ]);
    if (failures.length === 0) {
      console.log('Checks: all passed.');
    } else {
      console.log(`Checks: ${failures.length} FAILED`);
      for (const failure of failures) console.log(`  - ${failure}`);
      process.exitCode = 1;
    }
  } catch (error) {
    console.error(`${name} failed:`, error);
    process.exitCode = 1;
  } finally {
    clearTimeout(timer);
    await cleanup();
  }
}
