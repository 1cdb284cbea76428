import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMarkedSentences, scoreFindings, type KindScore, type MarkedSentence } from '../../src/privacy/evaluate.js';
import { FINDING_KINDS, type FindingKind } from '../../src/privacy/finding.js';
import { loadDutchLexicon } from '../../src/privacy/load-lexicon.js';
import { scanText } from '../../src/privacy/scan.js';
import type { DutchLexicon } from '../../src/privacy/word-lexicon.js';

/** The thresholds every kind must reach on its test sentences, at the default confidence. */
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.9;

const folder = path.join(import.meta.dirname, '../fixtures/privacy');
const fixtures = new Map<FindingKind, MarkedSentence[]>(
  FINDING_KINDS.map((kind) => [kind, parseMarkedSentences(readFileSync(path.join(folder, `${kind}.txt`), 'utf8'), kind)]),
);
let lexicon: DutchLexicon;
let scores: KindScore[];

beforeAll(async () => {
  lexicon = await loadDutchLexicon();
  const pairs = [...fixtures.values()]
    .flat()
    .map((sentence) => ({ expected: sentence.expected, found: scanText(sentence.text, { lexicon }) }));
  scores = scoreFindings(pairs);
});

describe.each(FINDING_KINDS)('the %s test sentences', (kind) => {
  it('hold at least 20 sentences with a finding of the kind and 20 without', () => {
    const sentences = fixtures.get(kind)!;
    const positive = sentences.filter((sentence) => sentence.expected.some((item) => item.kind === kind));
    expect(positive.length).toBeGreaterThanOrEqual(20);
    expect(sentences.length - positive.length).toBeGreaterThanOrEqual(20);
  });

  it(`are found with precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL}`, () => {
    const score = scores.find((item) => item.kind === kind)!;
    expect(score.truePositives).toBeGreaterThanOrEqual(20);
    expect(score.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(score.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});

describe('scoring', () => {
  it('counts a finding only when kind and span are exact', () => {
    const [sentence] = parseMarkedSentences('Bel [[06-12345678]] of mail [[email:a.b@c.nl]].', 'phone');
    expect(sentence!.text).toBe('Bel 06-12345678 of mail a.b@c.nl.');
    const found = scanText(sentence!.text, { lexicon });
    const wrongSpan = found.map((item) => (item.kind === 'email' ? { ...item, start: item.start + 1 } : item));
    const byKind = (pairs: Parameters<typeof scoreFindings>[0]) =>
      Object.fromEntries(scoreFindings(pairs).map((score) => [score.kind, score]));
    expect(byKind([{ expected: sentence!.expected, found }])['email']).toMatchObject({ truePositives: 1, falsePositives: 0 });
    expect(byKind([{ expected: sentence!.expected, found: wrongSpan }])['email']).toMatchObject({
      truePositives: 0,
      falsePositives: 1,
      falseNegatives: 1,
    });
  });
});
