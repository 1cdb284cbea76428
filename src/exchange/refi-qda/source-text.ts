/** The files of a project archive that sources may point to, by entry name. */
export interface ArchiveFiles {
  /** The entries read whole. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** Why a wanted entry was not read (too large, damaged), by entry name. */
  readonly problems: ReadonlyMap<string, string>;
}

/** No archive: a bare project.qde whose internal sources cannot be found. */
export const NO_ARCHIVE: ArchiveFiles = { files: new Map(), problems: new Map() };

/** A source's text, or why there is none; `assumedInternal` when the path lacked `internal://`. */
export type SourceText = { readonly text: string; readonly assumedInternal: boolean } | { readonly skipped: string };

const EXTERNAL = /^(relative|absolute|file|https?):\/\//i;

/** Find and decode the plain text a `plainTextPath` names: `internal://x` is `sources/x` (any case of `sources/`). */
export function readSourceText(plainTextPath: string, archive: ArchiveFiles): SourceText {
  const path = plainTextPath.trim();
  if (EXTERNAL.test(path)) {
    return { skipped: `its text is outside the project (${path}); export the project with its sources inside` };
  }
  const internal = /^internal:\/\//i.test(path);
  const name = internal ? path.replace(/^internal:\/\//i, '') : path;
  const entry = findEntry(name, archive);
  if (entry === undefined) {
    const bare = archive.files.size === 0 && archive.problems.size === 0;
    const hint = bare ? ' (a project.qde read alone has no sources; read the .qdpx)' : '';
    return { skipped: `its text file ${name} is not in the archive${hint}` };
  }
  const problem = archive.problems.get(entry);
  if (problem !== undefined) return { skipped: problem };
  const decoded = decodeUtf8(archive.files.get(entry)!);
  if (decoded === null) return { skipped: `its text file ${entry} is not valid UTF-8` };
  return { text: decoded, assumedInternal: !internal };
}

/** The archive entry for a source file name: under `sources/` in any letter case, or at the given path. */
export function findEntry(name: string, archive: ArchiveFiles): string | undefined {
  const wanted = [`sources/${name}`, name, `sources/${safeDecode(name)}`].map((candidate) => candidate.toLowerCase());
  const names = [...archive.files.keys(), ...archive.problems.keys()];
  for (const candidate of wanted) {
    const found = names.find((entry) => entry.toLowerCase() === candidate);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** True for archive entries that can hold a project's text: the .qde and the plain-text sources. */
export function isTextEntry(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.qde') || lower.endsWith('.txt');
}

/** UTF-8 without a byte-order mark, or null when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    // The decoder drops a leading byte-order mark; offsets do not count it.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
