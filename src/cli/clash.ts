import { stat } from 'node:fs/promises';
import path from 'node:path';

/** A file a command reads: where it is, and how the user sees it. */
export interface InputFile {
  readonly absolute: string;
  readonly display: string;
}

/**
 * The first input that writing `names` into `folder` would overwrite, or undefined. Outputs are
 * moved into place by rename, which replaces the entry of that name: an input is overwritten when
 * it is that entry, by the same path or by another one (a symbolic link to the folder, a
 * case-insensitive file system), which the file's device and inode reveal.
 */
export async function findOverwrittenInput(folder: string, names: readonly string[], inputs: readonly InputFile[]): Promise<InputFile | undefined> {
  const targets = new Set(names.map((name) => path.join(folder, name)));
  const samePath = inputs.find((input) => targets.has(path.resolve(input.absolute)));
  if (samePath) return samePath;
  const fold = (name: string) => name.normalize('NFC').toLowerCase();
  const folded = new Set(names.map(fold));
  // Only an input with one of the names can be the entry a rename replaces: no need to look at the others.
  const candidates = inputs.filter((input) => folded.has(fold(path.basename(input.absolute))));
  if (candidates.length === 0) return undefined;
  const existing = new Set<string>();
  for (const target of targets) {
    const info = await stat(target).catch(() => null);
    if (info) existing.add(`${info.dev}:${info.ino}`);
  }
  for (const input of candidates) {
    const info = await stat(input.absolute).catch(() => null);
    if (info && existing.has(`${info.dev}:${info.ino}`)) return input;
  }
  return undefined;
}
