import type { Point } from './position.js';

/** How serious a diagnostic is. */
export type Severity = 'error' | 'warning' | 'info';

/** A problem found in content: data, printed by the CLI as `file:line:column  severity  reason  rule-id`. */
export interface Diagnostic {
  readonly file: string;
  readonly place?: Point;
  readonly severity: Severity;
  readonly reason: string;
  readonly ruleId: string;
}

/** Counts of diagnostics by severity. */
export interface DiagnosticCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** How many errors, warnings and notes there are. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  const count = (severity: Diagnostic['severity']): number => diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** A problem the user can fix (bad input, bad flags): the CLI prints it in one line and exits 2. */
export class UserError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(message: string, diagnostics: readonly Diagnostic[] = []) {
    super(message);
    this.name = 'UserError';
    this.diagnostics = diagnostics;
  }
}

/** Build a diagnostic without a place. */
export function fileDiagnostic(file: string, severity: Severity, reason: string, ruleId: string): Diagnostic {
  return { file, severity, reason, ruleId };
}

/** The user (Ctrl-C) or the system (SIGTERM, SIGHUP) stopped the run; nothing was written. */
export class InterruptedError extends Error {
  constructor(readonly signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP' = 'SIGINT') {
    super(`interrupted${signal === 'SIGINT' ? '' : ` by ${signal}`}; no output was written`);
    this.name = 'InterruptedError';
  }
}
