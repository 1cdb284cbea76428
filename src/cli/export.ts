import path from 'node:path';
import type { Codebook } from '../model/codebook.js';
import type { TreeCodebook } from '../export/codebook-tree.js';
import { projectFromResult } from '../export/from-result.js';
import { writeQdc } from '../export/write-qdc.js';
import { packQdpx } from '../export/write-qdpx.js';
import { displayPath } from '../text/paths.js';
import { readCodingResult } from '../ingest/read-result.js';
import { type Diagnostic, UserError } from '../model/diagnostic.js';
import type { InputFile } from './clash.js';
import { findResultCodebooks } from './export-codebooks.js';
import { findDocumentTexts } from './export-texts.js';
import { EXIT_OK, type Io } from './io.js';
import { listTranscripts } from './options.js';
import { writeOutputFile } from './output-file.js';
import { createChalk, printDiagnostics } from './terminal.js';
import { readToolVersion } from './version.js';

/** Options of `rodedraad export` as commander parses them. */
export interface ExportOptions {
  readonly format: 'qdpx' | 'qdc';
  readonly out?: string;
  readonly codebook?: readonly string[];
  readonly span: 'segment' | 'hit';
  readonly negated?: boolean;
  readonly storedText?: boolean;
  readonly transcripts?: readonly string[];
  readonly name?: string;
  readonly quiet?: boolean;
  readonly color?: boolean;
}

/** `rodedraad export [result] --format qdpx|qdc`: a coding result as a REFI-QDA project, or codebooks as a REFI-QDA codebook. */
export async function runExport(location: string | undefined, options: ExportOptions, io: Io): Promise<number> {
  const chalk = createChalk(io.stderr, io.env, options.color !== false);
  if (options.out !== undefined) checkOut(options.out, options.format === 'qdc' ? '.qdc' : '.qdpx');
  const diagnostics: Diagnostic[] = [];
  // Loading checks every pattern: done only for codebooks named with -c.
  const given =
    options.codebook === undefined || options.codebook.length === 0
      ? []
      : await (await import('../pipeline/load-codebooks.js')).loadCodebooks(options.codebook, io.cwd, (diagnostic) =>
          diagnostics.push(diagnostic),
        );
  const inputs: InputFile[] = given.map((codebook) => ({ absolute: path.resolve(io.cwd, codebook.file), display: codebook.file }));
  const origin = `rodedraad ${readToolVersion()}`;
  let written: { file: string; summary: string };
  if (options.format === 'qdc') {
    let trees: readonly TreeCodebook[] = given;
    if (location !== undefined) {
      const { result, file } = await readCodingResult(location, io.cwd);
      const found = await findResultCodebooks(result, file, io.cwd, given);
      diagnostics.push(...found.diagnostics);
      inputs.push({ absolute: file, display: displayPath(file, io.cwd) }, ...found.read);
      trees = found.trees;
    } else if (given.length === 0) {
      throw new UserError('export --format qdc needs a codebook (-c <file|name>) or a result folder');
    }
    const { xml, replaced } = writeQdc(trees, origin);
    noteReplaced(replaced, diagnostics);
    if (options.out === undefined) {
      printDiagnostics(shown(diagnostics, options), io.stderr, chalk, true);
      io.stdout.write(xml);
      return EXIT_OK;
    }
    written = { file: await writeTo(options.out, '.qdc', xml, inputs, io), summary: describeCodebooks(trees) };
  } else {
    if (location === undefined)
      throw new UserError('export --format qdpx needs the result folder of rodedraad code (rodedraad export rodedraad-out -o study.qdpx)');
    written = await exportProject(location, options, given, inputs, diagnostics, io);
  }
  printDiagnostics(shown(diagnostics, options), io.stderr, chalk, true);
  if (options.quiet !== true) io.stderr.write(`${chalk.green('✔')} exported ${written.summary} to ${written.file}\n`);
  return EXIT_OK;
}

