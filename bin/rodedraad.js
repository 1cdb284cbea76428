#!/usr/bin/env node
import { run, stopsCleanly } from '../dist/cli/run.js';
import { STOP_SIGNALS } from '../dist/cli/io.js';

// The first Ctrl-C, SIGTERM (a CI time-out) or SIGHUP asks a run that writes an output folder to
// stop and remove its staging folder; a second signal, or any signal to another command, ends the
// process at once. Either way the exit code is 128 + the signal number.
const argv = process.argv.slice(2);
const interrupt = new AbortController();
for (const [name, number] of Object.entries(STOP_SIGNALS)) {
  process.on(name, () => {
    if (interrupt.signal.aborted || !stopsCleanly(argv)) process.exit(128 + number);
    interrupt.abort(name);
  });
}

process.exitCode = await run(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  signal: interrupt.signal,
});
