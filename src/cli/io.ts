import { InterruptedError } from '../model/diagnostic.js';

/** A stream the CLI writes to: process.stdout/stderr, or a fake in tests. */
export interface OutputStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Everything the CLI takes from its surroundings, injected so that it runs in-process in tests. */
export interface Io {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Aborted when the run is asked to stop (Ctrl-C, SIGTERM, SIGHUP; the reason names the signal):
   * it stops and leaves no output behind.
   */
  readonly signal?: AbortSignal;
}

/** Exit codes: success, the check found problems, unusable input or internal failure. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** The signals that stop a run cleanly, with their numbers: the exit code is 128 + the number, as shells report it. */
export const STOP_SIGNALS = Object.freeze({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 });

/** Throw InterruptedError, naming the signal, when the run was asked to stop. */
export function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  const reason: unknown = signal.reason;
  throw new InterruptedError(reason === 'SIGTERM' || reason === 'SIGHUP' ? reason : 'SIGINT');
}
