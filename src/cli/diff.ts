import { loadCodebooks } from '../pipeline/load-codebooks.js';
import { diffCodebooks } from '../diff/compare.js';
import { formatDiffJson, formatDiffMarkdown } from '../diff/format.js';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.js';
import { codingSettings, listTranscripts, maxFileSizeOption, type CodingOptions } from './options.js';
import { createChalk, printDiagnostics } from './terminal.js';

/** Options of `rodedraad diff` as commander parses them. */
export interface DiffOptions extends CodingOptions {
  readonly format: string;
  readonly failOnChange?: boolean;
  readonly color?: boolean;
}

/** `rodedraad diff <old> <new> <paths...>`: which segments gain or lose which codes. */
export async function runDiff(before: string, after: string, paths: readonly string[], options: DiffOptions, io: Io): Promise<number> {
  if (options.format !== 'markdown' && options.format !== 'json')
    throw new UserError(`--format must be markdown or json; found "${options.format}"`);
  const settings = codingSettings(options);
  const diagnostics: Diagnostic[] = [];
  const warn = (diagnostic: Diagnostic) => diagnostics.push(diagnostic);
  // Loaded one at a time: the two versions share their ids by design.
  const oldCodebooks = await loadCodebooks([before], io.cwd, warn);
  const newCodebooks = await loadCodebooks([after], io.cwd, warn);
  const listing = await listTranscripts(paths, io.cwd, [], paths.join(', '), maxFileSizeOption(options.maxFileSize));
  diagnostics.push(...listing.diagnostics);
  const events = { diagnostic: (diagnostic: Diagnostic) => diagnostics.push(diagnostic), progress: () => undefined };
  const diff = await diffCodebooks(oldCodebooks, newCodebooks, listing.files, settings, events);
  if (diff.documents === 0)
    throw new UserError(
      'no transcript could be coded',
      diagnostics.map((diagnostic) => ({ ...diagnostic, severity: 'error' as const })),
    );
  printDiagnostics(diagnostics, io.stderr, createChalk(io.stderr, io.env, options.color !== false), true);
  const sides = { before: oldCodebooks, after: newCodebooks };
  io.stdout.write(options.format === 'json' ? formatDiffJson(sides, diff) : formatDiffMarkdown(sides, diff));
  return options.failOnChange === true && diff.changes.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
