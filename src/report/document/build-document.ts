import type { ChartFile } from '../charts.js';
import type { ReportData } from '../report-data.js';
import type { ReportTexts } from '../texts.js';
import { appendixBlocks } from './appendix.js';
import { cooccurrenceBlocks, quoteBlocks } from './detail.js';
import { text, type ReportDocument } from './model.js';
import { groupBlocks, prevalenceBlocks, summaryBlocks } from './overview.js';
import { saturationBlocks } from './saturation.js';

/** The report as a document: counting and telling together, the technical appendix last. */
export function buildDocument(data: ReportData, texts: ReportTexts, charts: readonly ChartFile[], toolVersion: string): ReportDocument {
  const { result } = data;
  const codebooks = result.codebooks.map((codebook) => `${codebook.title} (${codebook.id} ${codebook.version})`).join(', ');
  const unit = result.settings.unit;
  const quotes = quoteBlocks(data, texts);
  return {
    language: data.settings.language,
    title: `${texts.title}: ${result.codebooks.map((codebook) => codebook.title).join(', ')}`,
    body: [
      {
        kind: 'paragraph',
        content: text(
          texts.intro(
            result.documents.length,
            codebooks,
            Object.hasOwn(texts.units, unit) ? texts.units[unit]! : unit,
            result.tool.version,
          ),
        ),
      },
      { kind: 'notice', content: text(texts.proposal) },
      ...summaryBlocks(data, texts),
      ...prevalenceBlocks(data, texts, charts),
      ...groupBlocks(data, texts, charts),
      ...cooccurrenceBlocks(data, texts),
      ...quotes.blocks,
      ...saturationBlocks(data, texts, charts),
    ],
    appendix: appendixBlocks(data, texts, toolVersion),
    notes: quotes.notes,
  };
}
