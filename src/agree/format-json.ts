import type { ExchangeCode } from '../exchange/coding-model.js';
import type { Disagreement } from './compare.js';
import { jsonFigure, type AgreementReport } from './report-model.js';
import { passageOf } from './passages.js';
import type { CandidateCodebook } from './suggest.js';
import type { UnitDocument } from './units.js';
import type { Locator } from '../text/locate.js';

const code = (entry: ExchangeCode) => ({ id: entry.id, path: entry.path });

/** agreement.json: every figure, every disagreement with its text, and the suggestions; undefined figures are null. */
export function formatAgreementJson(report: AgreementReport, evidence: CandidateCodebook['evidence'] | null): string {
  const { comparison } = report;
  const locators = new WeakMap<UnitDocument, Locator>();
  const place = (entry: Disagreement, side: 'reference' | 'candidate') => {
    const patterns = [...new Set(entry.spans.flatMap((span) => evidence?.(span)?.hits.map((hit) => hit.pattern) ?? []))];
    const passage = side === 'reference' ? passageOf(entry, locators) : null;
    return {
      document: entry.document.id,
      segment: entry.segment.index,
      lineStart: entry.segment.start.line,
      lineEnd: entry.segment.end.line,
      speaker: entry.segment.speaker,
      ...(patterns.length > 0 ? { patterns } : {}),
      // What the reference coded: the parts of `text`, and the lines when its passage runs beyond the segment.
      ...(passage !== null && passage.marks.length > 0 ? { codedParts: passage.marks.map(({ start, end }) => ({ start, end })) } : {}),
      ...(passage?.lines ? { codedLines: { start: passage.lines.start, end: passage.lines.end } } : {}),
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
      missed: missed.map((entry) => place(entry, 'reference')),
      extra: extra.map((entry) => place(entry, 'candidate')),
      ...(report.suggestions === null
        ? {}
        : {
            suggestions: {
              terms: report.suggestions[index]!.terms.map((term) => ({ ...term, g2: jsonFigure(term.g2), f1: jsonFigure(term.f1) })),
              patterns: report.suggestions[index]!.patterns.map((pattern) => ({ ...pattern, f1Without: jsonFigure(pattern.f1Without) })),
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
