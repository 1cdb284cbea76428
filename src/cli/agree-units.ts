import path from 'node:path';
import { unitsOfResult, unitsOfTranscript, type UnitDocument } from '../agree/units.js';
import { documentKey } from '../exchange/codings-table/table-documents.js';
import { formatOfPath, listTranscriptFiles } from '../ingest/list-files.js';
import type { SourceText, TextEncoding, TranscriptFile } from '../model/transcript.js';
import { createMarkdownParser, type MarkdownParser } from '../ingest/parse-markdown.js';
import { readTranscript } from '../ingest/read-transcript.js';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import { prepareRead } from '../pipeline/prepare.js';
import type { SegmentSettings } from '../model/settings.js';
import { parseTranscript } from '../ingest/parse.js';
import { segmentTranscript } from '../segment/segment.js';
import { shortList } from '../text/short-list.js';
import type { RawInput } from './agree-inputs.js';
import { listTranscripts } from './options.js';
import { sha256 } from '../text/sha256.js';

/** The units and where they came from, for messages. */
export interface LoadedUnits {
  readonly documents: UnitDocument[];
  readonly diagnostics: Diagnostic[];
  /** Where the segments came from, in words. */
  readonly source: string;
}

/**
 * The segments `agree` compares on. A rodedraad result brings its own (the transcripts it lists
 * are read for their text when a human coding must be placed on them); otherwise the transcripts
 * of --transcripts, else the sources inside a .qdpx, else the transcripts in the folder of the
 * codings table, are segmented into turns as `code` does.
 */
export async function loadUnits(
  inputs: readonly RawInput[],
  transcripts: readonly string[] | undefined,
  settings: SegmentSettings,
  cwd: string,
): Promise<LoadedUnits> {
  const diagnostics: Diagnostic[] = [];
  const markdown = createMarkdownParser();
  const given = transcripts === undefined ? null : await listTranscripts(transcripts, cwd, [], `--transcripts ${transcripts.join(', ')}`);
  if (given) diagnostics.push(...given.diagnostics);
  const result = inputs.find((input) => input.kind === 'rodedraad');
  if (result?.kind === 'rodedraad') {
    const documents = unitsOfResult(result.result);
    // Text files are decoded as `code` decoded them: result.json records --encoding when it was not UTF-8.
    const recorded = { ...settings, encoding: (result.result.settings as { readonly encoding?: TextEncoding }).encoding ?? 'utf-8' };
    if (inputs.every((input) => input.kind === 'rodedraad')) return { documents, diagnostics, source: result.file };
    const sources = inputs.flatMap((input) => (input.kind === 'qdpx' ? (input.read.project?.sources ?? []) : []));
    const byKey = new Map((given?.files ?? []).map((file) => [documentKey(file.display), file]));
    const withText: UnitDocument[] = [];
    const unreadable: string[] = [];
    for (const document of documents) {
      const file = byKey.get(documentKey(document.id)) ?? byKey.get(documentKey(document.file)) ?? transcriptAt(document.file, cwd);
      const read = await textOf(file, markdown, recorded);
      let text: string | null = null;
      if (!('reason' in read) && read.sha256 === document.sha256) text = read.text;
      else {
        // A project may hold the very text that was coded.
        text = sources.find((source) => source.text !== null && sha256(source.text) === document.sha256)?.text ?? null;
        if (text === null && 'reason' in read) unreadable.push(file.display);
        else if (text === null)
          diagnostics.push({
            file: file.display,
            severity: 'warning',
            reason: `transcript of ${document.id} changed since it was coded (its sha256 differs); code it again`,
            ruleId: 'agree-no-transcript',
          });
      }
      withText.push({ ...document, text });
    }
    if (unreadable.length > 0) {
      const reason = `${unreadable.length} transcript(s) that it lists cannot be read (${shortList(unreadable, 3)}); run agree in the folder where code ran, or give them with --transcripts`;
      diagnostics.push({ file: result.file, severity: 'warning', reason, ruleId: 'agree-no-transcript' });
    }
    return { documents: withText, diagnostics, source: result.file };
  }
  const project = inputs.find((input) => input.kind === 'qdpx');
  if (given === null && project?.kind === 'qdpx') {
    const documents = (project.read.project?.sources ?? []).flatMap((source) => {
      if (source.text === null) return [];
      const id = source.name.replace(/\.[a-z0-9]+$/i, '');
      const parsed = parseTranscript(source.text, 'text', source.name, markdown);
      const segmented = segmentTranscript(parsed, source.text, `${project.file}: ${source.name}`, { ...settings, documentId: id });
      diagnostics.push(...segmented.diagnostics);
      const transcript = {
        id,
        file: source.name,
        format: 'text' as const,
        sha256: sha256(source.text),
        attributes: {},
        segments: segmented.segments,
      };
      return [unitsOfTranscript(transcript, source.text)];
    });
    return { documents, diagnostics, source: `the sources in ${project.file}` };
  }
  const files = given?.files ?? (await besideTables(inputs, cwd, diagnostics));
  if (files.length === 0) {
    const tables = inputs.flatMap((input) => (input.kind === 'table' ? [input.file] : []));
    throw new UserError(
      `no transcripts to place the codings on: none in the folder of ${[...new Set(tables)].join(' and ')}; give them with --transcripts`,
    );
  }
  const documents: UnitDocument[] = [];
  for (const file of files) {
    const read = await readTranscript(file, markdown, settings.encoding);
    const prepared = prepareRead(read, file, path.posix.basename(file.display).replace(/\.[^.]+$/, ''), settings);
    diagnostics.push(...prepared.diagnostics);
    if (prepared.transcript !== null && !('reason' in read)) documents.push(unitsOfTranscript(prepared.transcript, read.source.text));
  }
  return { documents, diagnostics, source: given === null ? 'the transcripts beside the codings table' : '--transcripts' };
}

/** The transcripts in the folders of the codings tables. */
async function besideTables(inputs: readonly RawInput[], cwd: string, diagnostics: Diagnostic[]): Promise<TranscriptFile[]> {
  const folders = [...new Set(inputs.flatMap((input) => (input.kind === 'table' ? [path.dirname(input.absolute)] : [])))];
  const listing = await listTranscriptFiles(folders, { cwd, exclude: [] });
  diagnostics.push(...listing.diagnostics.map((diagnostic) => ({ ...diagnostic, severity: 'info' as const })));
  return listing.files;
}

function transcriptAt(file: string, cwd: string): TranscriptFile {
  return { absolute: path.resolve(cwd, file), display: file, format: formatOfPath(file) };
}

/** A transcript's text as `code` read it (a .docx converted, subtitles and text decoded), or why it cannot be read. */
async function textOf(file: TranscriptFile, markdown: MarkdownParser, settings: SegmentSettings): Promise<SourceText | Diagnostic> {
  const read = await readTranscript(file, markdown, settings.encoding);
  return 'reason' in read ? read : read.source;
}
