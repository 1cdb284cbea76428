import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { agree, type LoadedCoding } from '../agree/agree.js';
import { formatAgreementCsv } from '../agree/format-csv.js';
import { formatAgreementJson } from '../agree/format-json.js';
import { formatAgreementMarkdown } from '../agree/format-md.js';
import type { MinimumOverlap } from '../agree/map-spans.js';
import type { CodeMapEntry } from '../agree/match-codes.js';
import { figure } from '../agree/report-model.js';
import { resultToProject } from '../agree/result-project.js';
import type { UnitDocument } from '../agree/units.js';
import { readCodingsTable } from '../exchange/codings-table/read-table.js';
import { describeFsError } from '../text/fs-error.js';
import { displayPath } from '../text/paths.js';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import { csvDialect } from '../results/csv.js';
import { readInput, type RawInput } from './agree-inputs.js';
import { loadUnits } from './agree-units.js';
import { findInputInside } from './clash.js';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.js';
import { AGREE_OUTPUTS } from './known-outputs.js';
import { codingSettings, languageOption } from './options.js';
import { OutputFolder, resolveOut } from './output-dir.js';
import { createChalk, printDiagnostics } from './terminal.js';

/** Options of `rodedraad agree` as commander parses them. */
export interface AgreeOptions {
  readonly out: string;
  readonly map?: string;
  readonly transcripts?: readonly string[];
  readonly minOverlap: string;
  readonly unit: string;
  readonly coders?: string;
  readonly referenceCoders?: string;
  readonly candidateCoders?: string;
  readonly interviewers?: string;
  readonly failUnder?: string;
  readonly lang?: string;
  readonly excel?: boolean;
  readonly quiet?: boolean;
  readonly color?: boolean;
}

