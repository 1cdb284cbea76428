import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { createCodebookValidator } from '../../src/codebook/schema.js';
import { readCodebookSource } from '../../src/ingest/codebook-files.js';
import { codeWith, oneCode } from '../helpers.js';
import {
  assertedCodes,
  DUTCH_SPEECH_DIR,
  loadCc0Quotes,
  loadNegationCases,
  loadSummaryTargets,
  loadUtterances,
  type Utterance,
} from '../dutch-speech.js';

// The labelled set is measured against these two codebooks; its labels must stay valid for them.
const validator = createCodebookValidator();
const codebooks = await Promise.all(
  ['scp-gezien-gehoord-geholpen', 'sociale-basis'].map(
    async (name) => loadCodebook(await readCodebookSource(name, process.cwd()), validator).codebook!,
  ),
);
const codes = codebooks.flatMap((codebook) => codebook.themes.flatMap((theme) => theme.codes));
const codeIds = new Set(codes.map((code) => code.id));
const utterances = loadUtterances();
const quotes = loadCc0Quotes();

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/\p{L}+/gu) ?? [],
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / Math.min(a.size, b.size);
}

describe.each([
  ['utterances', utterances],
  ['CC0 quotes', quotes],
] as const)('dutch-speech %s', (_name, items: readonly Utterance[]) => {
  it('have unique ids and texts', () => {
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(new Set(items.map((item) => item.text)).size).toBe(items.length);
  });

  it('label only codes of the two codebooks, and negate only codes they label', () => {
    const wrong = items.flatMap((item) => [
      ...item.codes.filter((code) => !codeIds.has(code)).map((code) => `${item.id}: unknown code ${code}`),
      ...item.negated.filter((code) => !item.codes.includes(code)).map((code) => `${item.id}: negated ${code} is not in codes`),
      ...(new Set(item.codes).size === item.codes.length ? [] : [`${item.id}: a code twice`]),
    ]);
    expect(wrong).toEqual([]);
  });
});

describe('dutch-speech utterances', () => {
  it('hold at least 400 utterances, 80 of them without any code, split about evenly', () => {
    expect(utterances.length).toBeGreaterThanOrEqual(400);
    expect(utterances.filter((item) => item.codes.length === 0).length).toBeGreaterThanOrEqual(80);
    const dev = utterances.filter((item) => item.split === 'dev').length;
    expect(Math.abs(dev - (utterances.length - dev))).toBeLessThanOrEqual(utterances.length * 0.05);
  });

  it('give every code at least 10 asserted utterances, at least 4 in each half', () => {
    const short = codes.flatMap((code) => {
      const asserted = utterances.filter((item) => assertedCodes(item).includes(code.id));
      const dev = asserted.filter((item) => item.split === 'dev').length;
      return asserted.length >= 10 && dev >= 4 && asserted.length - dev >= 4 ? [] : [`${code.id}: ${asserted.length} (${dev} dev)`];
    });
    expect(short).toEqual([]);
  });

  it('have every speaker role', () => {
    expect(new Set(utterances.map((item) => item.role))).toEqual(new Set(['inwoner', 'mantelzorger', 'professional', 'vrijwilliger']));
  });

  // Utterances are written apart from the codebooks: none may be a close copy of a codebook example.
  it('do not copy a codebook example', () => {
    const examples = codes.flatMap((code) => code.examples.map((example) => words(example.text)));
    const copies = utterances.filter((item) => {
      const own = words(item.text);
      return examples.some((example) => example.size >= 5 && overlap(own, example) >= 0.8);
    });
    expect(copies.map((item) => `${item.id}: ${item.text}`)).toEqual([]);
  });
});

describe('dutch-speech CC0 quotes', () => {
  // The quotes are verbatim: the line they cite, without the quote marks and markdown around it.
  it.each(quotes.map((quote) => [quote.id, quote] as const))('%s is verbatim at its line', (_id, quote) => {
    const file = readFileSync(path.join(DUTCH_SPEECH_DIR, quote.source!), 'utf8').split('\n');
    expect(file[quote.line! - 1]).toContain(quote.text);
  });
});

describe('dutch-speech CC0 summaries', () => {
  const targets = loadSummaryTargets();
  it('name each of the six copied reports once, with codes of the two codebooks and a reason for each', () => {
    expect(targets.map((target) => target.report).sort()).toHaveLength(6);
    for (const target of targets) {
      const lines = readFileSync(path.join(DUTCH_SPEECH_DIR, target.source), 'utf8').split('\n').length;
      expect(
        target.sections.every((section) => section.lines[0] <= section.lines[1] && section.lines[1] <= lines),
        target.report,
      ).toBe(true);
      expect(
        [...target.codes, ...target.defensible].filter((code) => !codeIds.has(code)),
        target.report,
      ).toEqual([]);
      expect(
        target.codes.filter((code) => target.defensible.includes(code)),
        target.report,
      ).toEqual([]);
      expect(Object.keys(target.reasons).sort(), target.report).toEqual([...target.codes, ...target.defensible].sort());
    }
  });
});

describe.each(['negation.jsonl', 'negation-rule.jsonl'] as const)('dutch-speech negation sentences, %s', (file) => {
  const cases = loadNegationCases(file);
  it('hold at least 40 sentences, both verdicts, with a reason each', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((item) => item.negated))).toEqual(new Set([true, false]));
    expect(cases.filter((item) => item.reason.length < 10).map((item) => item.id)).toEqual([]);
  });

  // Each target is found exactly once, so that the verdict belongs to one hit; the verdicts
  // themselves are what the negation rule is measured on (scripts/devset-score.mjs --negation).
  it.each(cases.map((item) => [item.id, item] as const))('%s: the pattern finds the target once', (_id, item) => {
    const hits = codeWith(oneCode([item.pattern]), item.text).flatMap((coding) => coding.hits);
    expect(hits).toHaveLength(1);
    const found = item.text.slice(hits[0]!.start, hits[0]!.end).toLowerCase();
    expect(
      item.target
        .toLowerCase()
        .split(' ')
        .every((word) => found.includes(word)),
      `${found} / ${item.target}`,
    ).toBe(true);
  });
});
