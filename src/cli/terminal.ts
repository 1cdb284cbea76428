import { Chalk, type ChalkInstance } from 'chalk';
import { countDiagnostics, type Diagnostic, type DiagnosticCounts } from '../model.js';
import { compareNames } from '../ingest/list-files.js';
import { compareNatural } from '../text/natural-compare.js';
import type { Io, OutputStream } from './io.js';

/** Colours for a stream: off with --no-color, NO_COLOR, or when the stream is not a terminal. */
export function createChalk(stream: OutputStream, env: Io['env'], color: boolean): ChalkInstance {
  const forced = env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0';
  const enabled = color && env['NO_COLOR'] === undefined && (forced || stream.isTTY === true);
  return new Chalk({ level: enabled ? 1 : 0 });
}

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

/** One diagnostic as `path:line:column  severity  reason  rule-id`. */
export function formatDiagnostic(diagnostic: Diagnostic, chalk: ChalkInstance): string {
  const place = diagnostic.place ? `:${diagnostic.place.line}:${diagnostic.place.column}` : '';
  const severity =
    diagnostic.severity === 'error' ? chalk.red('error') : diagnostic.severity === 'warning' ? chalk.yellow('warning') : chalk.blue('info');
  return `${diagnostic.file}${place}  ${severity}  ${diagnostic.reason}  ${chalk.dim(diagnostic.ruleId)}`;
}

/** Print diagnostics sorted, one per line; with `summary`, a last line counting them. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], stream: OutputStream, chalk: ChalkInstance, summary: boolean): void {
  for (const diagnostic of sortDiagnostics(diagnostics)) stream.write(`${formatDiagnostic(diagnostic, chalk)}\n`);
  if (summary && diagnostics.length > 0) stream.write(`${describeCounts(countDiagnostics(diagnostics))}\n`);
}

/** "1 error, 2 warnings, 3 notes", leaving out what there is none of. */
export function describeCounts(counts: DiagnosticCounts): string {
  const part = (count: number, noun: string): string | null => (count === 0 ? null : `${count} ${noun}${count === 1 ? '' : 's'}`);
  return [part(counts.errors, 'error'), part(counts.warnings, 'warning'), part(counts.infos, 'note')]
    .filter((entry) => entry !== null)
    .join(', ');
}
