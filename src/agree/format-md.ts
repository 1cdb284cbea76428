import { table } from '../report/markdown-table.js';
import { formatQuote } from '../report/quote-format.js';
import { markdownCode, markdownText } from '../text/markdown.js';
import type { Disagreement, GroupAgreement } from './compare.js';
import type { CodeGroup } from './match-codes.js';
import { codeNames, figure, type AgreementReport, type CodingInput } from './report-model.js';
import type { CandidateCodebook, CodeSuggestions } from './suggest.js';
import { agreementTexts, type AgreementTexts } from './texts.js';

/** Disagreements listed per code and direction in agreement.md; agreement.json has them all. */
export const LISTED_DISAGREEMENTS = 10;

/** agreement.md: the tables first (`summary`, also printed), then per code the disagreements with their text and what to change. */
export function formatAgreementMarkdown(
  report: AgreementReport,
  language: 'nl' | 'en',
  evidence: CandidateCodebook['evidence'] | null,
): { summary: string; markdown: string } {
  const texts = agreementTexts(language);
  const { comparison } = report;
  const lines = [
    `# ${texts.title}`,
    '',
    `- ${texts.reference}: ${describeInput(report.reference, texts)}`,
    `- ${texts.candidate}: ${describeInput(report.candidate, texts)}`,
    '',
    texts.compared(comparison.documents.length, comparison.segments, texts.units[comparison.unit], texts.overlap(report.minimumOverlap)),
    '',
    texts.overall(
      figure(comparison.overall.microF1),
      figure(comparison.overall.macroF1),
      comparison.overall.macroCodes,
      figure(comparison.overall.pooledKappa),
    ),
    '',
    `## ${texts.perCode}`,
    '',
    ...table(
      texts.header,
      comparison.codes.map(({ group, figures }) => [
        groupName(group),
        markdownText(codeNames(group.reference)),
        figures.both,
        figures.onlyReference,
        figures.onlyCandidate,
        ...[figures.precision, figures.recall, figures.f1, figures.kappa, figures.alpha, figures.percentAgreement].map(figure),
      ]),
      'llrrrrrrrrr',
    ),
    '',
    texts.definitions,
    '',
  ];
  for (const entry of report.reliability) {
    const names = entry.coders.map((coder) => markdownText(coder.name));
    lines.push(`### ${texts.across(markdownText(entry.file), names.join(', '))}`, '');
    const rows = entry.codes.map((row) => [groupName(row.group), ...row.counts, figure(row.alpha), figure(row.fleiss)]);
    rows.push([texts.pooled, ...entry.coders.map(() => ''), figure(entry.pooled.alpha), figure(entry.pooled.fleiss)]);
    lines.push(...table(texts.acrossHeader(names), rows, `l${'r'.repeat(names.length + 2)}`), '');
  }
  const onlyReference = report.unmatchedCodes.reference.map((code) => markdownText(code.path.join(' > ')));
  const onlyCandidate = report.unmatchedCodes.candidate.map((code) => markdownText(code.path.join(' > ')));
  if (onlyReference.length + onlyCandidate.length > 0) {
    lines.push(`## ${texts.notCompared}`, '');
    if (onlyReference.length > 0) lines.push(texts.onlyIn(texts.reference.toLowerCase(), onlyReference.join(', ')), '');
    if (onlyCandidate.length > 0) lines.push(texts.onlyIn(texts.candidate.toLowerCase(), onlyCandidate.join(', ')), '');
  }
  const summary = `${lines.join('\n').trimEnd()}\n`;
  const details = [`## ${texts.disagreements}`, ''];
  comparison.codes.forEach((code, index) => {
    if (code.missed.length + code.extra.length === 0) return;
    details.push(...codeSection(code, report.suggestions?.[index] ?? null, texts, evidence));
  });
  return { summary, markdown: `${summary}\n${details.join('\n').trimEnd()}\n` };
}

function describeInput(input: CodingInput, texts: AgreementTexts): string {
  const coders =
    input.coders.length === 0 || input.kind === 'rodedraad' ? '' : `; ${texts.coders}: ${input.coders.map(markdownText).join(', ')}`;
  return `${markdownCode(input.file)} (${texts.kinds[input.kind]}${coders})`;
}

function codeSection(
  code: GroupAgreement,
  suggestions: CodeSuggestions | null,
  texts: AgreementTexts,
  evidence: CandidateCodebook['evidence'] | null,
): string[] {
  const lines = [`### ${groupName(code.group)}`, '', texts.codeLine(figure(code.figures.f1), code.missed.length, code.extra.length), ''];
  const list = (title: string, entries: readonly Disagreement[]): void => {
    if (entries.length === 0) return;
    lines.push(`**${title}**`, '');
    for (const entry of entries.slice(0, LISTED_DISAGREEMENTS)) lines.push(...disagreement(entry, texts, evidence));
    if (entries.length > LISTED_DISAGREEMENTS) lines.push(`- ${texts.more(entries.length - LISTED_DISAGREEMENTS)}`);
    lines.push('');
  };
  list(texts.missed, code.missed);
  list(texts.extra, code.extra);
  if (suggestions === null) return lines;
  lines.push(`**${texts.words}**`, '');
  if (suggestions.terms.length === 0) lines.push(texts.noWords, '');
  else {
    const rows = suggestions.terms.map((term) => [
      markdownText(term.term),
      markdownCode(term.pattern),
      `${term.inMissed}/${term.missed}`,
      `${term.inOther}/${term.other}`,
      term.g2.toFixed(1),
      `${term.reaches} (${term.reachesInReference})`,
    ]);
    lines.push(...table(texts.wordsHeader, rows, 'llrrrr'), '');
  }
  const noisy = suggestions.patterns.filter((pattern) => pattern.fired >= 2 && pattern.inReference / pattern.fired < 0.5);
  if (noisy.length > 0) {
    lines.push(`**${texts.noisy}**`, '');
    for (const pattern of noisy) {
      const share = `${Math.round((100 * pattern.inReference) / pattern.fired)}%`;
      lines.push(`- ${markdownCode(pattern.pattern, 'outside-table')}: ${texts.noisyLine(pattern.fired, pattern.inReference, share)}`);
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

function disagreement(entry: Disagreement, texts: AgreementTexts, evidence: CandidateCodebook['evidence'] | null): string[] {
  const { document, segment } = entry;
  const lines = segment.start.line === segment.end.line ? `${segment.start.line}` : `${segment.start.line}-${segment.end.line}`;
  // The candidate's hits in this very segment are marked; spans of a human coder are the whole segment's context.
  const hits = entry.spans.flatMap((span) => {
    const found = evidence?.(span);
    return found !== undefined && found.segmentStart === segment.start.offset && found.segmentEnd === segment.end.offset ? found.hits : [];
  });
  const patterns = [...new Set(hits.map((hit) => hit.pattern))].map((pattern) => markdownCode(pattern, 'outside-table'));
  const fired = patterns.length > 0 ? ` — ${texts.firedBy} ${patterns.join(', ')}` : '';
  return [`- ${markdownText(document.id)}, ${texts.line} ${lines}${fired}`, `  > ${formatQuote(segment.text, hits)}`];
}

/** A code group as the candidate names it: its path, and its id where that is readable (not a GUID). */
function groupName(group: CodeGroup): string {
  const name = markdownText(codeNames(group.candidate));
  return /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(group.id) ? name : `${name} (${markdownCode(group.id)})`;
}
