import path from 'node:path';
import { loadCodebook } from '../codebook/load.js';
import { createCodebookValidator } from '../codebook/schema.js';
import { decodeUtf8 } from '../exchange/refi-qda/source-text.js';
import { unzipEntries } from '../exchange/refi-qda/unzip.js';
import { importCodebook } from '../import/import-codebook.js';
import { describeFsError } from '../text/fs-error.js';
import { displayPath } from '../text/paths.js';
import { DEFAULT_MAX_FILE_SIZE, readRegularFile } from '../ingest/read-bounded.js';
import { UserError } from '../model/diagnostic.js';
import { EXIT_OK, type Io } from './io.js';
import { writeOutputFile } from './output-file.js';
import { createChalk, printDiagnostics } from './terminal.js';
import { readToolVersion } from './version.js';

/** Options of `rodedraad import` as commander parses them. */
export interface ImportOptions {
  readonly out?: string;
  readonly lang?: 'nl' | 'en';
  readonly id?: string;
  readonly force?: boolean;
  readonly color?: boolean;
}

/**
 * `rodedraad import <file.qdc>`: a REFI-QDA codebook (or a project's) as a rodedraad codebook
 * skeleton. A codebook that is ambiguous (no names, names twice, cycles) is refused with every
 * problem, and nothing is written.
 */
export async function runImport(location: string, options: ImportOptions, io: Io): Promise<number> {
  const chalk = createChalk(io.stderr, io.env, options.color !== false);
  if (options.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(options.id)) {
    throw new UserError(`--id "${options.id}" is not an id: lowercase letters and digits, words joined by hyphens (such as mijn-codeboek)`);
  }
  const out = options.out === undefined ? null : checkOut(options.out);
  const absolute = path.resolve(io.cwd, location);
  const shown = displayPath(absolute, io.cwd);
  const xml = await readCodebookXml(absolute, shown);
  const target = out === null ? 'codebook.yaml' : path.basename(out);
  const header = (origin: string | null): string[] => [
    `Codebook skeleton made by rodedraad ${readToolVersion()} import from ${path.basename(absolute)}${origin === null ? '' : ` (written by ${origin})`}.`,
    'Every code has an empty match: list. Write its patterns there, add examples that it must',
    `code (expect: match) and must not code (expect: none), then run: rodedraad check ${target}`,
  ];
  const { yaml, skeleton, diagnostics } = importCodebook(xml, { file: shown, language: options.lang, id: options.id, header });
  if (yaml === null || skeleton === null) throw new UserError(`${shown}: not imported`, diagnostics);
  // What import writes must load as a codebook; if it does not, that is a bug, not the user's problem.
  const check = loadCodebook({ file: target, text: yaml, sha256: '' }, createCodebookValidator());
  if (check.codebook === null)
    throw new Error(`the skeleton does not load: ${check.diagnostics.map((diagnostic) => diagnostic.reason).join('; ')}`);
  const codes = skeleton.themes.reduce((total, theme) => total + theme.codes.length, 0);
  if (out === null) {
    printDiagnostics(diagnostics, io.stderr, chalk, true);
    io.stdout.write(yaml);
    return EXIT_OK;
  }
  const outAbsolute = path.resolve(io.cwd, out);
  const outShown = displayPath(outAbsolute, io.cwd);
  await writeOutputFile(outAbsolute, yaml, {
    shown: outShown,
    inputs: [{ absolute, display: shown }],
    replace: options.force === true,
    signal: io.signal,
  });
  printDiagnostics(diagnostics, io.stderr, chalk, true);
  io.stderr.write(
    `${chalk.green('✔')} imported ${count(skeleton.themes.length, 'theme')} and ${count(codes, 'code')} into ${outShown}; no patterns yet: write them under match:, then run rodedraad check ${outShown}\n`,
  );
  return EXIT_OK;
}

function count(number: number, noun: string): string {
  return `${number} ${noun}${number === 1 ? '' : 's'}`;
}

function checkOut(out: string): string {
  if (out.trim() === '') throw new UserError('--out is empty; name the codebook file to write');
  if (!/\.ya?ml$/i.test(out)) throw new UserError(`--out ${out}: a codebook file ends in .yaml`);
  return out;
}

/** The codebook XML of a .qdc or .qde, or the project.qde of a .qdpx. */
async function readCodebookXml(absolute: string, shown: string): Promise<string> {
  let bytes: Buffer;
  try {
    const read = await readRegularFile(absolute, DEFAULT_MAX_FILE_SIZE);
    if (!Buffer.isBuffer(read)) throw new UserError(`${shown}: ${read.reason}`);
    bytes = read;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${shown}: ${describeFsError(error)}`);
  }
  let xml: string | null;
  if (/\.qdpx$/i.test(absolute)) {
    const contents = unzipEntries(bytes, (name) => /\.qde$/i.test(name));
    if (typeof contents === 'string') throw new UserError(`${shown}: ${contents}`);
    const entry = [...contents.files.keys()].find((name) => /(^|\/)project\.qde$/i.test(name)) ?? [...contents.files.keys()][0];
    if (entry === undefined) throw new UserError(`${shown}: no project.qde in the archive; is this a REFI-QDA project?`);
    xml = decodeUtf8(contents.files.get(entry)!);
  } else if (/\.(qdc|qde|xml)$/i.test(absolute)) {
    xml = decodeUtf8(bytes);
  } else {
    throw new UserError(`${shown}: give a REFI-QDA codebook (.qdc) or project (.qdpx, .qde)`);
  }
  if (xml === null) throw new UserError(`${shown}: not UTF-8 text; REFI-QDA files are UTF-8`);
  return xml;
}