async function exportProject(
  location: string,
  options: ExportOptions,
  given: readonly Codebook[],
  inputs: InputFile[],
  diagnostics: Diagnostic[],
  io: Io,
): Promise<{ file: string; summary: string }> {
  const { result, file } = await readCodingResult(location, io.cwd);
  const shownResult = displayPath(file, io.cwd);
  inputs.push({ absolute: file, display: shownResult });
  const out = options.out ?? `${path.basename(path.dirname(file))}.qdpx`;
  const transcripts =
    options.transcripts === undefined
      ? []
      : (await listTranscripts(options.transcripts, io.cwd, [], `--transcripts ${options.transcripts.join(', ')}`)).files;
  const found = await findDocumentTexts(result, file, io.cwd, transcripts);
  inputs.push(...found.read);
  if (found.missing.length > 0 && options.storedText !== true) {
    const listed = found.missing.map(({ document, reason }) => ({
      file: document.file,
      severity: 'error' as const,
      reason: `${document.id}: ${reason}`,
      ruleId: 'export-transcript-changed',
    }));
    const hint = `${found.missing.length} transcript(s) are missing or changed since coding, so the codings would not fit their text; restore them (or give them with --transcripts), run rodedraad code again, or export the segment texts result.json keeps with --stored-text`;
    throw new UserError(hint, [...listed, { file: shownResult, severity: 'error', reason: hint, ruleId: 'export-transcript-changed' }]);
  }
  for (const { document, reason } of found.missing) {
    diagnostics.push({
      file: document.file,
      severity: 'warning',
      reason: `${document.id}: ${reason}; its source is rebuilt from the segment texts in result.json (--stored-text)`,
      ruleId: 'export-stored-text',
    });
  }
  const codebooks = await findResultCodebooks(result, file, io.cwd, given);
  diagnostics.push(...codebooks.diagnostics);
  inputs.push(...codebooks.read);
  const name = options.name ?? path.basename(out).replace(/\.qdpx$/i, '');
  const settings = { span: options.span, negated: options.negated === true };
  const built = projectFromResult(
    result,
    found.texts,
    { name, origin: `rodedraad ${readToolVersion()}`, codebooks: codebooks.trees },
    settings,
  );
  if (built.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    throw new UserError('result.json does not fit its transcripts', built.diagnostics);
  }
  diagnostics.push(...built.diagnostics);
  const archive = packQdpx(built.project);
  noteReplaced(archive.replaced, diagnostics);
  const shown = await writeTo(out, '.qdpx', archive.bytes, inputs, io);
  const codings = built.project.sources.reduce(
    (total, source) => total + source.selections.reduce((sum, selection) => sum + selection.codings.length, 0),
    0,
  );
  return {
    file: shown,
    summary: `${built.project.sources.length} documents and ${codings} codings (${describeCodebooks(codebooks.trees)})`,
  };
}

/** Write one output file, checking its extension: QDA tools open a project or codebook by it. */
async function writeTo(
  out: string,
  extension: '.qdpx' | '.qdc',
  content: Uint8Array | string,
  inputs: readonly InputFile[],
  io: Io,
): Promise<string> {
  checkOut(out, extension);
  const absolute = path.resolve(io.cwd, out);
  const shown = displayPath(absolute, io.cwd);
  await writeOutputFile(absolute, content, { shown, inputs, replace: true, signal: io.signal });
  return shown;
}

function checkOut(out: string, extension: '.qdpx' | '.qdc'): void {
  if (out.trim() === '') throw new UserError('--out is empty; name the file to write');
  if (path.extname(out).toLowerCase() !== extension)
    throw new UserError(`--out ${out}: the file must end in ${extension}, the extension QDA tools open`);
}

function describeCodebooks(trees: readonly TreeCodebook[]): string {
  const codes = trees.reduce((total, tree) => total + tree.themes.reduce((sum, theme) => sum + theme.codes.length, 0), 0);
  return `${trees.length === 1 ? `codebook ${trees[0]!.id}` : `${trees.length} codebooks`}, ${codes} codes`;
}

/** With --quiet, only warnings and errors. */
function shown(diagnostics: readonly Diagnostic[], options: ExportOptions): readonly Diagnostic[] {
  return options.quiet === true ? diagnostics.filter((diagnostic) => diagnostic.severity !== 'info') : diagnostics;
}

function noteReplaced(replaced: number, diagnostics: Diagnostic[]): void {
  if (replaced === 0) return;
  const reason = `${replaced} character(s) that XML cannot hold (control characters) were replaced by U+FFFD in names or descriptions; the source texts keep them`;
  diagnostics.push({ file: 'export', severity: 'warning', reason, ruleId: 'export-xml-character' });
}
