import type { Finding, TextRange } from './finding.js';
import { frontMatterParts } from './protected-ranges.js';
import type { PseudonymKey } from './pseudonym-key.js';
import { pseudonymiseText, type Pseudonymised } from './pseudonymise.js';
import type { LabelRange } from './scan-transcript.js';

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Pseudonymises a transcript's source text (findings from scanTranscript): every finding becomes its
 * placeholder, written without brackets in the front matter and in speaker labels (`NAAM-1:`) so
 * that the copy has the same front matter, labels and turns. Every line stays on its line. The
 * `names:` entry of the front matter is emptied (`names: []`, its other lines left blank): the names
 * are in the key, and the copy must not list them.
 */
export function pseudonymiseTranscript(
  text: string,
  findings: readonly Finding[],
  key: PseudonymKey,
  labels: readonly LabelRange[] = [],
): Pseudonymised {
  const front = frontMatterParts(text);
  const bare: TextRange[] = [...(front ? [front.block] : []), ...labels];
  const result = pseudonymiseText(text, findings, key, front?.protected ?? [], bare);
  const names = frontMatterParts(result.text)?.names;
  if (!names) return result;
  const entry = result.text.slice(names.start, names.end);
  const indent = entry.slice(0, entry.length - entry.trimStart().length);
  const emptied = `${indent}names: []${(entry.match(LINE_BREAK) ?? []).join('')}`;
  const shift = emptied.length - entry.length;
  const replacements = result.replacements.map((replacement) =>
    replacement.newStart < names.end
      ? replacement
      : { ...replacement, newStart: replacement.newStart + shift, newEnd: replacement.newEnd + shift },
  );
  return { key: result.key, replacements, text: result.text.slice(0, names.start) + emptied + result.text.slice(names.end) };
}
