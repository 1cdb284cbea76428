import type { ExchangeCode } from '../exchange/coding-model.js';
import type { Disagreement } from './compare.js';
import { jsonFigure, type AgreementReport } from './report-model.js';
import type { CandidateCodebook } from './suggest.js';

const code = (entry: ExchangeCode) => ({ id: entry.id, path: entry.path });

/** agreement.json: every figure, every disagreement with its text, and the suggestions; undefined figures are null. */
export function formatAgreementJson(report: AgreementReport, evidence: CandidateCodebook['evidence'] | null): string {
  const { comparison } = report;
  const place = (entry: Disagreement) => {
    const patterns = [...new Set(entry.spans.flatMap((span) => evidence?.(span)?.hits.map((hit) => hit.pattern) ?? []))];
    return {
      document: entry.document.id,
      segment: entry.segment.index,
      lineStart: entry.segment.start.line,
      lineEnd: entry.segment.end.line,
      speaker: entry.segment.speaker,
      ...(patterns.length > 0 ? { patterns } : {}),
      text: entry.segment.text,
    };
  };
  const value = {
    reference: report.reference,
    candidate: report.candidate,
    unit: comparison.unit,
    minimumOverlap: report.minimumOverlap,
    documents: comparison.documents.map((document) => document.id),
    segments: comparison.segments,
    overall: {
      microF1: jsonFigure(comparison.overall.microF1),
      macroF1: jsonFigure(comparison.overall.macroF1),
      macroCodes: comparison.overall.macroCodes,
      pooledKappa: jsonFigure(comparison.overall.pooledKappa),
    },
    codes: comparison.codes.map(({ group, figures, missed, extra }, index) => ({
      id: group.id,
      reference: group.reference.map(code),
      candidate: group.candidate.map(code),
      both: figures.both,
      onlyReference: figures.onlyReference,
      onlyCandidate: figures.onlyCandidate,
      neither: figures.neither,
      precision: jsonFigure(figures.precision),
      recall: jsonFigure(figures.recall),
      f1: jsonFigure(figures.f1),
      kappa: jsonFigure(figures.kappa),
      alpha: jsonFigure(figures.alpha),
      percentAgreement: jsonFigure(figures.percentAgreement),
      missed: missed.map(place),
      extra: extra.map(place),
      ...(report.suggestions === null
        ? {}
        : {
            suggestions: {
              ...report.suggestions[index]!,
              terms: report.suggestions[index]!.terms.map((term) => ({ ...term, g2: jsonFigure(term.g2) })),
            },
          }),
    })),
    coders: report.reliability.map((entry) => ({
      file: entry.file,
      side: entry.side,
      coders: entry.coders.map((coder) => coder.name),
      pooled: { alpha: jsonFigure(entry.pooled.alpha), fleiss: jsonFigure(entry.pooled.fleiss) },
      codes: entry.codes.map((row) => ({
        id: row.group.id,
        counts: row.counts,
        alpha: jsonFigure(row.alpha),
        fleiss: jsonFigure(row.fleiss),
      })),
    })),
    notCompared: {
      codes: { reference: report.unmatchedCodes.reference.map(code), candidate: report.unmatchedCodes.candidate.map(code) },
      documents: report.unmatchedDocuments,
    },
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
