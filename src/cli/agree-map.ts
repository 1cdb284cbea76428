import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import type { CodeMapEntry } from '../agree/match-codes.js';
import { guessDelimiter } from '../exchange/codings-table/parse-table.js';
import { UserError } from '../model/diagnostic.js';
import { describeFsError } from '../text/fs-error.js';
import { displayPath } from '../text/paths.js';

/** A --map file: YAML (reference: candidate, or reference: [candidate]) or CSV with a reference and a candidate column. */
export async function readMap(location: string, cwd: string): Promise<CodeMapEntry[]> {
  const absolute = path.resolve(cwd, location);
  const shown = displayPath(absolute, cwd);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new UserError(`${shown}: ${describeFsError(error)}`);
  }
  return /\.(csv|tsv)$/i.test(absolute) ? mapFromCsv(text, shown) : mapFromYaml(text, shown);
}

function mapFromCsv(text: string, shown: string): CodeMapEntry[] {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let body: { line: number; cells: string[] }[];
  try {
    // One separator for the whole file, found from its first line: code names hold commas.
    const rows = parseCsv(content, {
      delimiter: guessDelimiter(content),
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

function mapFromYaml(text: string, shown: string): CodeMapEntry[] {
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
