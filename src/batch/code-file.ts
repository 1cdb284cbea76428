import { segmentContexts } from '../code/contexts.js';
import { codeText } from '../code/apply.js';
import { compileMatcher, describeCodes, type Matcher } from '../code/matcher.js';
import { restoreCodings, storeCodings, type StoredCodings } from '../cache/codings.js';
import { restoreFile, storeFile } from '../cache/entry.js';
import { CacheStore, type CacheEntry } from '../cache/store.js';
import { sha256 } from '../text/sha256.js';
import { createSheetMerger } from '../ingest/merge-attributes.js';
import { createMarkdownParser } from '../ingest/parse-markdown.js';
import { parseTranscriptBytes } from '../ingest/read-transcript.js';
import { decodeSource, readTranscriptBytesSync } from '../ingest/read-file.js';
import type { AttributeSheet } from '../ingest/sheet-rows.js';
import type { Codebook } from '../model/codebook.js';
import type { CodedSegment, Coding } from '../model/coding.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SegmentedTranscript } from '../model/segment.js';
import type { CodingSettings } from '../model/settings.js';
import type { TranscriptFile } from '../model/transcript.js';
import { prepareRead } from '../pipeline/prepare.js';
import { csvDialect } from '../results/csv.js';
import { formatDocument, type FormattedDocument } from '../results/document-outputs.js';
import { countWords } from '../text/tokenize.js';

/** What every file of a batch is coded with: plain data, so that worker threads get the same. */
export interface BatchOptions {
  readonly codebooks: readonly Codebook[];
  readonly settings: CodingSettings;
  readonly excel: boolean;
  /** The cache folder; null for no cache. */
  readonly cacheDir: string | null;
  /** The version and build identity the cache keys entries by (readBuildIdentity). */
  readonly toolVersion: string;
  readonly sheet: AttributeSheet | null;
}

/** One file to code, with the id it gets when its front matter names none. */
export interface FileTask {
  readonly file: TranscriptFile;
  readonly defaultId: string;
}

/** A file coded: its diagnostics, and its document formatted for the outputs (null when it could not be used). */
export interface FileOutcome {
  readonly diagnostics: readonly Diagnostic[];
  readonly document: FormattedDocument | null;
  /** What merging the attribute sheet found (reported only when the document is kept). */
  readonly sheetDiagnostics: readonly Diagnostic[];
}

/** Codes one file at a time; `flush` waits until what it wrote to the cache is in place. */
export type FileCoder = ((task: FileTask) => Promise<FileOutcome>) & { readonly flush: () => Promise<void> };

/**
 * The coder of single files: read, segment (or take the segments from the cache), code (only the
 * codes the cache has no codings of) and format. Text is always read from the file: the cache
 * holds places, labels and codings, never text.
 */
