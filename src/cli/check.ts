import { checkCodebooks } from '../check/check.js';
import { formatCheckResult, type CheckFormat } from '../check/format.js';
import { readCodebookSource } from '../ingest/codebook-files.js';
import { countDiagnostics, UserError } from '../model/diagnostic.js';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.js';
import { codingSettings, listTranscripts, maxFileSizeOption } from './options.js';
import { createChalk } from './terminal.js';

/** Options of `rodedraad check` as commander parses them. */
export interface CheckOptions {
  readonly corpus?: readonly string[];
  readonly format: string;
  readonly strict?: boolean;
  readonly maxFileSize?: string;
  readonly color?: boolean;
}

/** `rodedraad check <codebook...>`: lint codebooks; exit 1 on errors (and on warnings with --strict). */
export async function runCheck(values: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  if (!['text', 'json', 'github'].includes(options.format))
    throw new UserError(`--format must be text, json or github; found "${options.format}"`);
  const sources = [];
  for (const value of new Set(values)) sources.push(await readCodebookSource(value, io.cwd));
  let corpus = null;
  if (options.corpus !== undefined) {
    const listing = await listTranscripts(
      options.corpus,
      io.cwd,
      [],
      `--corpus ${options.corpus.join(', ')}`,
      maxFileSizeOption(options.maxFileSize),
    );
    corpus = { files: listing.files, settings: codingSettings({ unit: 'turn' }) };
  }
  const result = await checkCodebooks(sources, corpus);
  const counts = countDiagnostics(result.diagnostics);
  const style = createChalk(io.stdout, io.env, options.color !== false);
  io.stdout.write(
    formatCheckResult(
      result,
      sources.map((source) => source.file),
      options.format as CheckFormat,
      style,
    ),
  );
  const failed = counts.errors > 0 || (options.strict === true && counts.warnings > 0);
  return failed ? EXIT_PROBLEMS : EXIT_OK;
}
