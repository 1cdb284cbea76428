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
  /** Aborted when the user interrupts (Ctrl-C): the run stops and leaves no output behind. */
  readonly signal?: AbortSignal;
}

/** Exit codes: success, the check found problems, unusable input or internal failure. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
/** Interrupted by the user, as shells report SIGINT (128 + 2). */
export const EXIT_INTERRUPTED = 130;
