import { unreadableDates } from '../aggregate/interview-date.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CodingResult } from '../model/result.js';
import { csvDialect } from '../results/csv.js';
import { renderCharts } from './charts.js';
import { buildDocument } from './document/build-document.js';
import { summaryBlocks } from './document/overview.js';
import { markdownBlocks, renderMarkdown } from './formats/markdown.js';
import { missingAttributes } from './quote-label.js';
import { analyse, type ReportData, type ReportSettings } from './report-data.js';
import { cooccurrenceCsv, groupsCsv, saturationCsv, saturationCurveCsv, themesCsv } from './tables.js';
import { reportTexts, type ReportTexts } from './texts.js';

/** The formats the report itself is written in: Markdown beside the charts, a Word document, one HTML page. */
export const REPORT_FORMATS = ['md', 'docx', 'html'] as const;
/** One of REPORT_FORMATS. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The files of a report, and what the terminal shows. */
export interface Report {
  readonly files: readonly { readonly name: string; readonly content: string | Uint8Array }[];
  /** The summary section, for the terminal. */
  readonly summary: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** How a report is written: the tool version for the manifest, CSV for Excel, the path shown in warnings, the formats. */
export interface ReportOptions {
  readonly toolVersion: string;
  readonly excel: boolean;
  readonly file: string;
  /** Default: Markdown only. */
  readonly formats?: readonly ReportFormat[];
}

/**
 * Build the red-thread report of a coding result: report.md (and/or report.docx, report.html), the
 * CSV tables and the SVG charts. Pure: the same result and settings give byte-identical files.
 */
export async function buildReport(result: CodingResult, settings: ReportSettings, options: ReportOptions): Promise<Report> {
  return renderReport(analyse(result, settings), options);
}

/** The report of counted data (analyse): what buildReport does after counting, for a caller that changes the data first (the privacy gate masks quotes). */
export async function renderReport(data: ReportData, options: ReportOptions): Promise<Report> {
  const texts = reportTexts(data.settings.language);
  const charts = renderCharts(data, texts);
  const dialect = csvDialect(options.excel);
  const document = buildDocument(data, texts, charts, options.toolVersion);
  const formats = new Set(options.formats ?? ['md']);
  const files: { name: string; content: string | Uint8Array }[] = [];
  if (formats.has('md')) files.push({ name: 'report.md', content: renderMarkdown(document) });
  // Word and HTML are loaded only when asked for: docx and the PNG renderer take a while to load.
  if (formats.has('docx')) {
    const { renderDocx } = await import('./formats/docx/render-docx.js');
    files.push({ name: 'report.docx', content: await renderDocx(document) });
  }
  if (formats.has('html')) {
    const { renderHtml } = await import('./formats/html/render-html.js');
    files.push({ name: 'report.html', content: renderHtml(document, texts) });
  }
  files.push(
    { name: 'themes.csv', content: themesCsv(data, dialect) },
    { name: 'groups.csv', content: groupsCsv(data, dialect) },
    { name: 'cooccurrence.csv', content: cooccurrenceCsv(data, dialect) },
    { name: 'saturation.csv', content: saturationCsv(data, dialect) },
    { name: 'saturation-curve.csv', content: saturationCurveCsv(data, dialect) },
    ...charts.map((chart) => ({ name: chart.name, content: chart.svg })),
  );
  const summary = markdownBlocks(summaryBlocks(data, texts));
  return { files, summary: `${summary.join('\n').trimEnd()}\n`, diagnostics: reportDiagnostics(data, texts, options.file) };
}

/** What the report assumed about the result: unreadable dates, no codings, documents without a --by or label attribute. */
function reportDiagnostics(data: ReportData, texts: ReportTexts, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = unreadableDates(data.corpus.documents);
  if (data.codes.every((entry) => entry.documents === 0)) {
    diagnostics.push({
      file,
      severity: 'warning',
      reason: 'the result has no codings: the report says so and shows empty tables',
      ruleId: 'empty-coding',
    });
  }
  const some = (ids: readonly string[]) => (ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', '));
  for (const grouping of data.groupings) {
    const missing = grouping.groups.find((group) => group.value === null);
    if (missing) {
      const ids = missing.documents.map((document) => document.id);
      diagnostics.push({
        file,
        severity: 'warning',
        reason: `--by ${grouping.attribute}: ${ids.length} ${ids.length === 1 ? 'document has' : 'documents have'} no ${grouping.attribute} and ${ids.length === 1 ? 'is' : 'are'} grouped as "${texts.unknownGroup}": ${some(ids)}`,
        ruleId: 'missing-attribute',
      });
    }
  }
  const label = data.settings.quoteLabel;
  if (label !== null) {
    const quoted = new Map(
      [...data.quotes.values()]
        .flatMap((entry) => [...entry.quotes, ...(entry.negated ? [entry.negated] : [])])
        .map((quote) => [quote.document.id, quote.document]),
    );
    const lacking = new Map<string, string[]>();
    for (const document of quoted.values())
      for (const name of missingAttributes(label, document)) lacking.set(name, [...(lacking.get(name) ?? []), document.id]);
    for (const [name, ids] of lacking) {
      diagnostics.push({
        file,
        severity: 'warning',
        reason: `--quote-label {${name}}: ${ids.length} quoted ${ids.length === 1 ? 'document has' : 'documents have'} no ${name}, written as "${texts.unknownGroup}" (the note under each quote names the document): ${some(ids)}; give ${ids.length === 1 ? 'it' : 'them'} a ${name} in the front matter or an attribute sheet`,
        ruleId: 'missing-attribute',
      });
    }
  }
  return diagnostics;
}
