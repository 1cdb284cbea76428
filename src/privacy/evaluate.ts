import { FINDING_KINDS, type Finding, type FindingKind } from './finding.js';

/** A test sentence with the findings it should give. */
export interface MarkedSentence {
  readonly text: string;
  readonly expected: readonly Pick<Finding, 'kind' | 'start' | 'end' | 'text'>[];
  /** 1-based line in the fixture file. */
  readonly line: number;
}

/** Counts of one kind over a set of sentences. */
export interface KindScore {
  readonly kind: FindingKind;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
}

const MARKER = /\[\[([^\]\n]{1,220})\]\]/g;
const KIND_PREFIX = /^([a-z-]{3,20}):/;

/**
 * Reads a fixture of test sentences, one per line: `[[text]]` marks an expected finding of
 * `defaultKind`, `[[kind:text]]` one of another kind; empty lines and lines starting with # are skipped.
 */
export function parseMarkedSentences(source: string, defaultKind: FindingKind): MarkedSentence[] {
  const sentences: MarkedSentence[] = [];
  source.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.startsWith('#')) return;
    const expected: MarkedSentence['expected'][number][] = [];
    let text = '';
    let copied = 0;
    for (const match of line.matchAll(MARKER)) {
      const prefix = KIND_PREFIX.exec(match[1]!);
      const kind = (prefix ? prefix[1] : defaultKind) as FindingKind;
      if (!FINDING_KINDS.includes(kind)) throw new Error(`line ${index + 1}: unknown kind "${kind}"`);
      const marked = prefix ? match[1]!.slice(prefix[0].length) : match[1]!;
      text += line.slice(copied, match.index);
      expected.push({ kind, start: text.length, end: text.length + marked.length, text: marked });
      text += marked;
      copied = match.index + match[0].length;
    }
    sentences.push({ text: text + line.slice(copied), expected, line: index + 1 });
  });
  return sentences;
}

/** Precision and recall per kind: a finding counts only when its kind and exact span are expected. */
export function scoreFindings(pairs: readonly { expected: MarkedSentence['expected']; found: readonly Finding[] }[]): KindScore[] {
  return FINDING_KINDS.map((kind) => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const { expected, found } of pairs) {
      const wanted = expected.filter((item) => item.kind === kind);
      const got = found.filter((item) => item.kind === kind);
      const hit = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start === b.start && a.end === b.end;
      truePositives += got.filter((item) => wanted.some((other) => hit(item, other))).length;
      falsePositives += got.filter((item) => !wanted.some((other) => hit(item, other))).length;
      falseNegatives += wanted.filter((item) => !got.some((other) => hit(item, other))).length;
    }
    const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
    const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
    return { kind, truePositives, falsePositives, falseNegatives, precision, recall };
  });
}
