// Co-occurrence of codes and the quotes per theme and code.
import type { Quote } from '../../aggregate/quotes.js';
import { applyQuoteLabel } from '../quote-label.js';
import { quoteRuns } from '../quote-format.js';
import type { ReportData } from '../report-data.js';
import type { ReportTexts } from '../texts.js';
import { labelWithId, text, type Block, type Note } from './model.js';
import { cell, column, table } from './overview.js';

/** Pairs of codes shown per level in the report; all of them are in cooccurrence.csv. */
const LISTED_PAIRS = 10;

/** Co-occurrence: the pairs with the highest Jaccard, per segment and per interview. */
export function cooccurrenceBlocks(data: ReportData, texts: ReportTexts): Block[] {
  const c = texts.columns;
  const { count, decimal } = texts.numbers;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, content: text(texts.cooccurrence) },
    { kind: 'paragraph', content: text(texts.cooccurrenceIntro) },
  ];
  for (const [level, heading] of [
    ['segment', texts.perSegment],
    ['document', texts.perDocument],
  ] as const) {
    const pairs = data.cooccurrence
      .filter((pair) => pair.level === level && pair.both >= 2)
      .sort((a, b) => b.jaccard - a.jaccard || b.both - a.both || a.a.order - b.a.order || a.b.order - b.b.order)
      .slice(0, LISTED_PAIRS);
    blocks.push({ kind: 'heading', level: 3, content: text(heading) });
    if (pairs.length === 0) blocks.push({ kind: 'paragraph', content: text(texts.noCooccurrence) });
    else {
      const rows = pairs.map((pair) =>
        [pair.a.label, pair.b.label, pair.both, decimal(pair.jaccard, 2)].map((value) => cell(value, count)),
      );
      blocks.push(table([column(c.code), column(c.code), column(c.together, true), column(c.jaccard, true)], rows, 2));
    }
  }
  return blocks;
}

/**
 * Quotes per theme and code (codes in ranked order), each attributed; with a --quote-label the
 * document and lines go into a note, numbered from 1 in the order the quotes stand.
 */
export function quoteBlocks(data: ReportData, texts: ReportTexts): { blocks: Block[]; notes: Note[] } {
  const { percent } = texts.numbers;
  const label = data.settings.quoteLabel;
  const notes: Note[] = [];
  const source = (quote: Quote) => texts.quoteSource(quote.document.id, texts.lines(quote.segment.start.line, quote.segment.end.line));
  const quoteBlock = (quote: Quote): Block => {
    const content = quoteRuns(
      quote.segment.text,
      quote.coding.hits.map((hit) => ({ start: hit.textStart, end: hit.textEnd })),
    );
    if (label === null) return { kind: 'quote', content, attribution: text(source(quote)), note: null };
    notes.push({ number: notes.length + 1, content: text(source(quote)) });
    return { kind: 'quote', content, attribution: text(applyQuoteLabel(label, quote.document, texts.unknownGroup)), note: notes.length };
  };
  const blocks: Block[] = [
    { kind: 'heading', level: 2, content: text(texts.quotes) },
    { kind: 'paragraph', content: text(texts.quotesIntro) },
  ];
  for (const theme of data.corpus.themes) {
    const codes = data.codes.filter((entry) => entry.code.theme === theme);
    if (codes.length === 0) continue;
    blocks.push({ kind: 'heading', level: 3, content: text(theme.label) });
    for (const entry of codes) {
      const { quotes, negated } = data.quotes.get(entry.code.id)!;
      blocks.push(
        { kind: 'heading', level: 4, content: labelWithId(entry.code.label, entry.code.id) },
        { kind: 'paragraph', content: text(`${texts.interviewsWith(entry.documents)}, ${percent(entry.share)}.`) },
      );
      if (quotes.length === 0) blocks.push({ kind: 'paragraph', content: text(texts.noQuotes) });
      for (const quote of quotes) blocks.push(quoteBlock(quote));
      if (negated) blocks.push({ kind: 'paragraph', content: text(`${texts.negatedMention}:`) }, quoteBlock(negated));
    }
  }
  return { blocks, notes };
}
