import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the labelled Dutch speech set (see its README). */
export const DUTCH_SPEECH_DIR = fileURLToPath(new URL('./fixtures/dutch-speech/', import.meta.url));

/** Which half of the set an item belongs to: tune on `dev`, report on `test`. */
export type Split = 'dev' | 'test';

/** Who speaks, as in the studies the codebooks come from. */
export type SpeakerRole = 'inwoner' | 'mantelzorger' | 'professional' | 'vrijwilliger';

/** One labelled utterance: the codes a careful reader assigns, and which of them are only negated mentions. */
export interface Utterance {
  readonly id: string;
  readonly split: Split;
  readonly role: SpeakerRole;
  readonly text: string;
  /** Every code the utterance is about, from both codebooks. */
  readonly codes: readonly string[];
  /** The codes in `codes` that are only mentioned as absent ("ik heb nooit een wachtlijst gehad"). */
  readonly negated: readonly string[];
  readonly note?: string;
  /** For quotes from the CC0 reports: the copied file (relative to the set's folder) and its line. */
  readonly source?: string;
  readonly line?: number;
}

/** A sentence for the negation rule: is the target (found by `pattern`) negated? */
export interface NegationCase {
  readonly id: string;
  readonly category: string;
  readonly text: string;
  readonly target: string;
  /** A rodedraad pattern that finds the target in the text. */
  readonly pattern: string;
  readonly negated: boolean;
  readonly reason: string;
}

/** The codes a careful reader assigns to one CC0 report's summary and findings sections. */
export interface SummaryTarget {
  readonly report: string;
  readonly source: string;
  /** Line ranges (1-based, inclusive) of the summary and findings in the copied file. */
  readonly sections: readonly { readonly name: string; readonly lines: readonly [number, number] }[];
  /** Codes the sections clearly carry: the recall target. */
  readonly codes: readonly string[];
  /** Codes a reader could also defend; neither required nor wrong. */
  readonly defensible: readonly string[];
  readonly reasons: Readonly<Record<string, string>>;
}

/** The written utterances (synthetic, nl-001 ...). */
export function loadUtterances(): Utterance[] {
  return readJsonLines('utterances.jsonl').map(([item, where]) => checkUtterance(item, where));
}

/** The respondent quotes from the CC0 reports (cc0-001 ...), in the utterances' shape. */
export function loadCc0Quotes(): Utterance[] {
  return readJsonLines('cc0-quotes.jsonl').map(([item, where]) => checkUtterance(item, where));
}

/** The negation sentences of the labeller (negation.jsonl), or those written for the Dutch word-order rule (negation-rule.jsonl). */
export function loadNegationCases(file: 'negation.jsonl' | 'negation-rule.jsonl' = 'negation.jsonl'): NegationCase[] {
  return readJsonLines(file).map(([item]) => item as unknown as NegationCase);
}

/** The codes per CC0 report summary. */
export function loadSummaryTargets(): SummaryTarget[] {
  return JSON.parse(readFileSync(path.join(DUTCH_SPEECH_DIR, 'cc0-summaries.json'), 'utf8')) as SummaryTarget[];
}

/** The codes an utterance asserts: a negated mention is never expected as present. */
export function assertedCodes(utterance: Utterance): string[] {
  return utterance.codes.filter((code) => !utterance.negated.includes(code));
}

function readJsonLines(name: string): [Record<string, unknown>, string][] {
  const lines = readFileSync(path.join(DUTCH_SPEECH_DIR, name), 'utf8').split('\n');
  return lines.flatMap((line, index) =>
    line.trim() === '' ? [] : [[JSON.parse(line) as Record<string, unknown>, `${name}:${index + 1}`]],
  );
}

// Shape errors name the file and line, so that a hand edit that breaks the set says where.
function checkUtterance(item: Record<string, unknown>, where: string): Utterance {
  const strings = (value: unknown): boolean => Array.isArray(value) && value.every((entry) => typeof entry === 'string');
  const problems = [
    typeof item['id'] === 'string' ? null : 'id',
    item['split'] === 'dev' || item['split'] === 'test' ? null : 'split',
    ['inwoner', 'mantelzorger', 'professional', 'vrijwilliger'].includes(item['role'] as string) ? null : 'role',
    typeof item['text'] === 'string' && item['text'].trim() !== '' ? null : 'text',
    strings(item['codes']) ? null : 'codes',
    strings(item['negated']) ? null : 'negated',
  ].filter((problem) => problem !== null);
  if (problems.length > 0) throw new Error(`${where}: missing or invalid ${problems.join(', ')}`);
  return item as unknown as Utterance;
}
