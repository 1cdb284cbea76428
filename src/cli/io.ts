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
}

/** Exit codes: success, the check found problems, unusable input or internal failure. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