/** `rodedraad agree <reference> <candidate>`: agreement of two codings, written into --out. */
export async function runAgree(referenceLocation: string, candidateLocation: string, options: AgreeOptions, io: Io): Promise<number> {
  const chalk = createChalk(io.stderr, io.env, options.color !== false);
  if (options.unit !== 'segment' && options.unit !== 'document')
    throw new UserError(`--unit must be segment or document; found "${options.unit}"`);
  const minimum = minimumOverlap(options.minOverlap);
  const failUnder = options.failUnder === undefined ? null : share(options.failUnder, '--fail-under');
  const language = languageOption(options.lang);
  const out = resolveOut(options.out, io.cwd);
  const shownOut = displayPath(out, io.cwd);
  const diagnostics: Diagnostic[] = [];
  const raw: RawInput[] = [];
  for (const location of [referenceLocation, candidateLocation]) {
    const { input, diagnostics: found } = await readInput(location, io.cwd);
    raw.push(input);
    diagnostics.push(...found);
  }
  const map = options.map === undefined ? [] : await readMap(options.map, io.cwd);
  const settings = codingSettings({ unit: 'turn', ...(options.interviewers === undefined ? {} : { interviewers: options.interviewers }) });
  const units = await loadUnits(raw, options.transcripts, settings, io.cwd);
  diagnostics.push(...units.diagnostics);
  const coders = (side: string | undefined) => splitNames(side ?? options.coders);
  const [reference, candidate] = raw.map((input, index) =>
    toCoding(input, units.documents, coders(index === 0 ? options.referenceCoders : options.candidateCoders), diagnostics),
  ) as [LoadedCoding, LoadedCoding];
  let outcome: ReturnType<typeof agree>;
  try {
    outcome = agree(reference, candidate, units.documents, { unit: options.unit, minimum, map }, diagnostics);
  } catch (error) {
    // Why nothing could be compared often lies in what was skipped: say that first.
    if (error instanceof UserError)
      printDiagnostics(
        diagnostics.filter((diagnostic) => diagnostic.severity !== 'info'),
        io.stderr,
        chalk,
        false,
      );
    throw error;
  }
  const report = outcome.report;
  const lang = language ?? (candidate.result ?? reference.result)?.language ?? 'en';
  const { summary, markdown } = formatAgreementMarkdown(report, lang, outcome.evidence);
  const inputs = raw
    .map((input) => ('absolute' in input ? input.absolute : path.resolve(io.cwd, input.file)))
    .map((absolute) => ({ absolute, display: displayPath(absolute, io.cwd) }));
  const clash = await findInputInside(out, inputs);
  if (clash) throw new UserError(`${clash.display}: is an input and would be overwritten by the output; choose another --out`);
  // Coding results and a report in the folder stay; an earlier agreement is replaced.
  const folder = await OutputFolder.create(out, { shown: shownOut, cwd: io.cwd, keep: ['code', 'report', 'suggest'], signal: io.signal });
  for (const note of folder.notes) io.stderr.write(`rodedraad: ${note}\n`);
  try {
    await folder.writeFile('agreement.md', markdown);
    await folder.writeFile('agreement.csv', formatAgreementCsv(report, csvDialect(options.excel === true)));
    await folder.writeFile('agreement.json', formatAgreementJson(report, outcome.evidence));
    await folder.commit();
  } catch (error) {
    await folder.discard();
    throw error;
  }
  printDiagnostics(diagnostics, io.stderr, chalk, true);
  if (options.quiet !== true) io.stdout.write(summary);
  const { overall } = report.comparison;
  io.stderr.write(
    `${chalk.green('✔')} compared ${report.comparison.documents.length} documents (${report.comparison.segments} segments): micro F1 ${figure(overall.microF1)}, pooled kappa ${figure(overall.pooledKappa)}; wrote ${shownOut}/: ${AGREE_OUTPUTS.join(', ')}\n`,
  );
  if (failUnder !== null && !(overall.microF1 >= failUnder)) {
    io.stderr.write(`rodedraad: micro F1 ${figure(overall.microF1)} is below --fail-under ${failUnder}\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

/** An input in the exchange model; a table is read against the transcripts now that they are known. */
function toCoding(input: RawInput, documents: readonly UnitDocument[], coders: string[] | null, diagnostics: Diagnostic[]): LoadedCoding {
  if (input.kind === 'rodedraad') {
    const result = resultToProject(input.result, input.file);
    return { file: input.file, kind: 'rodedraad', project: result.project, result, coders: null };
  }
  if (input.kind === 'qdpx') return { file: input.file, kind: 'qdpx', project: input.read.project!, result: null, coders };
  const texts = documents.flatMap((document) =>
    document.text === null ? [] : [{ id: document.id, aliases: document.aliases, text: document.text }],
  );
  const read = readCodingsTable(input.text, input.file, texts);
  diagnostics.push(...read.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info' || diagnostic.ruleId === 'quote-normalised'));
  if (read.project === null)
    throw new UserError(
      `${input.file}: ${read.diagnostics.find((diagnostic) => diagnostic.severity === 'error')?.reason ?? 'not a readable codings table'}`,
    );
  // A table covers the documents it has codings in.
  const coded = new Set(read.project.spans.map((span) => span.sourceId));
  const project = { ...read.project, sources: read.project.sources.filter((source) => coded.has(source.id)) };
  return { file: input.file, kind: 'table', project, result: null, coders: project.coders.length > 0 ? coders : null };
}

/** --min-overlap: a number of characters (10) or a share of the segment (50%). */
function minimumOverlap(value: string): MinimumOverlap {
  const text = value.trim();
  if (text.endsWith('%')) {
    const number = Number(text.slice(0, -1));
    if (Number.isFinite(number) && number > 0 && number <= 100) return { share: number / 100 };
  } else {
    const number = Number(text);
    if (Number.isInteger(number) && number >= 1) return { characters: number };
  }
  throw new UserError(`--min-overlap must be a number of characters (10) or a share of the segment (50%); found "${value}"`);
}

function share(value: string, flag: string): number {
  const number = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1)
    throw new UserError(`${flag} must be an F1 from 0 to 1 (0.6); found "${value}"`);
  return number;
}

function splitNames(value: string | undefined): string[] | null {
  if (value === undefined) return null;
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.length === 0 ? null : names;
}

/** A --map file: YAML (reference: candidate, or reference: [candidate]) or CSV with a reference and a candidate column. */
async function readMap(location: string, cwd: string): Promise<CodeMapEntry[]> {
  const absolute = path.resolve(cwd, location);
  const shown = displayPath(absolute, cwd);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new UserError(`${shown}: ${describeFsError(error)}`);
  }
  if (/\.(csv|tsv)$/i.test(absolute)) {
    let body: { line: number; cells: string[] }[];
    try {
      const rows = parseCsv(text, {
        bom: true,
        delimiter: [',', ';', '\t'],
        relax_column_count: true,
        skip_empty_lines: true,
        info: true,
      }) as unknown as { record: string[]; info: { lines: number } }[];
      body = rows.map(({ record, info }) => ({ line: info.lines, cells: record.map((cell) => cell.trim()) }));
    } catch (error) {
      throw new UserError(`${shown}: not a readable CSV table: ${error instanceof Error ? error.message : String(error)}`);
    }
    const header = body[0]?.cells.map((cell) => cell.toLowerCase()) ?? [];
    const hasHeader = header.includes('reference') || header.includes('referentie');
    return (hasHeader ? body.slice(1) : body).map((record) => {
      if (record.cells.length < 2 || record.cells[0] === '' || record.cells[1] === '')
        throw new UserError(`${shown}:${record.line}: a line needs a reference code and a candidate code`);
      return { reference: record.cells[0]!, candidate: record.cells[1]!, origin: `${shown}:${record.line}` };
    });
  }
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new UserError(`${shown}: not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new UserError(`${shown}: expected "reference code: candidate code" lines`);
  return Object.entries(value as Record<string, unknown>).flatMap(([reference, target]) => {
    const targets = Array.isArray(target) ? target : [target];
    return targets.map((candidate) => {
      if (typeof candidate !== 'string' || candidate.trim() === '')
        throw new UserError(`${shown}: "${reference}" must map to a candidate code name`);
      return { reference, candidate, origin: `${shown} (${reference})` };
    });
  });
}
