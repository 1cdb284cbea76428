import type { AllowList } from './allow-list.js';
import { compareFindings, makeFinding, overlaps, type Finding, type TextRange } from './finding.js';
import { frontMatterParts } from './protected-ranges.js';
import { scanText, type ScanOptions } from './scan.js';

/** A speaker label in the text: all of it (timestamps, colon) and the speaker's name in it (the segmenter's LabelPlace). */
export interface LabelRange extends TextRange {
  readonly nameStart: number;
  readonly nameEnd: number;
}

/** How to scan a whole transcript: the scan's options, its speaker labels and what is allowed. */
export interface TranscriptScanOptions extends Omit<ScanOptions, 'exclude'> {
  /** The speaker labels, from the segmenter; without them every label is scanned as running text. */
  readonly labels?: readonly LabelRange[];
  /** Values that are fine: their findings are left out. */
  readonly allow?: AllowList;
}

/**
 * Finds likely personal data in a transcript's source text. Front matter keys and the `names:` entry
 * are not scanned (values are). Speaker labels are scanned on their own, as names only: a label
 * whose name part holds a name (`Marieke de Vries  0:09`, `Jansen, Piet:`) is reported whole, since
 * a speaker's label stands for one person; `R07:` and `Interviewer:` are not names. The words after
 * a label start a sentence. Findings of allowed values are left out. Sorted by position.
 */
export function scanTranscript(text: string, options: TranscriptScanOptions = {}): Finding[] {
  const labels = options.labels ?? [];
  const front = frontMatterParts(text);
  const exclude = [...(front?.protected ?? []), ...labels];
  const found = scanText(text, { ...options, exclude });
  if (labels.length > 0 && (options.kinds === undefined || options.kinds.includes('name')))
    found.push(...scanLabels(text, labels, options));
  const allow = options.allow;
  const kept = allow && allow.size > 0 ? found.filter((finding) => !allow.allows(finding)) : found;
  return kept.sort(compareFindings);
}

/** Name findings in speaker labels, each label text scanned once. */
function scanLabels(text: string, labels: readonly LabelRange[], options: TranscriptScanOptions): Finding[] {
  const byText = new Map<string, readonly Finding[]>();
  const findings: Finding[] = [];
  for (const label of labels) {
    const labelText = text.slice(label.start, label.end);
    let inLabel = byText.get(labelText);
    if (inLabel === undefined) {
      inLabel = scanText(labelText, { ...options, kinds: ['name'], exclude: [] });
      byText.set(labelText, inLabel);
    }
    const name: TextRange = { start: label.nameStart, end: label.nameEnd };
    const inName = inLabel.filter((finding) => overlaps(name, shifted(finding, label.start)));
    if (inName.length > 0) {
      const confidence = Math.max(...inName.map((finding) => finding.confidence));
      findings.push(makeFinding(text, 'name', name.start, name.end, confidence, `a speaker label that is a name (${inName[0]!.reason})`));
    }
    for (const finding of inLabel) {
      if (!inName.includes(finding))
        findings.push(
          makeFinding(text, 'name', finding.start + label.start, finding.end + label.start, finding.confidence, finding.reason),
        );
    }
  }
  return findings;
}

function shifted(range: TextRange, by: number): TextRange {
  return { start: range.start + by, end: range.end + by };
}
