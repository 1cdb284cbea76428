import { checkCodebooks } from '../check/check.js';
import { countDiagnostics, formatCheckGithub, formatCheckJson } from '../check/format.js';
import { readCodebookSource } from '../ingest/codebook-files.js';
import { listTranscriptFiles } from '../ingest/list-files.js';
import { UserError } from '../model.js';
import { DEFAULT_INTERVIEWERS } from '../segment/segment-model.js';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.js';
import { createChalk, formatDiagnostic, sortDiagnostics } from './terminal.js';

/** Options of `rodedraad check` as commander parses them. */
export interface CheckOptions {
  readonly corpus?: readonly string[];
  readonly format: string;
  readonly strict?: boolean;
  readonly color?: boolean;
}

/** `rodedraad check <codebook...>`: lint codebooks; exit 1 on errors (and on warnings with --strict). */
export async function runCheck(values: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  if (!['text', 'json', 'github'].includes(options.format)) throw new UserError(`--format must be text, json or github; found "${options.format}"`);
  const sources = [];
  for (const value of new Set(values)) sources.push(await readCodebookSource(value, io.cwd));
  let corpus = null;
  if (options.corpus !== undefined) {
    const listing = await listTranscriptFiles(options.corpus, { cwd: io.cwd, exclude: [] });
    if (listing.files.length === 0) throw new UserError(`--corpus ${options.corpus.join(', ')}: no transcripts found (.md, .markdown or .txt files)`);
    corpus = { files: listing.files, settings: { unit: 'turn' as const, includeInterviewer: false, interviewers: DEFAULT_INTERVIEWERS } };
  }
  const result = await checkCodebooks(sources, corpus);
  const diagnostics = sortDiagnostics(result.diagnostics);
  const counts = countDiagnostics(diagnostics);
  if (options.format === 'json') {
    io.stdout.write(formatCheckJson(result.codebooks, sources.map((source) => source.file), diagnostics));
  } else if (options.format === 'github') {
    io.stdout.write(formatCheckGithub(diagnostics));
  } else {
    const chalk = createChalk(io.stdout, io.env, options.color !== false);
    for (const diagnostic of diagnostics) io.stdout.write(`${formatDiagnostic(diagnostic, chalk)}\n`);
    const codes = result.codebooks.reduce((sum, codebook) => sum + codebook.themes.reduce((inner, theme) => inner + theme.codes.length, 0), 0);
    const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning'), plural(counts.infos, 'note')];
    const found = diagnostics.length === 0 ? chalk.green('✔ no problems') : parts.filter((part) => !part.startsWith('0 ')).join(', ');
    io.stdout.write(`${found} in ${plural(sources.length, 'codebook')} (${plural(codes, 'code')})\n`);
  }
  const failed = counts.errors > 0 || (options.strict === true && counts.warnings > 0);
  return failed ? EXIT_PROBLEMS : EXIT_OK;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
