import { unreadableDates } from '../aggregate/interview-date.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CodingResult } from '../model/result.js';
import { csvDialect } from '../results/csv.js';
import { renderCharts } from './charts.js';
import { formatReport } from './markdown.js';
import { summarySection } from './markdown-overview.js';
import { analyse, type ReportData, type ReportSettings } from './report-data.js';
import { cooccurrenceCsv, groupsCsv, saturationCsv, saturationCurveCsv, themesCsv } from './tables.js';
import { reportTexts } from './texts.js';

/** The files of a report, and what the terminal shows. */
export interface Report {
  readonly files: readonly { readonly name: string; readonly content: string }[];
  /** The summary section, for the terminal. */
  readonly summary: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Build the red-thread report of a coding result: report.md, the CSV tables and the SVG charts.
 * Pure: the same result and settings give byte-identical files.
 */
export function buildReport(result: CodingResult, settings: ReportSettings, options: ReportOptions): Report {
  return renderReport(analyse(result, settings), options);
}

/** How a report is written out. */
export interface ReportOptions {
  readonly toolVersion: string;
  readonly excel: boolean;
  /** The result file, as diagnostics name it. */
  readonly file: string;
}

/** The report of counted data (analyse): what buildReport does after counting, for a caller that changes the data first (the privacy gate masks quotes). */
export function renderReport(data: ReportData, options: ReportOptions): Report {
  const texts = reportTexts(data.settings.language);
  const charts = renderCharts(data, texts);
  const dialect = csvDialect(options.excel);
  const diagnostics: Diagnostic[] = unreadableDates(data.corpus.documents);
  if (data.codes.every((entry) => entry.documents === 0)) {
    diagnostics.push({
      file: options.file,
      severity: 'warning',
      reason: 'the result has no codings: the report says so and shows empty tables',
      ruleId: 'empty-coding',
    });
  }
  for (const grouping of data.groupings) {
    const missing = grouping.groups.find((group) => group.value === null);
    if (missing) {
      const ids = missing.documents.map((document) => document.id);
      const shown = ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', ');
      diagnostics.push({
        file: options.file,
        severity: 'warning',
        reason: `--by ${grouping.attribute}: ${ids.length} ${ids.length === 1 ? 'document has' : 'documents have'} no ${grouping.attribute} and ${ids.length === 1 ? 'is' : 'are'} grouped as "${texts.unknownGroup}": ${shown}`,
        ruleId: 'missing-attribute',
      });
    }
  }
  const files = [
    { name: 'report.md', content: formatReport(data, texts, charts, options.toolVersion) },
    { name: 'themes.csv', content: themesCsv(data, dialect) },
    { name: 'groups.csv', content: groupsCsv(data, dialect) },
    { name: 'cooccurrence.csv', content: cooccurrenceCsv(data, dialect) },
    { name: 'saturation.csv', content: saturationCsv(data, dialect) },
    { name: 'saturation-curve.csv', content: saturationCurveCsv(data, dialect) },
    ...charts.map((chart) => ({ name: chart.name, content: chart.svg })),
  ];
  return { files, summary: `${summarySection(data, texts).join('\n').trimEnd()}\n`, diagnostics };
}
