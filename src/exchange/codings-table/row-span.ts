import type { Severity } from '../../model/diagnostic.js';
import { type ApproximateRule, locateQuote, type PreparedText } from '../quotes/locate-quote.js';
import type { TableRow } from './parse-table.js';
import { lineRange, type TableDocument } from './table-documents.js';
import { cutText } from '../../text/cut.js';

/** Where a row's coding lies in its document, how that was found, and what to say about it. */
export interface RowSpan {
  readonly kind: 'lines' | 'exact' | 'words' | 'approximate' | 'not-found';
  /** UTF-16 offsets in the document's text; null when the row is skipped. */
  readonly range: { readonly start: number; readonly end: number } | null;
  readonly message?: string;
  readonly severity: Severity;
  readonly ruleId: string;
}

/** The span of one row: its line range when it has one, else its quote located in the text. */
export function rowSpan(row: TableRow, document: TableDocument, prepared: PreparedText, rule: ApproximateRule): RowSpan {
  if (row.lines !== null) {
    const [first, last] = row.lines;
    const range = lineRange(document.text, first, last);
    if (typeof range === 'string') {
      return {
        kind: 'lines',
        range: null,
        message: `${range} in ${document.id}; row skipped`,
        severity: 'warning',
        ruleId: 'table-bad-lines',
      };
    }
    if (range.cut) {
      const message = `lines ${first}-${last} run past the end of ${document.id}; cut at its last line`;
      return { kind: 'lines', range, message, severity: 'warning', ruleId: 'table-bad-lines' };
    }
    return { kind: 'lines', range, severity: 'info', ruleId: 'table-lines' };
  }
  if (row.quote === null) {
    return {
      kind: 'not-found',
      range: null,
      message: 'the row has neither a line range nor a quote; skipped',
      severity: 'warning',
      ruleId: 'quote-not-found',
    };
  }
  const location = locateQuote(row.quote, prepared, rule);
  const excerpt = shorten(row.quote);
  switch (location.kind) {
    case 'exact':
    case 'words': {
      const range = { start: location.start, end: location.end };
      if (location.occurrences === 1) return { kind: location.kind, range, severity: 'info', ruleId: 'quote-located' };
      const message =
        `quote "${excerpt}" occurs ${location.occurrences} times in ${document.id}; ` +
        'the first is used (quote more words to pick another)';
      return { kind: location.kind, range, message, severity: 'warning', ruleId: 'quote-ambiguous' };
    }
    case 'approximate': {
      const differs = location.quoteWords - location.matchedWords;
      const parts = [
        `${location.matchedWords} of ${location.quoteWords} words match`,
        ...(location.skippedWords > 0 ? [`${location.skippedWords} words of the transcript in between are not in the quote`] : []),
      ];
      const message =
        `quote "${excerpt}" located approximately in ${document.id} (${parts.join('; ')}); ` +
        'check that the transcript is the one that was coded';
      return {
        kind: 'approximate',
        range: { start: location.start, end: location.end },
        message,
        severity: differs > 0 || location.skippedWords > 0 ? 'warning' : 'info',
        ruleId: 'quote-approximate',
      };
    }
    case 'not-found': {
      const best = location.matchedWords > 0 ? ` (at best ${location.matchedWords} of its ${location.quoteWords} words in order)` : '';
      const message = `quote "${excerpt}" not found in ${document.id}${best}; row skipped`;
      return { kind: 'not-found', range: null, message, severity: 'warning', ruleId: 'quote-not-found' };
    }
  }
}

/** The start of a quote, on one line, for messages. */
function shorten(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length <= 60 ? flat : `${cutText(flat, 57)}…`;
}
