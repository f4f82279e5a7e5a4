#!/usr/bin/env node
// The `parley-conformance` command: runs the suite against a backend URL (see --help).
import { runCli } from './cli/runCli';

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('parley-conformance: the run crashed', error);
    process.exitCode = 2;
  },
);
