import type { TranscriptFile } from '../model/transcript.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { codeTranscript, segmentedTranscripts } from '../pipeline/pipeline.js';
import type { CodingSettings } from '../model/settings.js';
import { isEvidence } from '../aggregate/presence.js';
import { allCodes, finding, type CheckContext } from './context.js';
import type { FormCounter } from './word-forms.js';

/** What coding a corpus tells `check`: its diagnostics and the coded segment texts. */
export interface CorpusFindings {
  readonly diagnostics: Diagnostic[];
  /** Text of every coded segment, for the rules that look for co-occurrence. */
  readonly texts: string[];
  readonly documents: number;
}

/**
 * Code the corpus with all codebooks together, with the matcher the other rules use. `unused-code` (warning): a code that codes no
 * segment (negated mentions do not count). `coverage` (info): per document, the share of coded
 * segments (respondents) that no code reaches.
 */
export async function checkCorpus(
  context: CheckContext,
  files: readonly TranscriptFile[],
  settings: CodingSettings,
  forms: FormCounter,
): Promise<CorpusFindings> {
  const diagnostics: Diagnostic[] = [];
  const texts: string[] = [];
  const used = new Set<string>();
  let documents = 0;
  let segments = 0;
  const events = { diagnostic: (diagnostic: Diagnostic) => diagnostics.push(diagnostic), progress: () => undefined };
  for await (const transcript of segmentedTranscripts(files, settings, events)) {
    const document = codeTranscript(transcript, context.matcher, settings);
    documents += 1;
    const coded = document.segments.filter((segment) => segment.coded);
    segments += coded.length;
    let uncoded = 0;
    for (const segment of coded) {
      texts.push(segment.text);
      forms.add(segment.text);
      const present = segment.codings.filter(isEvidence);
      for (const coding of present) used.add(coding.code.code.id);
      if (present.length === 0) uncoded += 1;
    }
    const share = coded.length === 0 ? 0 : uncoded / coded.length;
    diagnostics.push({
      file: document.file,
      severity: 'info',
      reason: `${document.id}: ${uncoded} of ${coded.length} respondent segments (${Math.round(share * 100)}%) have no code`,
      ruleId: 'coverage',
    });
  }
  for (const { codebook, code } of allCodes(context.codebooks)) {
    if (used.has(code.id)) continue;
    diagnostics.push(
      finding(
        codebook.file,
        code.place,
        'warning',
        `code "${code.id}" codes no segment of the corpus (${documents} documents, ${segments} respondent segments)`,
        'unused-code',
      ),
    );
  }
  return { diagnostics, texts, documents };
}
