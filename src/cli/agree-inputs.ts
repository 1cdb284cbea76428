import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readQdpx } from '../exchange/refi-qda/read-qdpx.js';
import { readProjectXml } from '../exchange/refi-qda/read-project.js';
import { describeFsError } from '../text/fs-error.js';
import { displayPath } from '../text/paths.js';
import { readCodingResult } from '../ingest/read-result.js';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import type { CodingResult } from '../model/result.js';
import type { ExchangeRead } from '../exchange/coding-model.js';

/** An input of `agree` as read from disk, before the transcripts are known (a table needs them). */
export type RawInput =
  | { readonly kind: 'rodedraad'; readonly file: string; readonly result: CodingResult; readonly absolute: string }
  | { readonly kind: 'qdpx'; readonly file: string; readonly read: ExchangeRead }
  | { readonly kind: 'table'; readonly file: string; readonly text: string; readonly absolute: string };

/**
 * Read one input by what it is: a folder or a .json (a rodedraad result), a .qdpx or .qde (a
 * REFI-QDA project), a .csv, .tsv or .txt (a codings table). A user error for anything else, and
 * for a project that cannot be read at all.
 */
export async function readInput(location: string, cwd: string): Promise<{ input: RawInput; diagnostics: readonly Diagnostic[] }> {
  const absolute = path.resolve(cwd, location);
  const info = await stat(absolute).catch((error: unknown) => {
    throw new UserError(`${location}: ${describeFsError(error)}`);
  });
  const file = displayPath(absolute, cwd);
  const extension = path.extname(absolute).toLowerCase();
  if (info.isDirectory() || extension === '.json') {
    const { result, file: resultFile } = await readCodingResult(location, cwd);
    return { input: { kind: 'rodedraad', file: displayPath(resultFile, cwd), result, absolute: resultFile }, diagnostics: [] };
  }
  const bytes = await readFile(absolute).catch((error: unknown) => {
    throw new UserError(`${file}: ${describeFsError(error)}`);
  });
  if (extension === '.qdpx' || extension === '.qde') {
    const read = extension === '.qdpx' ? readQdpx(bytes, file) : readProjectXml(new TextDecoder().decode(bytes), file);
    if (read.project === null) {
      const error = read.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
      throw new UserError(`${file}: ${error?.reason ?? 'not a readable REFI-QDA project'}`);
    }
    return { input: { kind: 'qdpx', file, read }, diagnostics: read.diagnostics };
  }
  if (extension === '.csv' || extension === '.tsv' || extension === '.txt') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new UserError(`${file}: not UTF-8 text; save the table as CSV UTF-8`);
    }
    return { input: { kind: 'table', file, text, absolute }, diagnostics: [] };
  }
  throw new UserError(
    `${file}: cannot tell what this is; give a rodedraad result (its folder or result.json), a REFI-QDA project (.qdpx) or a codings table (.csv)`,
  );
}
