import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../model/diagnostic.js';
import type { CodingResult } from '../model/result.js';
import { checkCodingResult } from './check-result.js';
import { describeFsError } from '../text/fs-error.js';
import { displayPath } from '../text/paths.js';
import { readRegularFile, type FileRefusal } from './read-bounded.js';
import { RESULT_FILE } from '../model/result.js';

/**
 * Read the result.json of a results folder (or the file itself) and check that this version of
 * rodedraad can read it, field by field: a clear user error for a missing, broken, foreign,
 * hand-edited or newer file.
 */
export async function readCodingResult(location: string, cwd: string): Promise<{ result: CodingResult; file: string }> {
  const absolute = path.resolve(cwd, location);
  const info = await stat(absolute).catch((error: unknown) => {
    throw new UserError(`${location}: ${describeFsError(error)}`);
  });
  const file = info.isDirectory() ? path.join(absolute, RESULT_FILE) : absolute;
  const shown = displayPath(file, cwd);
  let bytes: Buffer | FileRefusal;
  try {
    bytes = await readRegularFile(file, Number.POSITIVE_INFINITY);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new UserError(`${shown}: no such file; run rodedraad code first (rodedraad code <transcripts> --out ${location})`);
    throw new UserError(`${shown}: ${describeFsError(error)}`);
  }
  if (!Buffer.isBuffer(bytes)) throw new UserError(`${shown}: ${bytes.reason}`);
  const text = bytes.toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${shown}${jsonErrorPlace(text, error)}: not valid JSON; was it cut short? Run rodedraad code again`);
  }
  return { result: checkCodingResult(value, shown), file };
}

/** ":line:column" of a JSON syntax error, when the engine says where it is. */
function jsonErrorPlace(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return `:${lines.length}:${lines[lines.length - 1]!.length + 1}`;
}
