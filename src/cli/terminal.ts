import { Chalk, type ChalkInstance } from 'chalk';
import { countDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { Io, OutputStream } from './io.js';
import { sortDiagnostics } from '../text/diagnostics.js';
import { describeCounts, formatDiagnostic } from '../text/diagnostics.js';

/** Colours for a stream: off with --no-color, NO_COLOR, or when the stream is not a terminal. */
export function createChalk(stream: OutputStream, env: Io['env'], color: boolean): ChalkInstance {
  const forced = env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0';
  const enabled = color && env['NO_COLOR'] === undefined && (forced || stream.isTTY === true);
  return new Chalk({ level: enabled ? 1 : 0 });
}

/** Print diagnostics sorted, one per line; with `summary`, a last line counting them. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], stream: OutputStream, chalk: ChalkInstance, summary: boolean): void {
  for (const diagnostic of sortDiagnostics(diagnostics)) stream.write(`${formatDiagnostic(diagnostic, chalk)}\n`);
  if (summary && diagnostics.length > 0) stream.write(`${describeCounts(countDiagnostics(diagnostics))}\n`);
}
