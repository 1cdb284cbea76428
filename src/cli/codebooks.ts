import { loadCodebooks } from '../pipeline/load-codebooks.js';
import { listShippedCodebooks } from '../ingest/codebook-files.js';
import { UserError } from '../model/diagnostic.js';
import { EXIT_OK, type Io } from './io.js';

/** Options of `rodedraad codebooks`. */
export interface CodebooksOptions {
  readonly format?: string;
}

/** `rodedraad codebooks`: list the shipped codebooks with their size. */
export async function runCodebooks(options: CodebooksOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UserError(`--format must be text or json; found "${format}"`);
  const codebooks = await loadCodebooks(await listShippedCodebooks(), io.cwd);
  const rows = codebooks.map((codebook) => ({
    id: codebook.id,
    title: codebook.title,
    version: codebook.version,
    language: codebook.language,
    themes: codebook.themes.length,
    codes: codebook.themes.reduce((sum, theme) => sum + theme.codes.length, 0),
  }));
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT_OK;
  }
  const table = [
    ['id', 'title', 'version', 'language', 'themes', 'codes'],
    ...rows.map((row) => [row.id, row.title, row.version, row.language, String(row.themes), String(row.codes)]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  for (const row of table)
    io.stdout.write(
      `${row
        .map((cell, column) => (column >= 4 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
        .join('  ')
        .trimEnd()}\n`,
    );
  return EXIT_OK;
}
