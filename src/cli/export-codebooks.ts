import path from 'node:path';
import type { Codebook } from '../model/codebook.js';
import { readCodebookGuidance } from '../export/codebook-guidance.js';
import { type CodebookGuidance, resultCodebookTree, type TreeCodebook } from '../export/codebook-tree.js';
import { readCodebookSource } from '../ingest/codebook-files.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CodingResult, ResultCodebook } from '../model/result.js';
import type { InputFile } from './clash.js';

/** The codebooks of a result with their guidance, the codebook files read, and what could not be found. */
export interface ResultCodebooks {
  readonly trees: TreeCodebook[];
  readonly read: InputFile[];
  readonly diagnostics: Diagnostic[];
}

/**
 * The codebooks a result was coded with, as trees for the exchange. result.json keeps each code's
 * definition but not its include, exclude and examples, so the codebook file is read too: one of
 * `given` (--codebook) with the same id, else the file the result names (a shipped codebook, or a
 * path from the working folder or from the folder above the result folder) when its sha256 is the
 * recorded one. A codebook not found is a warning, and its codes carry their definitions only.
 */
export async function findResultCodebooks(
  result: CodingResult,
  resultFile: string,
  cwd: string,
  given: readonly Codebook[],
): Promise<ResultCodebooks> {
  const found: ResultCodebooks = { trees: [], read: [], diagnostics: [] };
  for (const recorded of result.codebooks) {
    const chosen = given.find((codebook) => codebook.id === recorded.id);
    if (chosen !== undefined && chosen.sha256 !== recorded.sha256) {
      const reason = `codebook ${recorded.id} from ${chosen.file} is not the file that coded (its sha256 differs); its guidance is used for the codes the result has`;
      found.diagnostics.push({ file: chosen.file, severity: 'warning', reason, ruleId: 'export-codebook-changed' });
    }
    const full = chosen ?? (await findRecorded(recorded, resultFile, cwd, found.read));
    if (full === null) {
      const reason = `codebook ${recorded.id}: ${recorded.file} was not found as it was when coding (same sha256), so codes are described by the definitions result.json keeps, without include, exclude and examples; give the codebook with --codebook to add them`;
      found.diagnostics.push({ file: recorded.file, severity: 'warning', reason, ruleId: 'export-codebook-missing' });
    }
    found.trees.push(resultCodebookTree(recorded, full));
  }
  return found;
}

/** The guidance of the recorded codebook file, if it is still there unchanged. */
async function findRecorded(
  recorded: ResultCodebook,
  resultFile: string,
  cwd: string,
  read: InputFile[],
): Promise<CodebookGuidance | null> {
  const shipped = /^codebooks\/([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/.exec(recorded.file)?.[1];
  const locations = [
    ...(shipped === undefined ? [] : [shipped]),
    path.resolve(cwd, recorded.file),
    path.resolve(path.dirname(path.dirname(resultFile)), recorded.file),
  ];
  for (const location of locations) {
    const source = await readCodebookSource(location, cwd).catch(() => null);
    if (source === null || source.sha256 !== recorded.sha256) continue;
    const guidance = readCodebookGuidance(source.text);
    if (guidance === null) continue;
    if (location !== shipped) read.push({ absolute: location, display: source.file });
    return guidance;
  }
  return null;
}
