import type { Diagnostic } from '../model/diagnostic.js';
import type { ResultHit } from '../model/result.js';
import type { ExportTexts } from './export-texts.js';
import type { QdpxCoding, QdpxSelection } from './project-model.js';

/** A code's label and the language its notes are written in. */
export interface CodeInfo {
  readonly label: string;
  readonly texts: ExportTexts;
}

/** One coding on one span: positions in code points (for the file) and UTF-16 (for the name), and the hits behind it. */
export interface SpanEvidence {
  readonly start: number;
  readonly end: number;
  readonly utf16Start: number;
  readonly utf16End: number;
  readonly codeId: string;
  readonly negated: boolean;
  readonly hits: readonly ResultHit[];
}

/** How much of the selected text names a selection. */
const NAME_LENGTH = 60;

/**
 * Spans on the same stretch of text become one selection with a coding per code (one quotation
 * with several codes, as QDA tools show it), sorted by position. The selection is named by the
 * start of its text and described by the words that matched; a negated mention's coding carries
 * a note saying so.
 */
export function collectSelections(
  text: string,
  spans: readonly SpanEvidence[],
  codes: ReadonlyMap<string, CodeInfo>,
  diagnostics: Diagnostic[],
  file: string,
): QdpxSelection[] {
  const groups = new Map<string, { first: SpanEvidence; byCode: Map<string, SpanEvidence[]> }>();
  const unknown = new Set<string>();
  for (const span of spans) {
    if (!codes.has(span.codeId)) {
      unknown.add(span.codeId);
      continue;
    }
    const key = `${span.start}:${span.end}`;
    const group = groups.get(key) ?? { first: span, byCode: new Map<string, SpanEvidence[]>() };
    groups.set(key, group);
    group.byCode.set(span.codeId, [...(group.byCode.get(span.codeId) ?? []), span]);
  }
  for (const codeId of unknown) {
    diagnostics.push({
      file,
      severity: 'warning',
      reason: `codings of "${codeId}" are left out: no codebook of the result has that code`,
      ruleId: 'export-unknown-code',
    });
  }
  return [...groups.values()]
    .sort((a, b) => a.first.start - b.first.start || a.first.end - b.first.end)
    .map(({ first, byCode }) => {
      const evidence: string[] = [];
      const codings: QdpxCoding[] = [...byCode].map(([codeId, entries]) => {
        const code = codes.get(codeId)!;
        const hits = entries.flatMap((entry) => entry.hits);
        evidence.push(`${code.label}: ${unique(hits.map((hit) => `"${hit.text}" via ${hit.pattern}`)).join('; ')}`);
        const negated = entries.every((entry) => entry.negated);
        const cues = unique(hits.flatMap((hit) => (hit.cue === null ? [] : [hit.cue])));
        return { codeId, note: negated ? code.texts.negatedNote(code.label, cues) : null };
      });
      return {
        start: first.start,
        end: first.end,
        name: excerpt(text.slice(first.utf16Start, first.utf16End)),
        description: evidence.join('\n'),
        codings,
      };
    });
}

/** The start of a text on one line, cut at a character (never inside a surrogate pair). */
function excerpt(text: string): string {
  const characters = Array.from(text.replace(/\s+/g, ' ').trim());
  return characters.length <= NAME_LENGTH
    ? characters.join('')
    : `${characters
        .slice(0, NAME_LENGTH - 1)
        .join('')
        .trimEnd()}…`;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
