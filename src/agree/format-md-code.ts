import { table } from '../report/markdown-table.js';
import { formatQuote } from '../report/quote-format.js';
import type { Locator } from '../text/locate.js';
import { markdownCode, markdownText } from '../text/markdown.js';
import type { Disagreement, GroupAgreement } from './compare.js';
import type { CodeGroup } from './match-codes.js';
import { passageOf } from './passages.js';
import { codeNames, figure } from './report-model.js';
import type { CandidateCodebook, CodeSuggestions } from './suggest.js';
import type { AgreementTexts } from './texts.js';
import type { UnitDocument } from './units.js';

/** Disagreements listed per code and direction in agreement.md; agreement.json has them all. */
export const LISTED_DISAGREEMENTS = 10;
/** A pattern is listed as mostly outside the reference from this many segments on. */
const NOISY_FROM = 2;

/** The section of agreement.md on one code: its disagreements with their text, then what to change. */
export function codeSection(
  code: GroupAgreement,
  suggestions: CodeSuggestions | null,
  texts: AgreementTexts,
  evidence: CandidateCodebook['evidence'] | null,
  locators: WeakMap<UnitDocument, Locator>,
): string[] {
  const f1 = figure(code.figures.f1);
  const lines = [`### ${groupName(code.group)}`, '', texts.codeLine(f1, code.missed.length, code.extra.length), ''];
  const list = (title: string, entries: readonly Disagreement[], show: (entry: Disagreement) => string[]): void => {
    if (entries.length === 0) return;
    lines.push(`**${title}**`, '');
    for (const entry of entries.slice(0, LISTED_DISAGREEMENTS)) lines.push(...show(entry));
    if (entries.length > LISTED_DISAGREEMENTS) lines.push(`- ${texts.more(entries.length - LISTED_DISAGREEMENTS)}`);
    lines.push('');
  };
  list(texts.missed, code.missed, (entry) => missedEntry(entry, texts, locators));
  const within = withinPassages(code.missed, locators);
  if (within.segments > 0) lines.push(texts.withinPassages(within.segments, code.missed.length, within.passages), '');
  list(texts.extra, code.extra, (entry) => extraEntry(entry, texts, evidence));
  if (suggestions === null) return lines;
  lines.push(`**${texts.words}**`, '');
  if (suggestions.terms.length === 0) lines.push(code.missed.length === 0 ? texts.noMissed : texts.noWords, '');
  else {
    const rows = suggestions.terms.map((term) => [
      markdownCode(term.pattern),
      term.exact ? '' : markdownText(term.stem),
      `${term.inMissed}/${term.missed} (${term.documents})`,
      `${term.inOther}/${term.other}`,
      term.g2.toFixed(1),
      `${term.reaches} (${term.reachesInReference})`,
      `${f1} → ${figure(term.f1)}`,
    ]);
    lines.push(...table(texts.wordsHeader, rows, 'llrrrrr'), '', texts.wordsNote, '');
  }
  const noisy = suggestions.patterns.filter((pattern) => pattern.fired >= NOISY_FROM && pattern.inReference / pattern.fired < 0.5);
  if (noisy.length > 0) {
    lines.push(`**${texts.noisy}**`, '');
    for (const pattern of noisy) {
      const share = `${Math.round((100 * pattern.inReference) / pattern.fired)}%`;
      const line = texts.noisyLine(pattern.fired, pattern.inReference, share, f1, figure(pattern.f1Without));
      lines.push(`- ${markdownCode(pattern.pattern, 'outside-table')}: ${line}`);
    }
    lines.push('');
  }
  if (suggestions.patterns.length > 0) {
    lines.push(`**${texts.forms}**`, '');
    for (const pattern of suggestions.patterns) {
      const collided = new Set(pattern.collisions.map((collision) => collision.form));
      const forms = pattern.forms.map(
        (form) => `${markdownText(form.form)} ×${form.count}${collided.has(form.form) ? ` (${texts.collision})` : ''}`,
      );
      lines.push(`- ${markdownCode(pattern.pattern, 'outside-table')}: ${forms.join(', ')}`);
    }
    lines.push('');
  }
  return lines;
}

/** A segment the reference coded and the candidate missed: the part the reference coded in bold, and where its passage runs when that is longer. */
function missedEntry(entry: Disagreement, texts: AgreementTexts, locators: WeakMap<UnitDocument, Locator>): string[] {
  const passage = passageOf(entry, locators);
  const lines = passage.lines === null ? '' : ` ${texts.passage(lineRange(passage.lines.start, passage.lines.end, texts))}`;
  return [`- ${place(entry, texts)}${lines}`, `  > ${formatQuote(entry.segment.text, passage.marks)}`];
}

/**
 * How many missed segments lie in passages the reference coded across several turns (a question
 * and its answers), and how many such passages: there the words that carry the code may stand in
 * another turn than the one counted.
 */
function withinPassages(
  entries: readonly Disagreement[],
  locators: WeakMap<UnitDocument, Locator>,
): { segments: number; passages: number } {
  const passages = new Set<string>();
  let segments = 0;
  for (const entry of entries) {
    const { lines } = passageOf(entry, locators);
    if (lines === null) continue;
    segments++;
    passages.add(`${entry.document.id}:${lines.start}-${lines.end}`);
  }
  return { segments, passages: passages.size };
}

/** A segment only the candidate coded: its hits in bold, and the patterns that fired. */
function extraEntry(entry: Disagreement, texts: AgreementTexts, evidence: CandidateCodebook['evidence'] | null): string[] {
  const { segment } = entry;
  const hits = entry.spans.flatMap((span) => {
    const found = evidence?.(span);
    return found !== undefined && found.segmentStart === segment.start.offset && found.segmentEnd === segment.end.offset ? found.hits : [];
  });
  const patterns = [...new Set(hits.map((hit) => hit.pattern))].map((pattern) => markdownCode(pattern, 'outside-table'));
  const fired = patterns.length > 0 ? ` — ${texts.firedBy} ${patterns.join(', ')}` : '';
  return [`- ${place(entry, texts)}${fired}`, `  > ${formatQuote(segment.text, hits)}`];
}

function place({ document, segment }: Disagreement, texts: AgreementTexts): string {
  return `${markdownText(document.id)}, ${lineRange(segment.start.line, segment.end.line, texts)}`;
}

function lineRange(start: number, end: number, texts: AgreementTexts): string {
  return `${texts.line} ${start === end ? start : `${start}-${end}`}`;
}

/** A code group as the candidate names it: its path, and its id where that is readable (not a GUID). */
export function groupName(group: CodeGroup): string {
  const name = markdownText(codeNames(group.candidate));
  return /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(group.id) ? name : `${name} (${markdownCode(group.id)})`;
}
