import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from './output-check.js';

/** A file a command reads: where it is, and how the user sees it. */
export interface InputFile {
  readonly absolute: string;
  readonly display: string;
}

/**
 * The first input that lies inside `folder`, which a command is about to replace as a whole, or
 * undefined. Real paths are compared too, so that a folder reached through a symbolic link (or
 * an input that is one) is caught. An input that does not exist cannot be lost. `kept` names
 * inputs the new folder carries over.
 */
export async function findInputInside(
  folder: string,
  inputs: readonly InputFile[],
  kept: (absolute: string) => boolean = () => false,
): Promise<InputFile | undefined> {
  const realFolder = await realpath(folder).catch(() => folder);
  for (const input of inputs) {
    const absolute = path.resolve(input.absolute);
    if (kept(absolute)) continue;
    const real = await realpath(absolute).catch(() => null);
    if (real === null) continue;
    if (isInside(folder, absolute) || isInside(realFolder, absolute)) return input;
    if (!kept(real) && isInside(realFolder, real)) return input;
  }
  return undefined;
}
