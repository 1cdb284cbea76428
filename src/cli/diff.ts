import { loadCodebooks } from '../codebook/load-all.js';
import { diffCodebooks } from '../diff/compare.js';
import { formatDiffJson, formatDiffMarkdown } from '../diff/format.js';
import { listTranscriptFiles } from '../ingest/list-files.js';
import { UserError, type Diagnostic } from '../model.js';
import { DEFAULT_INTERVIEWERS, SEGMENT_UNITS, type SegmentUnit } from '../segment/segment-model.js';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.js';
import { createChalk, printDiagnostics } from './terminal.js';

/** Options of `rodedraad diff` as commander parses them. */
export interface DiffOptions {
  readonly format: string;
  readonly unit: string;
  readonly includeInterviewer?: boolean;
  readonly failOnChange?: boolean;
  readonly color?: boolean;
}

/** `rodedraad diff <old> <new> <paths...>`: which segments gain or lose which codes. */
export async function runDiff(before: string, after: string, paths: readonly string[], options: DiffOptions, io: Io): Promise<number> {
  if (options.format !== 'markdown' && options.format !== 'json') throw new UserError(`--format must be markdown or json; found "${options.format}"`);
  if (!SEGMENT_UNITS.includes(options.unit as SegmentUnit)) throw new UserError(`--unit must be one of ${SEGMENT_UNITS.join(', ')}; found "${options.unit}"`);
  // Loaded one at a time: the two versions share their ids by design.
  const oldCodebooks = await loadCodebooks([before], io.cwd);
  const newCodebooks = await loadCodebooks([after], io.cwd);
  const listing = await listTranscriptFiles(paths, { cwd: io.cwd, exclude: [] });
  if (listing.files.length === 0) throw new UserError(`${paths.join(', ')}: no transcripts found (.md, .markdown or .txt files)`);
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const settings = { unit: options.unit as SegmentUnit, includeInterviewer: options.includeInterviewer === true, interviewers: DEFAULT_INTERVIEWERS };
  const events = { diagnostic: (diagnostic: Diagnostic) => diagnostics.push(diagnostic), progress: () => undefined };
  const diff = await diffCodebooks(oldCodebooks, newCodebooks, listing.files, settings, events);
  if (diff.documents === 0) throw new UserError('no transcript could be coded', diagnostics.map((diagnostic) => ({ ...diagnostic, severity: 'error' as const })));
  printDiagnostics(diagnostics, io.stderr, createChalk(io.stderr, io.env, options.color !== false), true);
  const sides = { before: oldCodebooks, after: newCodebooks };
  io.stdout.write(options.format === 'json' ? formatDiffJson(sides, diff) : formatDiffMarkdown(sides, diff));
  return options.failOnChange === true && diff.changes.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
