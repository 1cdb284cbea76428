import type { Saturation } from '../aggregate/saturation.js';
import { formatCsvFile, type CsvCell, type CsvDialect } from '../results/csv.js';
import type { ReportData, SaturationAnalysis } from './report-data.js';

/** A share as a decimal with three places; with a Dutch Excel dialect, a decimal comma. */
function decimal(value: number, dialect: CsvDialect): string {
  const text = value.toFixed(3);
  return dialect.delimiter === ';' ? text.replace('.', ',') : text;
}

/** themes.csv: prevalence of every theme and code, ranked within each level. */
export function themesCsv(data: ReportData, dialect: CsvDialect): string {
  const rows: CsvCell[][] = [
    ['level', 'rank', 'codebook', 'theme', 'code', 'label', 'documents', 'share', 'segments', 'speakers', 'negated_segments', 'red_thread'],
  ];
  for (const entry of data.themes) {
    rows.push([
      'theme',
      entry.rank,
      entry.theme.codebook,
      entry.theme.id,
      null,
      entry.theme.label,
      entry.documents,
      decimal(entry.share, dialect),
      entry.segments,
      entry.speakers,
      entry.negatedSegments,
      null,
    ]);
  }
  for (const entry of data.codes) {
    const code = entry.code;
    rows.push([
      'code',
      entry.rank,
      code.codebook,
      code.theme.id,
      code.id,
      code.label,
      entry.documents,
      decimal(entry.share, dialect),
      entry.segments,
      entry.speakers,
      entry.negatedSegments,
      data.redThreads.has(code.id),
    ]);
  }
  return formatCsvFile(rows, dialect);
}

/** groups.csv: prevalence of every theme and code within every group of every --by attribute. */
export function groupsCsv(data: ReportData, dialect: CsvDialect): string {
  const rows: CsvCell[][] = [['attribute', 'group', 'group_documents', 'level', 'theme', 'code', 'label', 'documents', 'share']];
  for (const grouping of data.groupings) {
    for (const group of grouping.groups) {
      const head = [grouping.attribute, group.value, group.documents.length];
      for (const entry of inOrder(group.themes, (item) => item.theme.order)) {
        rows.push([...head, 'theme', entry.theme.id, null, entry.theme.label, entry.documents, decimal(entry.share, dialect)]);
      }
      for (const entry of inOrder(group.codes, (item) => item.code.order)) {
        rows.push([...head, 'code', entry.code.theme.id, entry.code.id, entry.code.label, entry.documents, decimal(entry.share, dialect)]);
      }
    }
  }
  return formatCsvFile(rows, dialect);
}

/** cooccurrence.csv: every pair of codes found together, per segment and per document. */
export function cooccurrenceCsv(data: ReportData, dialect: CsvDialect): string {
  const rows: CsvCell[][] = [['level', 'code_a', 'code_b', 'both', 'either', 'jaccard']];
  for (const pair of data.cooccurrence)
    rows.push([pair.level, pair.a.id, pair.b.id, pair.both, pair.either, decimal(pair.jaccard, dialect)]);
  return formatCsvFile(rows, dialect);
}

/** saturation.csv: the saturation point for every set of parameters, for all interviews and per group. */
export function saturationCsv(data: ReportData, dialect: CsvDialect): string {
  const rows: CsvCell[][] = [['attribute', 'group', 'documents', 'base', 'run', 'threshold', 'base_codes', 'saturation', 'point']];
  const add = (attribute: string | null, group: string | null, analysis: SaturationAnalysis): void => {
    const results: Saturation[] = [analysis.chosen, ...analysis.sensitivity.filter((entry) => !sameParameters(entry, analysis.chosen))];
    for (const entry of results) {
      const { base, run, threshold } = entry.parameters;
      rows.push([
        attribute,
        group,
        analysis.steps.length,
        base,
        run,
        decimal(threshold, dialect),
        entry.baseCodes,
        entry.point === null ? null : `${entry.point}+${run}`,
        entry.point,
      ]);
    }
  };
  add(null, null, data.saturation);
  for (const entry of data.groupSaturation) add(entry.attribute, entry.value, entry.analysis);
  return formatCsvFile(rows, dialect);
}

/** saturation-curve.csv: new codes per interview in interview order, for all interviews and per group. */
export function saturationCurveCsv(data: ReportData, dialect: CsvDialect): string {
  const rows: CsvCell[][] = [['attribute', 'group', 'position', 'document', 'date', 'new_codes', 'cumulative_codes', 'new_code_ids']];
  const add = (attribute: string | null, group: string | null, analysis: SaturationAnalysis): void => {
    analysis.steps.forEach((step, index) => {
      rows.push([
        attribute,
        group,
        index + 1,
        step.document.id,
        step.document.date,
        step.newCodes.length,
        step.cumulative,
        step.newCodes.join(' '),
      ]);
    });
  };
  add(null, null, data.saturation);
  for (const entry of data.groupSaturation) add(entry.attribute, entry.value, entry.analysis);
  return formatCsvFile(rows, dialect);
}

function sameParameters(a: Saturation, b: Saturation): boolean {
  return (
    a.parameters.base === b.parameters.base && a.parameters.run === b.parameters.run && a.parameters.threshold === b.parameters.threshold
  );
}

function inOrder<T>(entries: readonly T[], order: (entry: T) => number): T[] {
  return [...entries].sort((a, b) => order(a) - order(b));
}
