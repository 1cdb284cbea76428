import { type CsvDialect, formatCsvFile } from '../results/csv.js';
import { codeNames, jsonFigure, type AgreementReport } from './report-model.js';

/** The columns of agreement.csv. */
export const AGREEMENT_COLUMNS = [
  'code',
  'reference_codes',
  'candidate_codes',
  'both',
  'only_reference',
  'only_candidate',
  'neither',
  'precision',
  'recall',
  'f1',
  'kappa',
  'alpha',
  'percent_agreement',
] as const;

/** agreement.csv: one row per code compared (figures empty where not defined). */
export function formatAgreementCsv(report: AgreementReport, dialect: CsvDialect): string {
  const rows = report.comparison.codes.map(({ group, figures }) => [
    group.id,
    codeNames(group.reference),
    codeNames(group.candidate),
    figures.both,
    figures.onlyReference,
    figures.onlyCandidate,
    figures.neither,
    ...[figures.precision, figures.recall, figures.f1, figures.kappa, figures.alpha, figures.percentAgreement].map(jsonFigure),
  ]);
  return formatCsvFile([[...AGREEMENT_COLUMNS], ...rows], dialect);
}
