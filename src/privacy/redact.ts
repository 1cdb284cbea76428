import type { Finding } from './finding.js';
import { PLACEHOLDER_LABELS, type Replacement } from './pseudonymise.js';

/** A text with its findings replaced, and where each replacement stands (for shiftOffset). */
export interface Redacted {
  readonly text: string;
  readonly replacements: readonly Replacement[];
}

/**
 * Replaces each finding by its kind in brackets, without a number (`[NAAM]`, `[TELEFOON]`): for a
 * quote that leaves the corpus, where a numbered placeholder would link quotes to one person and a
 * masked value (`06-****5678`) would still show part of it. Overlapping findings: the first wins.
 */
export function redactText(text: string, findings: readonly Finding[]): Redacted {
  const replacements: Replacement[] = [];
  let output = '';
  let copied = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < copied) continue;
    const placeholder = `[${PLACEHOLDER_LABELS[finding.kind]}]`;
    output += text.slice(copied, finding.start);
    const newStart = output.length;
    output += placeholder;
    replacements.push({ kind: finding.kind, start: finding.start, end: finding.end, placeholder, newStart, newEnd: output.length });
    copied = finding.end;
  }
  return { text: output + text.slice(copied), replacements };
}
