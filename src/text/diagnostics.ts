import type { Diagnostic } from '../model/diagnostic.js';
import { compareNames, compareNatural } from './natural-compare.js';
import type { DiagnosticCounts } from '../model/diagnostic.js';
/** Diagnostics sorted by file (in natural order, as files are listed), line and column. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareNatural(a.file, b.file) ||
      (a.place?.line ?? 0) - (b.place?.line ?? 0) ||
      (a.place?.column ?? 0) - (b.place?.column ?? 0) ||
      compareNames(a.reason, b.reason),
  );
}

/** Colours for text meant for a terminal (chalk is one); PLAIN leaves text as it is. */
export interface TextStyle {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
  dim(text: string): string;
}

const same = (text: string): string => text;

/** No colours. */
export const PLAIN: TextStyle = { red: same, yellow: same, blue: same, green: same, dim: same };

/** One diagnostic as `path:line:column  severity  reason  rule-id`. */
export function formatDiagnostic(diagnostic: Diagnostic, chalk: TextStyle = PLAIN): string {
  const place = diagnostic.place ? `:${diagnostic.place.line}:${diagnostic.place.column}` : '';
  const severity =
    diagnostic.severity === 'error' ? chalk.red('error') : diagnostic.severity === 'warning' ? chalk.yellow('warning') : chalk.blue('info');
  return `${diagnostic.file}${place}  ${severity}  ${diagnostic.reason}  ${chalk.dim(diagnostic.ruleId)}`;
}

/** "1 error, 2 warnings, 3 notes", leaving out what there is none of. */
export function describeCounts(counts: DiagnosticCounts): string {
  const part = (count: number, noun: string): string | null => (count === 0 ? null : `${count} ${noun}${count === 1 ? '' : 's'}`);
  return [part(counts.errors, 'error'), part(counts.warnings, 'warning'), part(counts.infos, 'note')]
    .filter((entry) => entry !== null)
    .join(', ');
}
