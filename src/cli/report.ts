import path from 'node:path';
import { displayPath } from '../text/paths.js';
import { readCodingResult } from '../ingest/read-result.js';
import { RESULT_FILE } from '../model/result.js';
import { UserError } from '../model/diagnostic.js';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../report/build-report.js';
import { parseQuoteLabel, unknownAttributes, ID_PLACEHOLDER } from '../report/quote-label.js';
import { analyse, type ReportSettings } from '../report/report-data.js';
import type { CodingResult } from '../model/result.js';
import type { ReportLanguage } from '../results/summary-md.js';
import { findInputInside } from './clash.js';
import { EXIT_OK, type Io } from './io.js';
import { languageOption } from './options.js';
import { nameList } from './output-check.js';
import { OutputFolder, resolveOut } from './output-dir.js';
import { gateQuotes } from './report-gate.js';
import { createChalk, printDiagnostics } from './terminal.js';
import { readToolVersion } from './version.js';

/** Options of `rodedraad report` as commander parses them. */
export interface ReportOptions {
  readonly out?: string;
  readonly by?: string;
  readonly minShare: string;
  readonly quotes: string;
  readonly baseSize: string;
  readonly runLength: string;
  readonly threshold: string;
  readonly lang?: string;
  readonly format: string;
  readonly quoteLabel?: string;
  readonly minGroupSize: string;
  readonly excel?: boolean;
  readonly quiet?: boolean;
  readonly color?: boolean;
  /** Quote as written: no privacy gate. */
  readonly allowPersonalData?: boolean;
}

/** `rodedraad report <results-dir>`: the red-thread report of a coding result. */
export async function runReport(location: string, options: ReportOptions, io: Io): Promise<number> {
  const chalk = createChalk(io.stderr, io.env, options.color !== false);
  const chosenOut = options.out === undefined ? undefined : resolveOut(options.out, io.cwd);
  const { result, file } = await readCodingResult(location, io.cwd);
  const settings = toSettings(options, result);
  const formats = formatList(options.format);
  const shownFile = displayPath(file, io.cwd);
  const counted = analyse(result, settings);
  // The privacy gate: quotes leave the corpus, so personal data in them is masked unless the user says otherwise.
  const gated = options.allowPersonalData === true ? { data: counted, diagnostics: [] } : await gateQuotes(counted, result, io.cwd);
  const report = await renderReport(gated.data, {
    toolVersion: readToolVersion(),
    excel: options.excel === true,
    file: shownFile,
    formats,
  });
  const out = chosenOut ?? path.dirname(file);
  const shownOut = displayPath(out, io.cwd);
  // Never replace what the report was made from: the transcripts result.json lists (their paths are
  // relative to the folder code ran in; taken from the current one), and result.json itself unless
  // it is the results folder's own, which the new folder keeps.
  const transcripts = result.documents.flatMap((document) =>
    typeof document.file === 'string' ? [path.resolve(io.cwd, document.file)] : [],
  );
  const inputs = [file, ...transcripts].map((absolute) => ({ absolute, display: displayPath(absolute, io.cwd) }));
  const ownResult = path.join(out, RESULT_FILE);
  const clash = await findInputInside(out, inputs, (absolute) => absolute === ownResult);
  if (clash) throw new UserError(`${clash.display}: is an input and would be overwritten by the report; choose another --out`);
  // The coding results (and an agreement) in the folder stay; an earlier report is replaced as a whole.
  const folder = await OutputFolder.create(out, { shown: shownOut, cwd: io.cwd, keep: ['code', 'agree', 'suggest'], signal: io.signal });
  for (const note of folder.notes) io.stderr.write(`rodedraad: ${note}\n`);
  let removed: readonly string[];
  try {
    for (const entry of report.files) await folder.writeFile(entry.name, entry.content);
    ({ removed } = await folder.commit());
  } catch (error) {
    await folder.discard();
    throw error;
  }
  printDiagnostics([...report.diagnostics, ...gated.diagnostics], io.stderr, chalk, true);
  if (options.allowPersonalData === true)
    io.stderr.write('rodedraad: --allow-personal-data: the quotes in the report were not checked for personal data\n');
  if (removed.length > 0)
    io.stderr.write(`rodedraad: removed from ${shownOut}/ what an earlier report wrote and this one does not: ${nameList(removed)}\n`);
  if (options.quiet !== true) io.stdout.write(report.summary);
  io.stderr.write(`${chalk.green('✔')} wrote the report into ${shownOut}/: ${report.files.map((entry) => entry.name).join(', ')}\n`);
  return EXIT_OK;
}

function toSettings(options: ReportOptions, result: CodingResult): ReportSettings {
  const by = (options.by ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const attributes = [...new Set(result.documents.flatMap((document) => Object.keys(document.attributes)))].sort();
  for (const attribute of by) {
    if (!attributes.includes(attribute)) {
      throw new UserError(
        `--by ${attribute}: no document has this attribute; the documents have: ${attributes.join(', ') || 'no attributes at all'}`,
      );
    }
  }
  const language: ReportLanguage = languageOption(options.lang) ?? result.codebooks[0]?.language ?? 'nl';
  let quoteLabel = null;
  if (options.quoteLabel !== undefined) {
    const parsed = parseQuoteLabel(options.quoteLabel);
    if ('error' in parsed) throw new UserError(`--quote-label "${options.quoteLabel}": ${parsed.error}`);
    const unknown = unknownAttributes(parsed.label, attributes);
    if (unknown.length > 0) {
      throw new UserError(
        `--quote-label: no document has ${unknown.map((name) => `{${name}}`).join(', ')}; known: ${[ID_PLACEHOLDER, ...attributes].map((name) => `{${name}}`).join(', ')}`,
      );
    }
    quoteLabel = parsed.label;
  }
  return Object.freeze({
    minShare: share(options.minShare, '--min-share'),
    by: Object.freeze([...new Set(by)]),
    quotes: whole(options.quotes, '--quotes', 0),
    saturation: Object.freeze({
      base: whole(options.baseSize, '--base-size', 1),
      run: whole(options.runLength, '--run-length', 1),
      threshold: share(options.threshold, '--threshold'),
    }),
    language,
    quoteLabel,
    quoteLabelTemplate: options.quoteLabel ?? null,
    minGroupSize: whole(options.minGroupSize, '--min-group-size', 1),
  });
}

/** The --format value: one or more of md, docx, html, comma-separated. */
function formatList(value: string): ReportFormat[] {
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(REPORT_FORMATS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0)
    throw new UserError(`--format must be one or more of ${REPORT_FORMATS.join(', ')}, comma-separated; found "${value}"`);
  return REPORT_FORMATS.filter((name) => names.includes(name));
}

/** A share from 0 to 1, written as 0.5 or 50%. */
function share(value: string, flag: string): number {
  const text = value.trim();
  const number = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
  if (!Number.isFinite(number) || number < 0 || number > 1 || text === '')
    throw new UserError(`${flag} must be a share from 0 to 1 (0.5 or 50%); found "${value}"`);
  return number;
}

function whole(value: string, flag: string, minimum: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < minimum)
    throw new UserError(`${flag} must be a whole number of at least ${minimum}; found "${value}"`);
  return number;
}
