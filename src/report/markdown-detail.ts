import { createHash } from 'node:crypto';
import { compareNames } from '../text/natural-compare.js';
import { percent } from './charts.js';
import { table } from './markdown-table.js';
import { labelWithId, markdownCode, markdownText } from '../text/markdown.js';
import { parametersLabel } from './markdown-saturation.js';
import { formatQuote } from './quote-format.js';
import type { Quote } from '../aggregate/quotes.js';
import type { ReportData } from './report-data.js';
import type { ReportTexts } from './texts.js';

/** Pairs of codes shown per level in the report; all of them are in cooccurrence.csv. */
const LISTED_PAIRS = 10;

/** Co-occurrence: the pairs with the highest Jaccard, per segment and per interview. */
export function cooccurrenceSection(data: ReportData, texts: ReportTexts): string[] {
  const c = texts.columns;
  const lines = [`## ${texts.cooccurrence}`, '', texts.cooccurrenceIntro, ''];
  for (const [level, heading] of [
    ['segment', texts.perSegment],
    ['document', texts.perDocument],
  ] as const) {
    const pairs = data.cooccurrence
      .filter((pair) => pair.level === level && pair.both >= 2)
      .sort((a, b) => b.jaccard - a.jaccard || b.both - a.both || a.a.order - b.a.order || a.b.order - b.b.order)
      .slice(0, LISTED_PAIRS);
    lines.push(`### ${heading}`, '');
    if (pairs.length === 0) lines.push(texts.noCooccurrence, '');
    else
      lines.push(
        ...table(
          [c.code, c.code, c.together, c.jaccard],
          pairs.map((pair) => [markdownText(pair.a.label), markdownText(pair.b.label), pair.both, pair.jaccard.toFixed(2)]),
          'llrr',
        ),
        '',
      );
  }
  return lines;
}

/** Quotes per code, in ranked order, each with its reference; a negated mention marked as such. */
export function quotesSection(data: ReportData, texts: ReportTexts): string[] {
  const lines = [`## ${texts.quotes}`, '', texts.quotesIntro, ''];
  const reference = (quote: Quote) =>
    `${markdownText(quote.document.id)}, ${texts.lines(quote.segment.start.line, quote.segment.end.line)}`;
  const quoted = (quote: Quote) =>
    formatQuote(
      quote.segment.text,
      quote.coding.hits.map((hit) => ({ start: hit.textStart, end: hit.textEnd })),
    );
  for (const entry of data.codes) {
    const { quotes, negated } = data.quotes.get(entry.code.id)!;
    lines.push(
      `### ${labelWithId(entry.code.label, entry.code.id)}`,
      '',
      `${markdownText(entry.code.theme.label)}; ${texts.interviewsWith(entry.documents)}, ${percent(entry.share)}.`,
      '',
    );
    if (quotes.length === 0) lines.push(texts.noQuotes, '');
    for (const quote of quotes) lines.push(`> ${quoted(quote)}`, `> — ${reference(quote)}`, '');
    if (negated) lines.push(`${texts.negatedMention}:`, '', `> ${quoted(negated)}`, `> — ${reference(negated)}`, '');
  }
  return lines;
}

/** The manifest: tool versions, codebooks with their hash, the transcripts, the settings. */
export function manifestSection(data: ReportData, texts: ReportTexts, toolVersion: string): string[] {
  const { result, settings } = data;
  const s = texts.settings;
  const hashes = [...result.documents].map((document) => document.sha256).sort(compareNames);
  const corpusHash = createHash('sha256').update(hashes.join('\n')).digest('hex');
  return [
    `## ${texts.manifest}`,
    '',
    `- ${texts.manifestTool(markdownText(toolVersion), markdownText(result.tool.version))}`,
    `- ${texts.manifestCodebooks} ${result.codebooks.map((codebook) => `${markdownCode(codebook.id)} ${markdownText(codebook.version)} (sha256 ${markdownCode(codebook.sha256)})`).join('; ')}`,
    `- ${texts.manifestTranscripts(result.documents.length, corpusHash)}`,
    `- ${texts.manifestSettings} ${s.unit}: ${markdownText(result.settings.unit)}; ${s.interviewers}: ${result.settings.includeInterviewer ? texts.yes : s.no}; ${s.minShare}: ${percent(settings.minShare)}; ${s.by}: ${settings.by.map(markdownText).join(', ') || s.none}; ${s.quotes}: ${settings.quotes}; ${s.saturation}: ${parametersLabel(settings.saturation)}; ${s.language}: ${settings.language}.`,
    '',
    '<details>',
    `<summary>${texts.documentHashes}</summary>`,
    '',
    ...table(
      [texts.columns.interview, texts.columns.file, texts.columns.hash],
      result.documents.map((document) => [markdownText(document.id), markdownText(document.file), markdownCode(document.sha256)]),
      'lll',
    ),
    '',
    '</details>',
    '',
  ];
}
