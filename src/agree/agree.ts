import type { ExchangeCoder, ExchangeProject } from '../exchange/coding-model.js';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import { coderReliability, type CoderReliability } from './coders.js';
import { compareCodings, type AgreementUnit } from './compare.js';
import type { MinimumOverlap } from './map-spans.js';
import { matchCodes, type CodeMapEntry } from './match-codes.js';
import { chooseDocuments } from './choose-documents.js';
import type { AgreementReport, CodingInput, CodingKind } from './report-model.js';
import type { ResultProject } from './result-project.js';
import { placeSpans, type SideUnits } from './side-units.js';
import { shortList } from '../text/short-list.js';
import { suggestChanges, type CandidateCodebook } from './suggest.js';
import type { UnitDocument } from './units.js';

/** One coding as read: what it is and its codings in the exchange model (a rodedraad result keeps its patterns). */
export interface LoadedCoding {
  readonly file: string;
  readonly kind: CodingKind;
  readonly project: ExchangeProject;
  readonly result: ResultProject | null;
  /** Coders chosen for this side by name or id (null: all of them). */
  readonly coders: readonly string[] | null;
}

/** How `agree` compares: the unit, the minimum overlap of a span with a segment, the --map entries, and the documents to compare. */
export interface AgreeSettings {
  readonly unit: AgreementUnit;
  readonly minimum: MinimumOverlap;
  readonly map: readonly CodeMapEntry[];
  /** Names of the documents to compare (--documents); left out or null: every document both codings cover. */
  readonly documents?: readonly string[] | null;
}

/** The report, and how to find the patterns behind a candidate's span. */
export interface AgreeOutcome {
  readonly report: AgreementReport;
  readonly evidence: CandidateCodebook['evidence'] | null;
}

/**
 * Compare a reference and a candidate coding on rodedraad's segments of the transcripts both
 * cover: codes paired, spans put on segments, per-code figures, agreement across the coders of a
 * project, and (for a rodedraad candidate) what to change. What was assumed or skipped goes
 * into `diagnostics`, also when nothing can be compared (a user error).
 */
