import { createCodebookValidator } from '../codebook/schema.js';
import { loadCodebook } from '../codebook/load.js';
import type { Codebook } from '../model/codebook.js';
import { findDuplicateIds } from '../codebook/unique-ids.js';
import { DEFAULT_CODEBOOK, readCodebookSource } from '../ingest/codebook-files.js';
import { UserError, type Diagnostic } from '../model/diagnostic.js';

/**
 * Read, parse and validate the --codebook values (paths or shipped names); every problem at once.
 * Warnings (a regex that can take polynomial time) go to `warn` when the codebooks load.
 */
export async function loadCodebooks(
  values: readonly string[],
  cwd: string,
  warn: (diagnostic: Diagnostic) => void = () => undefined,
): Promise<Codebook[]> {
  const validator = createCodebookValidator();
  const names = values.length > 0 ? [...new Set(values)] : [DEFAULT_CODEBOOK];
  const codebooks: Codebook[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const value of names) {
    const loaded = loadCodebook(await readCodebookSource(value, cwd), validator);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.codebook) codebooks.push(loaded.codebook);
  }
  diagnostics.push(...findDuplicateIds(codebooks));
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    throw new UserError(`invalid codebook ${names.join(', ')}`, diagnostics);
  }
  for (const diagnostic of diagnostics) warn(diagnostic);
  return codebooks;
}