export function createFileCoder(options: BatchOptions): FileCoder {
  const { codebooks, settings } = options;
  const codes = compileMatcher(codebooks).codes;
  const described = describeCodes(codebooks).map((description) => sha256(`${description}\u0000${settings.includeInterviewer}`));
  const dialect = csvDialect(options.excel);
  const store = options.cacheDir === null ? null : new CacheStore(options.cacheDir);
  const markdown = createMarkdownParser();
  const sheet = options.sheet ? createSheetMerger(options.sheet) : null;
  const matchers = new Map<string, Matcher>();
  const matcherFor = (orders: readonly number[]): Matcher => {
    const key = orders.length === codes.length ? '*' : orders.join(',');
    let matcher = matchers.get(key);
    if (!matcher) {
      matcher = key === '*' ? compileMatcher(codebooks) : compileMatcher(codebooks, new Set(orders));
      matchers.set(key, matcher);
    }
    return matcher;
  };

  const codeFile = async ({ file, defaultId }: FileTask): Promise<FileOutcome> => {
    const bytes = readTranscriptBytesSync(file);
    if (!Buffer.isBuffer(bytes)) return { diagnostics: [bytes], document: null, sheetDiagnostics: [] };
    const hash = sha256(bytes);
    // A .docx's text comes from converting it: nothing to gain from the cache.
    const cache = store && file.format !== 'docx' ? store : null;
    const key = JSON.stringify([
      'rodedraad',
      options.toolVersion,
      hash,
      file.display,
      file.format,
      defaultId,
      settings.unit,
      settings.interviewers,
      settings.encoding ?? 'utf-8',
    ]);
    const entry = cache ? cache.read(key) : null;
    const source = entry ? decodeSource(file, bytes, settings.encoding, hash) : null;
    const restored = entry && source && !('reason' in source) ? restoreFile(entry.file, source.text) : null;
    let prepared: { transcript: SegmentedTranscript | null; diagnostics: readonly Diagnostic[]; words?: readonly number[] };
    let text = source && !('reason' in source) ? source.text : '';
    if (restored) prepared = restored;
    else {
      const read = await parseTranscriptBytes(file, bytes, markdown, settings.encoding, hash);
      if (!('reason' in read)) text = read.source.text;
      prepared = prepareRead(read, file, defaultId, settings);
    }
    const { transcript } = prepared;
    if (!transcript) {
      const stored = cache && !restored ? storeFile(null, prepared.diagnostics, [], text) : null;
      if (stored && cache) cache.write(key, { file: stored, codes: {} });
      return { diagnostics: prepared.diagnostics, document: null, sheetDiagnostics: [] };
    }

    const coded = transcript.segments.map(
      (segment) => segment.role === 'respondent' || (settings.includeInterviewer && segment.role === 'interviewer'),
    );
    const known = restored
      ? codes.map((code, order) =>
          restoreCodings(
            entry!.codes[described[order]!],
            transcript.segments.map((segment, index) => ({ text: segment.text, coded: coded[index]! })),
            code,
          ),
        )
      : codes.map(() => null);
    const missing = codes.map((code) => code.order).filter((order) => !known[order]);
    const matcher = missing.length > 0 ? matcherFor(missing) : null;
    const words: number[] = [];
    // Codes limited by section: or question: are coded in each segment's context, as codeTranscript does.
    const contexts = segmentContexts(transcript.segments);
    const segments = transcript.segments.map((segment, index): CodedSegment => {
      let codings: Coding[] = [];
      let count = prepared.words?.[index];
      if (coded[index] && matcher) {
        const result = codeText(matcher, segment.text, contexts[index]);
        codings = result.codings;
        count = result.words;
      }
      for (const codingsOfCode of known) {
        const coding = codingsOfCode?.get(index);
        if (coding) codings.push(coding);
      }
      if (codings.length > 1) codings.sort((a, b) => a.code.order - b.code.order);
      count ??= countWords(segment.text);
      words.push(count);
      return { ...segment, coded: coded[index]!, words: count, codings };
    });

    if (cache && (missing.length > 0 || !restored)) {
      const stored = restored ? entry!.file : storeFile(transcript, prepared.diagnostics, words, text);
      if (stored) {
        const updates: Record<string, StoredCodings> = {};
        for (const order of missing) {
          const codings = storeCodings(segments, codes[order]!);
          if (codings) updates[described[order]!] = codings;
        }
        const kept = restored && Object.keys(entry!.codes).length < 256 ? entry!.codes : {};
        const next: CacheEntry = { file: stored, codes: { ...kept, ...updates } };
        cache.write(key, next);
      }
    }

    const merged = sheet ? sheet.merge(transcript) : null;
    const document = { ...transcript, ...(merged ? { attributes: merged.attributes } : {}), segments };
    return {
      diagnostics: prepared.diagnostics,
      document: formatDocument(document, codes, dialect),
      sheetDiagnostics: merged?.diagnostics ?? [],
    };
  };
  return Object.assign(codeFile, { flush: async () => store?.flush() });
}
