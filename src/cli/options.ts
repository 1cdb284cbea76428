import type { CodingSettings } from '../model/settings.js';
import { listTranscriptFiles, TRANSCRIPT_FORMATS } from '../ingest/list-files.js';
import type { TranscriptFile } from '../model/transcript.js';
import { DEFAULT_MAX_FILE_SIZE, parseSize } from '../ingest/read-bounded.js';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import type { ReportLanguage } from '../results/summary-md.js';
import { DEFAULT_INTERVIEWERS, SEGMENT_UNITS, type SegmentUnit } from '../model/segment.js';
import { splitLabels } from '../segment/speakers.js';
import { parseEncoding, TEXT_ENCODINGS } from '../ingest/encoding.js';
import type { TextEncoding } from '../model/transcript.js';

/** The flags that decide how transcripts are segmented and coded (code, diff; check --corpus). */
export interface CodingOptions {
  readonly unit: string;
  readonly includeInterviewer?: boolean;
  readonly interviewers?: string;
  /** `--max-file-size`, as typed: `50MB`. */
  readonly maxFileSize?: string;
  /** `--encoding`, as typed: `windows-1252`. */
  readonly encoding?: string;
}

/** Validate the coding flags once into frozen settings. */
export function codingSettings(options: CodingOptions): CodingSettings {
  if (!SEGMENT_UNITS.includes(options.unit as SegmentUnit)) {
    throw new UserError(`--unit must be one of ${SEGMENT_UNITS.join(', ')}; found "${options.unit}"`);
  }
  const interviewers = options.interviewers === undefined ? DEFAULT_INTERVIEWERS : splitLabels(options.interviewers);
  const encoding = encodingOption(options.encoding);
  return Object.freeze({
    unit: options.unit as SegmentUnit,
    includeInterviewer: options.includeInterviewer === true,
    interviewers: Object.freeze([...interviewers]),
    // Recorded only when it is not the default, so that result.json of a UTF-8 corpus stays as it was.
    ...(encoding === 'utf-8' ? {} : { encoding }),
  });
}

/** The --encoding value, checked: UTF-8 unless the flag names another encoding. */
export function encodingOption(value: string | undefined): TextEncoding {
  if (value === undefined) return 'utf-8';
  const encoding = parseEncoding(value);
  if (encoding === null)
    throw new UserError(
      `--encoding must be one of ${TEXT_ENCODINGS.join(', ')} (cp1252, latin1 and ansi name windows-1252); found "${value}"`,
    );
  return encoding;
}

/** The --lang value, checked; undefined when the flag is not given. */
export function languageOption(value: string | undefined): ReportLanguage | undefined {
  if (value === undefined) return undefined;
  if (value !== 'nl' && value !== 'en') throw new UserError(`--lang must be nl or en; found "${value}"`);
  return value;
}

/** The --max-file-size value in bytes, checked; the default when the flag is not given. */
export function maxFileSizeOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  const bytes = parseSize(value);
  if (bytes === null) throw new UserError(`--max-file-size must be a size such as 50MB, 500kB or 1GB; found "${value}"`);
  return bytes;
}

/**
 * The transcript files under `paths`, with the warnings about files skipped; a user error naming
 * why when there is none. `label` names the paths in that message (such as "--corpus interviews").
 */
export async function listTranscripts(
  paths: readonly string[],
  cwd: string,
  exclude: readonly string[],
  label = paths.join(', '),
  maxFileSize = DEFAULT_MAX_FILE_SIZE,
): Promise<{ files: TranscriptFile[]; diagnostics: Diagnostic[] }> {
  const listing = await listTranscriptFiles(paths, { cwd, exclude, maxFileSize });
  if (listing.files.length === 0) {
    const skipped = listing.diagnostics.map((diagnostic) => `; ${diagnostic.reason}`).join('');
    throw new UserError(`${label}: no transcripts found (${Object.keys(TRANSCRIPT_FORMATS).join(', ')} files)${skipped}`);
  }
  return listing;
}
