import type { ChartFile } from './charts.js';
import { cooccurrenceSection, manifestSection, quotesSection } from './markdown-detail.js';
import { groupSections, prevalenceSections, summarySection } from './markdown-overview.js';
import { saturationSection } from './markdown-saturation.js';
import type { ReportData } from './report-data.js';
import type { ReportTexts } from './texts.js';
import { markdownCode, markdownText } from '../text/markdown.js';

/** report.md: counting and telling together, with references to the charts beside it. */
export function formatReport(data: ReportData, texts: ReportTexts, charts: readonly ChartFile[], toolVersion: string): string {
  const { result } = data;
  const codebooks = result.codebooks
    .map((codebook) => `${markdownText(codebook.title)} (${markdownCode(codebook.id)} ${markdownText(codebook.version)})`)
    .join(', ');
  const unit = result.settings.unit;
  const lines = [
    `# ${texts.title}: ${result.codebooks.map((codebook) => markdownText(codebook.title)).join(', ')}`,
    '',
    texts.intro(
      result.documents.length,
      codebooks,
      Object.hasOwn(texts.units, unit) ? texts.units[unit]! : markdownText(unit),
      markdownText(result.tool.version),
    ),
    '',
    `> ${texts.proposal}`,
    '',
    ...summarySection(data, texts),
    ...prevalenceSections(data, texts, charts),
    ...groupSections(data, texts, charts),
    ...cooccurrenceSection(data, texts),
    ...quotesSection(data, texts),
    ...saturationSection(data, texts, charts),
    ...manifestSection(data, texts, toolVersion),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
