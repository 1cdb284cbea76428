import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import { compareNatural } from '../text/natural-compare.js';
import { describeKind } from './read-bounded.js';
import type { TranscriptFile, TranscriptFormat } from '../model/transcript.js';
import { describeFsError } from '../text/fs-error.js';
import { displayPath } from '../text/paths.js';

/** Transcript formats by file extension. */
export const TRANSCRIPT_FORMATS: Readonly<Record<string, TranscriptFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.docx': 'docx',
  '.vtt': 'vtt',
  '.srt': 'srt',
};

/** Options for walking input paths. */
export interface ListOptions {
  readonly cwd: string;
  /** Absolute folders never walked into (the output folder), and files left out without a word (an attributes sheet). */
  readonly exclude: readonly string[];
  /** The most bytes of a transcript (`--max-file-size`). */
  readonly maxFileSize?: number;
}

/** Documentation that travels with a corpus and is not a transcript. */
const NOT_TRANSCRIPTS = /^(readme|license|licence|notice|changelog|copying)(\.[a-z]+)?$/i;
/** Folders that are never part of a corpus. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** Walk files and folders (recursively, in natural order: `Interview 2` before `Interview 10`) and list the transcripts in them. */
export async function listTranscriptFiles(
  inputs: readonly string[],
  options: ListOptions,
): Promise<{ files: TranscriptFile[]; diagnostics: Diagnostic[] }> {
  const files: TranscriptFile[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>(options.exclude);
  const diagnostics: Diagnostic[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(options.cwd, input);
    const info = await statInput(input, absolute);
    if (info.isDirectory()) {
      await walkFolder(absolute, options, { files, skipped, seen, diagnostics }, true);
    } else if (!info.isFile()) {
      diagnostics.push(notAFile(displayPath(absolute, options.cwd), info));
    } else if (!seen.has(absolute)) {
      // A file named on the command line is read whatever its extension says.
      seen.add(absolute);
      const format = TRANSCRIPT_FORMATS[path.extname(absolute).toLowerCase()];
      if (format) files.push(toFile(absolute, format, options));
      else skipped.push(displayPath(absolute, options.cwd));
    }
  }
  if (skipped.length > 0) {
    const shown = skipped.slice(0, 10).join(', ');
    const more = skipped.length > 10 ? ` and ${skipped.length - 10} more` : '';
    diagnostics.push({
      file: skipped[0]!,
      severity: 'warning',
      reason: `skipped ${skipped.length} ${skipped.length === 1 ? 'file that is' : 'files that are'} not a transcript (${Object.keys(TRANSCRIPT_FORMATS).join(', ')}): ${shown}${more}`,
      ruleId: 'unsupported-file',
    });
  }
  return { files, diagnostics };
}

async function statInput(input: string, absolute: string) {
  try {
    return await stat(absolute);
  } catch (error) {
    throw new UserError(`${input}: ${describeFsError(error)}`);
  }
}

interface WalkState {
  readonly files: TranscriptFile[];
  readonly skipped: string[];
  readonly seen: Set<string>;
  readonly diagnostics: Diagnostic[];
}

async function walkFolder(folder: string, options: ListOptions, state: WalkState, named: boolean): Promise<void> {
  if (options.exclude.some((excluded) => excluded === folder)) return;
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    // A folder named on the command line must be read; one found inside it is skipped.
    if (named) throw new UserError(`${displayPath(folder, options.cwd)}: ${describeFsError(error)}`);
    state.diagnostics.push({
      file: displayPath(folder, options.cwd),
      severity: 'warning',
      reason: `cannot read folder: ${describeFsError(error)}; skipped with everything in it`,
      ruleId: 'unreadable-folder',
    });
    return;
  }
  const names = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => compareNatural(a.name, b.name));
  for (const entry of names) {
    const absolute = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await walkFolder(absolute, options, state, false);
      continue;
    }
    if (state.seen.has(absolute) || NOT_TRANSCRIPTS.test(entry.name)) continue;
    state.seen.add(absolute);
    const format = TRANSCRIPT_FORMATS[path.extname(entry.name).toLowerCase()];
    if (!format) {
      if (entry.isFile() || entry.isSymbolicLink()) state.skipped.push(displayPath(absolute, options.cwd));
      continue;
    }
    // A link, FIFO or device named like a transcript: only a regular file is read.
    const problem = entry.isFile() ? null : await checkRegular(absolute, displayPath(absolute, options.cwd));
    if (problem) state.diagnostics.push(problem);
    else state.files.push(toFile(absolute, format, options));
  }
}

function toFile(absolute: string, format: TranscriptFormat, options: ListOptions): TranscriptFile {
  const file = { absolute, display: displayPath(absolute, options.cwd), format };
  return options.maxFileSize === undefined ? file : { ...file, maxBytes: options.maxFileSize };
}

/** A warning when `absolute` (followed if a link) is not a regular file; null when it is. */
async function checkRegular(absolute: string, display: string): Promise<Diagnostic | null> {
  try {
    const info = await stat(absolute);
    return info.isFile() ? null : notAFile(display, info);
  } catch (error) {
    return {
      file: display,
      severity: 'warning',
      reason: `cannot read file: ${describeFsError(error)}; skipped`,
      ruleId: 'unreadable-file',
    };
  }
}

function notAFile(display: string, info: Stats): Diagnostic {
  return { file: display, severity: 'warning', reason: `${describeKind(info)}, not a regular file; skipped`, ruleId: 'not-a-file' };
}