export function agree(
  reference: LoadedCoding,
  candidate: LoadedCoding,
  documents: readonly UnitDocument[],
  settings: AgreeSettings,
  diagnostics: Diagnostic[],
): AgreeOutcome {
  const place = (coding: LoadedCoding, index: number): Side => {
    const chosen = chooseCoders(coding, index === 0 ? 'reference' : 'candidate');
    const units = placeSpans(coding.project, documents, settings.minimum, chosen.ids);
    diagnostics.push(...units.diagnostics);
    if (chosen.coders.length > 1) {
      diagnostics.push({
        file: coding.file,
        severity: 'warning',
        reason: `the codings of ${chosen.coders.length} coders (${chosen.coders.map((coder) => coder.name).join(', ')}) count together: a segment has a code when any of them gave it; choose coders with --${index === 0 ? 'reference' : 'candidate'}-coders`,
        ruleId: 'agree-coders-joined',
      });
    }
    return { coding, chosen, units };
  };
  const chosen = chooseDocuments(documents, settings.documents ?? null);
  const left = place(reference, 0);
  const right = place(candidate, 1);
  // Documents left out on purpose (a development part, a held-out part) are not "unmatched".
  const kept = documents.filter((document) => chosen === null || chosen.has(document.id));
  if (kept.length < documents.length)
    diagnostics.push({
      file: '--documents',
      severity: 'info',
      reason: `${documents.length - kept.length} document(s) left out: ${shortList(documents.filter((document) => !kept.includes(document)).map((document) => document.id))}`,
      ruleId: 'agree-documents-left-out',
    });
  const compared = kept.filter((document) => left.units.covered.has(document.id) && right.units.covered.has(document.id));
  const only = (side: Side, other: Side) =>
    kept.filter((document) => side.units.covered.has(document.id) && !other.units.covered.has(document.id)).map((document) => document.id);
  const unmatchedDocuments = { reference: only(left, right), candidate: only(right, left) };
  if (compared.length === 0) {
    const names = (side: Side) => shortList(side.coding.project.sources.map((source) => source.name)) || 'no readable document';
    throw new UserError(
      `${reference.file} and ${candidate.file} have no document in common (reference: ${names(left)}; candidate: ${names(right)}); check that both code the same transcripts`,
    );
  }
  for (const [side, ids] of [
    [reference, unmatchedDocuments.reference],
    [candidate, unmatchedDocuments.candidate],
  ] as const) {
    if (ids.length > 0)
      diagnostics.push({
        file: side.file,
        severity: 'warning',
        reason: `${ids.length} document(s) only this coding covers are not compared: ${shortList(ids)}`,
        ruleId: 'agree-unmatched-document',
      });
  }
  const codable = (coding: LoadedCoding) => coding.project.codes.filter((code) => code.codable);
  const matching = matchCodes(codable(reference), codable(candidate), settings.map);
  if (matching.problems.length > 0) throw new UserError(`--map: ${matching.problems.join('; ')}`);
  if (matching.groups.length === 0) {
    throw new UserError(
      `${reference.file} and ${candidate.file} have no code in common (reference: ${shortList(codable(reference).map((code) => code.name))}; candidate: ${shortList(codable(candidate).map((code) => code.name))}); pair them with --map`,
    );
  }
  for (const [side, codes] of [
    [reference, matching.onlyReference],
    [candidate, matching.onlyCandidate],
  ] as const) {
    if (codes.length > 0)
      diagnostics.push({
        file: side.file,
        severity: 'warning',
        reason: `${codes.length} code(s) have no counterpart and are not compared: ${shortList(codes.map((code) => code.path.join(' > ')))}; pair them with --map if they should be`,
        ruleId: 'agree-unmatched-code',
      });
  }
  const comparison = compareCodings(compared, matching.groups, left.units, right.units, settings.unit);
  const reliability: CoderReliability[] = [];
  for (const [side, name] of [
    [left, 'reference'],
    [right, 'candidate'],
  ] as const) {
    if (side.coding.kind !== 'qdpx' || side.chosen.coders.length < 2) continue;
    // The same project on both sides with the same coders: once is enough.
    if (
      name === 'candidate' &&
      reliability.some((entry) => entry.file === side.coding.file && entry.coders.length === side.chosen.coders.length)
    )
      continue;
    const perCoder = side.chosen.coders.map((coder) => ({
      coder,
      units: placeSpans(side.coding.project, compared, settings.minimum, new Set([coder.id])),
    }));
    reliability.push(coderReliability(side.coding.file, name, compared, matching.groups, perCoder));
  }
  const evidence = candidate.result === null ? null : evidenceOf(candidate.result);
  const suggestions =
    candidate.result === null || evidence === null
      ? null
      : suggestChanges(comparison, { language: candidate.result.language, patterns: candidate.result.patterns, evidence });
  const input = (side: Side): CodingInput => ({
    file: side.coding.file,
    kind: side.coding.kind,
    codersFound: side.coding.project.coders.map((coder) => coder.name),
    coders: side.chosen.coders.map((coder) => coder.name),
  });
  const report: AgreementReport = {
    reference: input(left),
    candidate: input(right),
    minimumOverlap: settings.minimum,
    comparison,
    suggestions,
    reliability,
    unmatchedCodes: { reference: matching.onlyReference, candidate: matching.onlyCandidate },
    unmatchedDocuments,
  };
  return { report, evidence };
}

interface Side {
  readonly coding: LoadedCoding;
  readonly chosen: { readonly coders: readonly ExchangeCoder[]; readonly ids: ReadonlySet<string> | null };
  readonly units: SideUnits;
}

/** The coders of a coding that count: those named (by name or id, any case), or all who coded. */
function chooseCoders(coding: LoadedCoding, side: string): { coders: ExchangeCoder[]; ids: ReadonlySet<string> | null } {
  const coded = new Set(coding.project.spans.map((span) => span.coderId));
  const active = coding.project.coders.filter((coder) => coded.has(coder.id));
  if (coding.coders === null) return { coders: active, ids: null };
  const wanted = coding.coders.map((name) => name.trim().toLowerCase());
  const chosen = coding.project.coders.filter(
    (coder) => wanted.includes(coder.name.toLowerCase()) || wanted.includes(coder.id.toLowerCase()),
  );
  const missing = coding.coders.filter(
    (name) =>
      !chosen.some(
        (coder) => coder.name.toLowerCase() === name.trim().toLowerCase() || coder.id.toLowerCase() === name.trim().toLowerCase(),
      ),
  );
  if (missing.length > 0) {
    throw new UserError(
      `${coding.file}: no coder ${missing.map((name) => `"${name}"`).join(', ')} for the ${side}; its coders are: ${coding.project.coders.map((coder) => coder.name).join(', ') || 'none named'}`,
    );
  }
  return { coders: chosen, ids: new Set(chosen.map((coder) => coder.id)) };
}

function evidenceOf(result: ResultProject): CandidateCodebook['evidence'] {
  return (span) => result.evidence.get(span);
}
