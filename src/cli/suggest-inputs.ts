import { stat } from 'node:fs/promises';
import path from 'node:path';
import { compileMatcher, type Matcher } from '../code/matcher.js';
import type { Codebook } from '../model/codebook.js';
import { type Diagnostic, UserError } from '../model/diagnostic.js';
import { RESULT_FILE } from '../model/result.js';
import { readCodingResult } from '../ingest/read-result.js';
import { loadCodebooks } from '../pipeline/load-codebooks.js';
import { createCodingRun } from '../pipeline/pipeline.js';
import { resultCodebooks, resultDocuments, suggestDocument } from '../suggest/documents.js';
import { groupValues } from '../suggest/groups.js';
import type { SuggestDocument } from '../suggest/model.js';
import { displayPath } from '../text/paths.js';
import type { InputFile } from './clash.js';
import type { Io } from './io.js';
import { codingSettings, listTranscripts, maxFileSizeOption } from './options.js';
import type { SuggestOptions } from './suggest.js';

/** What suggest reads: the interviews, the matcher of the codebooks, the codebooks, and the files read. */
export interface SuggestInput {
  readonly documents: SuggestDocument[];
  readonly matcher: Matcher;
  readonly codebooks: readonly Codebook[];
  readonly inputs: readonly InputFile[];
}

/** Whether the paths name a results folder (one that holds result.json) or a result.json itself. */
export async function resultLocation(paths: readonly string[], cwd: string): Promise<boolean> {
  if (paths.length !== 1) return false;
  const absolute = path.resolve(cwd, paths[0]!);
  if (absolute.endsWith('.json')) return true;
  return (await stat(path.join(absolute, RESULT_FILE)).catch(() => null))?.isFile() === true;
}

/** The interviews of a results folder, with its segmentation; its own codebooks unless --codebook names others. */
export async function fromResult(location: string, options: SuggestOptions, io: Io, diagnostics: Diagnostic[]): Promise<SuggestInput> {
  const { result, file } = await readCodingResult(location, io.cwd);
  const chosen =
    options.codebook.length > 0 ? await loadCodebooks(options.codebook, io.cwd, (diagnostic) => diagnostics.push(diagnostic)) : null;
  const codebooks = chosen ?? resultCodebooks(result);
  const matcher = compileMatcher(codebooks);
  return {
    documents: resultDocuments(result, chosen === null ? null : matcher),
    matcher,
    codebooks,
    inputs: [{ absolute: file, display: displayPath(file, io.cwd) }],
  };
}

/** The interviews of transcripts, read, segmented and coded as `code` does. */
export async function fromTranscripts(
  paths: readonly string[],
  options: SuggestOptions,
  out: string,
  io: Io,
  diagnostics: Diagnostic[],
): Promise<SuggestInput> {
  const settings = codingSettings({
    unit: options.unit,
    ...(options.interviewers === undefined ? {} : { interviewers: options.interviewers }),
  });
  const codebooks = await loadCodebooks(options.codebook, io.cwd, (diagnostic) => diagnostics.push(diagnostic));
  const listing = await listTranscripts(paths, io.cwd, [out], paths.join(', '), maxFileSizeOption(options.maxFileSize));
  diagnostics.push(...listing.diagnostics);
  const run = createCodingRun(codebooks, settings);
  const documents: SuggestDocument[] = [];
  const events = { diagnostic: (diagnostic: Diagnostic) => diagnostics.push(diagnostic), progress: () => undefined };
  for await (const document of run.documents(listing.files, events)) documents.push(suggestDocument(document));
  if (documents.length === 0)
    throw new UserError(
      'no transcript could be read',
      diagnostics.map((diagnostic) => ({ ...diagnostic, severity: 'error' as const })),
    );
  return { documents, matcher: compileMatcher(codebooks), codebooks, inputs: listing.files };
}

/** An attribute no interview has is an error; interviews without it are counted as "(onbekend)", with a warning. */
export function checkAttributes(documents: readonly SuggestDocument[], by: readonly string[], diagnostics: Diagnostic[]): void {
  for (const attribute of by) {
    const values = groupValues(documents, attribute);
    const missing = documents.filter((_, index) => values[index] === null).map((document) => document.id);
    if (missing.length === documents.length) throw new UserError(`--by ${attribute}: no interview has this attribute`);
    if (missing.length > 0)
      diagnostics.push({
        file: attribute,
        severity: 'warning',
        reason: `--by ${attribute}: ${missing.length} interviews have no ${attribute} and are counted as unknown: ${missing.join(', ')}`,
        ruleId: 'missing-attribute',
      });
  }
}
