import { table } from '../report/markdown-table.js';
import { markdownCode, markdownText } from '../text/markdown.js';
import { CLUSTERED_TERMS } from './find-candidates.js';
import { stubLines } from './format-yaml.js';
import type { RankedTerm } from './rank-terms.js';
import type { Candidate, SegmentRef, SuggestQuote, SuggestReport } from './report-model.js';
import { suggestTexts, type SuggestTexts } from './texts.js';

/** suggestions.md: the candidates first, each with its interviews, terms, quotes and code stub; then the coverage gap and the method. */
export function formatSuggestionsMarkdown(report: SuggestReport): string {
  const texts = suggestTexts(report.language);
  const number = (value: number, digits: number) =>
    report.language === 'nl' ? value.toFixed(digits).replace('.', ',') : value.toFixed(digits);
  const percent = (part: number, whole: number) => `${whole === 0 ? '0' : Math.round((part / whole) * 100)}%`;
  const codebooks = report.codebooks.map((codebook) => `${markdownCode(codebook.id)} ${markdownText(codebook.version)}`).join(', ');
  const lines = [
    texts.title,
    '',
    texts.corpus(report.documents, report.segments, codebooks),
    texts.gapShare(report.gapTokens, percent(report.gapTokens, report.gapTokens + report.reachedTokens)),
    '',
    texts.candidates,
    '',
  ];
  if (report.candidates.length === 0) lines.push(texts.none(report.minInterviews), '');
  else {
    const rows = report.candidates.map((candidate) => [
      candidate.rank,
      markdownText(candidate.label),
      candidate.documents.length,
      candidate.segments.length,
      markdownCode(candidate.stub.id),
    ]);
    lines.push(...table(texts.summaryHeader, rows, 'rlrrl'), '');
  }
  for (const candidate of report.candidates) lines.push(...candidateSection(candidate, report, texts, number));
  lines.push(...coverageSection(report, texts, percent), texts.method, '', ...texts.methodLines(report.minInterviews, CLUSTERED_TERMS), '');
  return lines.join('\n');
}

function candidateSection(
  candidate: Candidate,
  report: SuggestReport,
  texts: SuggestTexts,
  number: (value: number, digits: number) => string,
): string[] {
  const lines = [`### ${candidate.rank}. ${markdownText(candidate.label)}`, ''];
  lines.push(
    `- ${texts.interviews}: ${candidate.documents.length} / ${report.documents} (${candidate.documents.map(markdownText).join(', ')})`,
  );
  for (const grouping of candidate.groups) {
    const groups = grouping.groups.map(
      (group) => `${group.value === null ? texts.unknownGroup : markdownText(group.value)} ${group.documents}/${group.size}`,
    );
    lines.push(`- ${texts.perGroup(markdownText(grouping.attribute))}: ${groups.join(', ')}`);
  }
  lines.push(
    `- ${texts.segments}: ${candidate.segments.length} (${candidate.segments.map((segment) => place(segment, texts)).join('; ')})`,
    '',
  );
  lines.push(
    `${texts.terms}:`,
    '',
    ...table(
      texts.termHeader,
      candidate.terms.map((term) => termRow(term, number)),
      'llrrrrr',
    ),
    '',
  );
  lines.push(`${texts.quotes}:`, '');
  for (const quote of candidate.quotes) lines.push(...quoteLines(quote, texts), '');
  lines.push(texts.stub(candidate.reach.segments, candidate.reach.documents), '', '```yaml', ...stubLines(candidate.stub, ''), '```', '');
  return lines;
}

function termRow(term: RankedTerm, number: (value: number, digits: number) => string): (string | number)[] {
  const forms =
    term.forms
      .slice(0, 6)
      .map((entry) => `${entry.form} (${entry.count})`)
      .join(', ') + (term.forms.length > 6 ? ', …' : '');
  return [
    markdownCode(term.label),
    markdownText(forms),
    term.documents.length,
    term.gap,
    term.reached,
    term.g2 === null ? 'n/a' : number(term.g2, 1),
    term.logRatio === null ? 'n/a' : number(term.logRatio, 2),
  ];
}

function place(segment: SegmentRef, texts: SuggestTexts): string {
  const lines = segment.lineStart === segment.lineEnd ? `${segment.lineStart}` : `${segment.lineStart}-${segment.lineEnd}`;
  return `${markdownText(segment.document)} ${texts.line} ${lines}`;
}

function quoteLines(quote: SuggestQuote, texts: SuggestTexts): string[] {
  return [`> ${quote.markdown}`, `> — ${place(quote, texts)}`];
}

function coverageSection(report: SuggestReport, texts: SuggestTexts, percent: (part: number, whole: number) => string): string[] {
  const rows = report.coverage.map((entry) => [
    markdownText(entry.document),
    entry.segments,
    entry.unreached,
    percent(entry.unreached, entry.segments),
  ]);
  const segments = report.coverage.reduce((sum, entry) => sum + entry.segments, 0);
  const unreached = report.coverage.reduce((sum, entry) => sum + entry.unreached, 0);
  rows.push([`**${texts.total}**`, segments, unreached, percent(unreached, segments)]);
  const lines = [texts.coverage, '', texts.coverageIntro, '', ...table(texts.coverageHeader, rows, 'lrrr'), '', `${texts.examples}:`, ''];
  for (const entry of report.coverage) for (const example of entry.examples) lines.push(...quoteLines(example, texts), '');
  return lines;
}
