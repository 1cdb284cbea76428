import { randomBytes } from 'node:crypto';
import { realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { TranscriptFile } from '../model/transcript.js';
import { describeFsError } from '../text/fs-error.js';
import { displayPath } from '../text/paths.js';
import { readKeyFile } from '../ingest/privacy-files.js';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import { emptyPseudonymKey, KEY_WARNING, parsePseudonymKey, serializePseudonymKey, type PseudonymKey } from '../privacy/pseudonym-key.js';
import { pseudonymiseTranscript } from '../privacy/pseudonymise-transcript.js';
import { findInputInside } from './clash.js';
import { type Io, throwIfInterrupted } from './io.js';
import { isInside } from './output-check.js';
import { OutputFolder } from './output-dir.js';
import { scanFiles, type ScanJob } from './scan-file.js';
import { reportFindings, type ReportedFinding } from './scan-format.js';
import { commonFolder, copiesMarker, COPIES_MARKER, copyPaths, readPreviousCopies } from './scan-output.js';

/** Where the copies and the key go, as the user named them. */
export interface PseudonymiseTarget {
  readonly inputs: readonly string[];
  /** Absolute output folder. */
  readonly out: string;
  /** Absolute key file, or null: placeholders are then numbered afresh and no key is kept. */
  readonly key: string | null;
}

/** What pseudonymising wrote. */
export interface PseudonymiseOutcome {
  readonly findings: readonly ReportedFinding[];
  readonly diagnostics: readonly Diagnostic[];
  /** Lines for the user, about what was written where. */
  readonly notes: readonly string[];
}

/**
 * Checks the key before anything is written (never inside the output folder; a malformed one is a
 * user error), then writes a pseudonymised copy of every transcript into a staged output folder,
 * the key beside nothing but where the user said (atomically, readable by the owner only), and
 * swaps the folder in. A transcript that cannot be read stops the run: a partial set of copies is
 * not written.
 */
export async function pseudonymiseFiles(
  files: readonly TranscriptFile[],
  target: PseudonymiseTarget,
  job: ScanJob,
  io: Io,
): Promise<PseudonymiseOutcome> {
  const shownOut = displayPath(target.out, io.cwd);
  const realOut = await realpath(target.out).catch(() => target.out);
  let key = emptyPseudonymKey();
  if (target.key !== null) {
    const shownKey = displayPath(target.key, io.cwd);
    const realKeyFolder = await realpath(path.dirname(target.key)).catch(() => path.dirname(target.key!));
    const realKey = path.join(realKeyFolder, path.basename(target.key));
    if (isInside(target.out, target.key) || isInside(realOut, realKey) || realKey === realOut) {
      throw new UserError(
        `${shownKey}: the key file must not be in the output folder ${shownOut}/: it links the placeholders to personal data; keep it elsewhere`,
      );
    }
    const text = await readKeyFile(target.key, shownKey);
    if (text !== null) key = parsePseudonymKey(text, shownKey);
    // Found out now, not after every copy is made.
    const folderInfo = await stat(path.dirname(target.key)).catch(() => null);
    if (!folderInfo?.isDirectory()) throw new UserError(`${shownKey}: cannot write the key file there: no such folder`);
  }
  const clash = await findInputInside(target.out, files);
  if (clash) throw new UserError(`${clash.display}: is an input and would be overwritten by the copies; choose another -o`);
  const names = copyPaths(files, await commonFolder(target.inputs, io.cwd));
  const folder = await OutputFolder.create(target.out, {
    shown: shownOut,
    cwd: io.cwd,
    keep: [],
    signal: io.signal,
    previous: readPreviousCopies,
  });
  const notes = [...folder.notes];
  const findings: ReportedFinding[] = [];
  const diagnostics: Diagnostic[] = [];
  try {
    let index = 0;
    for await (const scanned of scanFiles(files, job)) {
      if ('reason' in scanned)
        throw new UserError(`${scanned.file}: ${scanned.reason}; no copies were written (remove it from the input or fix it)`);
      const file = scanned.file;
      diagnostics.push(...scanned.diagnostics);
      const result = pseudonymiseTranscript(scanned.text, scanned.findings, key, scanned.labels);
      key = result.key;
      await folder.writeFile(names[index]!, result.text);
      const placeholders = new Map(result.replacements.map((replacement) => [replacement.start, replacement.placeholder]));
      findings.push(...reportFindings(file.display, scanned.text, scanned.findings, placeholders));
      if (file.format === 'docx')
        notes.push(
          `${file.display}: written as ${shownOut}/${names[index]}, the text rodedraad reads from it (one paragraph per line, so line numbers stay); formatting, and the table of attributes as attributes, are not kept`,
        );
      index++;
      // Files of a batch arrive without I/O in between: give a signal its turn after each one.
      await nextTurn();
      throwIfInterrupted(io.signal);
    }
    await folder.writeFile(COPIES_MARKER, copiesMarker(names));
    // The key first: should the swap fail, a key with unused entries does no harm; copies without their key would.
    throwIfInterrupted(io.signal);
    if (target.key !== null) {
      await writeKey(target.key, key, displayPath(target.key, io.cwd));
      notes.push(`wrote the key to ${displayPath(target.key, io.cwd)}. ${KEY_WARNING}`);
    } else {
      notes.push(
        'no --key: the placeholders are numbered afresh in every run and nothing links them to the values; give --key <file> to keep them the same across runs',
      );
    }
    await folder.commit();
  } catch (error) {
    await folder.discard();
    throw error;
  }
  notes.push(
    `pseudonymised ${files.length} transcript${files.length === 1 ? '' : 's'} (${findings.length} replacement${findings.length === 1 ? '' : 's'}) into ${shownOut}/`,
  );
  return { findings, diagnostics, notes };
}

/** Write the key atomically (a temporary file renamed over it), readable and writable by the owner only. */
async function writeKey(file: string, key: PseudonymKey, shown: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(temporary, serializePseudonymKey(key), { mode: 0o600, flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new UserError(`${shown}: cannot write the key file: ${describeFsError(error)}`);
  }
}
