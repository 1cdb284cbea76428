import { formatQuote } from '../report/quote-format.js';
import type { SuggestDocument } from './model.js';
import type { DocumentGap } from './report-model.js';

/** Examples of uncoded segments per interview: the longest ones. */
const GAP_EXAMPLES = 2;

/** Per interview: respondent segments no code reaches, with the longest of them as examples. */
export function coverageGap(documents: readonly SuggestDocument[]): DocumentGap[] {
  return documents.map((document) => {
    const unreached = document.segments.filter((segment) => !segment.reached);
    const examples = [...unreached]
      .sort((a, b) => b.text.length - a.text.length || a.index - b.index)
      .slice(0, GAP_EXAMPLES)
      .sort((a, b) => a.index - b.index)
      .map((segment) => ({
        document: document.id,
        segment: segment.index,
        lineStart: segment.lineStart,
        lineEnd: segment.lineEnd,
        markdown: formatQuote(segment.text, []),
      }));
    return { document: document.id, segments: document.segments.length, unreached: unreached.length, examples };
  });
}
