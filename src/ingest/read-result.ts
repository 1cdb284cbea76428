import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../model.js';
import { RESULT_FORMAT, RESULT_FORMAT_VERSION } from '../results/result-json.js';
import type { CodingResult } from '../results/result-model.js';
import { describeFsError, displayPath } from './list-files.js';

/** The result file a folder of `rodedraad code` output holds. */
export const RESULT_FILE = 'result.json';

/**
 * Read the result.json of a results folder (or the file itself) and check that this version of
 * rodedraad can read it: a clear user error for a missing, broken, foreign or newer file.
 */
export async function readCodingResult(location: string, cwd: string): Promise<{ result: CodingResult; file: string }> {
  const absolute = path.resolve(cwd, location);
  const info = await stat(absolute).catch((error: unknown) => {
    throw new UserError(`${location}: ${describeFsError(error)}`);
  });
  const file = info.isDirectory() ? path.join(absolute, RESULT_FILE) : absolute;
  const shown = displayPath(file, cwd);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${shown}: no such file; run rodedraad code first (rodedraad code <transcripts> --out ${location})`);
    throw new UserError(`${shown}: ${describeFsError(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${shown}${jsonErrorPlace(text, error)}: not valid JSON; was it cut short? Run rodedraad code again`);
  }
  return { result: checkResult(value, shown), file };
}

function checkResult(value: unknown, shown: string): CodingResult {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (record['format'] !== RESULT_FORMAT) {
    throw new UserError(`${shown}: not a rodedraad result (it has no "format": "${RESULT_FORMAT}"); give the folder that rodedraad code wrote`);
  }
  const version = record['formatVersion'];
  if (typeof version !== 'number' || version > RESULT_FORMAT_VERSION) {
    const tool = (record['tool'] as { version?: unknown } | undefined)?.version;
    throw new UserError(
      `${shown}: written by rodedraad ${String(tool ?? 'unknown')} in result format ${String(version)}; this rodedraad reads format ${RESULT_FORMAT_VERSION}: upgrade rodedraad, or code the transcripts again with this one`,
    );
  }
  for (const key of ['tool', 'settings', 'codebooks', 'documents', 'totals']) {
    if (!(key in record)) throw new UserError(`${shown}: incomplete result, "${key}" is missing; code the transcripts again`);
  }
  if (!Array.isArray(record['documents']) || !Array.isArray(record['codebooks'])) {
    throw new UserError(`${shown}: incomplete result, "documents" and "codebooks" must be lists; code the transcripts again`);
  }
  return value as CodingResult;
}

/** ":line:column" of a JSON syntax error, when the engine says where it is. */
function jsonErrorPlace(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return `:${lines.length}:${lines[lines.length - 1]!.length + 1}`;
}
