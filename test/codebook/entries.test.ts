import { describe, expect, it } from 'vitest';
import { entryFromText, entryText } from '../../src/codebook/entries.js';
import { loadCodebook } from '../../src/codebook/load.js';
import { createCodebookValidator } from '../../src/codebook/schema.js';
import { checkCodebooks } from '../../src/check/check.js';
import { oneCodeYaml } from '../helpers.js';

const validator = createCodebookValidator();
const NOWHERE = { line: 1, column: 1, offset: 0 };

/** A one-code codebook with the given YAML under `match:` (and more lines of the code after it). */
function codebook(match: string, more = ''): string {
  return oneCodeYaml(`        definition: Een code.
        match:
${match}
${more}`);
}

const problems = (text: string) =>
  loadCodebook({ file: 'cb.yaml', text, sha256: '0' }, validator).diagnostics.map(
    (d) => `${d.place!.line}:${d.place!.column} ${d.ruleId} ${d.reason}`,
  );

describe('pattern entries as a codebook holds them', () => {
  it('load as maps with their options', () => {
    const text = codebook(`          - {all: [wachtlijst, ggz], within: sentence, negation: ignore}
          - pattern: "(ja|jazeker)"
            question: [wachtlijst]
            section: [wachten]`);
    const loaded = loadCodebook({ file: 'cb.yaml', text, sha256: '0' }, validator);
    expect(loaded.diagnostics).toEqual([]);
    const [all, scoped] = loaded.codebook!.themes[0]!.codes[0]!.match;
    expect(all).toMatchObject({
      all: true,
      within: 'sentence',
      negation: 'ignore',
      text: '{all: [wachtlijst, ggz], within: sentence, negation: ignore}',
    });
    expect(all!.parts.map((part) => [part.text, part.place.line])).toEqual([
      ['wachtlijst', 13],
      ['ggz', 13],
    ]);
    expect(scoped).toMatchObject({
      all: false,
      within: 'segment',
      negation: null,
      text: '{pattern: (ja|jazeker), section: [wachten], question: [wachtlijst]}',
    });
    expect(scoped!.question.map((part) => part.text)).toEqual(['wachtlijst']);
  });

  it('have a text that reads back as the same entry (as result.json and agree use it)', () => {
    const text = entryText({ all: ['*zelfredzaam*', 'eigen kracht'], within: 'clause', negation: 'exclude' });
    expect(text).toBe('{all: ["*zelfredzaam*", eigen kracht], within: clause, negation: exclude}');
    expect(entryFromText(text, 'match', NOWHERE)).toMatchObject({ all: true, within: 'clause', negation: 'exclude', text });
    expect(entryFromText('{pattern: "wacht(", negation: flag}', 'match', NOWHERE)).toBeNull();
    expect(entryFromText('wachtlijst', 'match', NOWHERE)?.parts[0]?.text).toBe('wachtlijst');
  });

  it('report a misused map and a bad pattern inside it at its place', () => {
    expect(
      problems(
        codebook(`          - {pattern: wachtlijst, all: [ggz, hulp]}
          - {pattern: wachtlijst, within: clause}
          - all: [wachtlijst, "~2 ggz"]
          - {pattern: hulp, section: ["(wonen"]}`),
      ),
    ).toEqual([
      '13:13 invalid-pattern invalid pattern entry: a pattern entry has pattern: (one pattern) or all: (a list of patterns), not both',
      '14:13 invalid-pattern invalid pattern entry: within: belongs to all: (where the patterns must stand) or to an unless pattern (how far it vetoes)',
      '15:32 invalid-pattern invalid pattern "~2 ggz": a gap ~N must stand between two words (belde ~3 terug)',
      '16:40 invalid-pattern invalid pattern "(wonen": "(" without ")"; alternatives look like (hoge|grote)',
    ]);
  });

  it('are checked against the schema: types, known keys, at least two patterns in all:', () => {
    expect(
      problems(
        codebook(`          - {pattern: wachtlijst, within: altijd}
          - {all: [wachtlijst]}
          - {patroon: wachtlijst}
          - 12`),
      ),
    ).toEqual([
      '13:43 schema "within" of match pattern 1 of code "code" must be one of clause, sentence, segment; found "altijd"',
      '14:19 schema "all" of match pattern 2 of code "code" must have at least 2 items (Patterns that must all match (in the same segment, or within: sentence or clause)), for example ["wachtlijst","ggz"]',
      '15:13 invalid-pattern invalid pattern entry: a pattern entry needs pattern: (one pattern) or all: (a list of patterns)',
      '15:14 schema match pattern 3 of code "code" has an unknown key "patroon"; known keys: pattern, all, within, negation, section, question',
      '16:13 schema match pattern 4 of code "code" must be a string or a map; found 12 (A pattern, or a map with pattern: or all: and options), for example (hoge|grote) drempel',
    ]);
  });
});

describe('check on entries', () => {
  const check = async (text: string) =>
    (await checkCodebooks([{ file: 'cb.yaml', text, sha256: '0' }])).diagnostics.map((d) => `${d.place!.line} ${d.ruleId}`);
  const examples = (lines: string) => `        examples:\n${lines}`;

  it('duplicate-pattern: the same entry twice, options and order of all: included', async () => {
    const found = await check(
      codebook(
        `          - wachtlijst
          - pattern: wachtlijsten
          - {all: [ggz, wachtlijst]}
          - {all: [wachtlijst, ggz]}
          - {pattern: wachtlijst, negation: ignore}`,
        examples('          - {text: Een wachtlijst., expect: match}\n          - {text: Niets., expect: none}'),
      ),
    );
    expect(found).toEqual(['14 duplicate-pattern', '16 duplicate-pattern']);
  });

  it('stopword-pattern: an all: whose every pattern is a stopword', async () => {
    const found = await check(
      codebook(
        `          - {all: [de, het]}
          - {all: [de, wachtlijst]}`,
        examples('          - {text: Een wachtlijst voor de ggz., expect: match}\n          - {text: Niets., expect: none}'),
      ),
    );
    expect(found).toEqual(['13 stopword-pattern']);
  });

  it('dead-unless: an unless within a clause is alive when an example shows what it rules out', async () => {
    const unless = (text: string) => `        unless:\n          - {pattern: radio, within: clause}\n${examples(text)}`;
    const dead = await check(
      codebook(
        '          - luisteren',
        unless('          - {text: Ik luisterde., expect: match}\n          - {text: Niets., expect: none}'),
      ),
    );
    expect(dead).toContain('15 dead-unless');
    const alive = await check(
      codebook(
        '          - luisteren',
        unless('          - {text: Ik luisterde., expect: match}\n          - {text: Ik luisterde naar de radio., expect: none}'),
      ),
    );
    expect(alive).not.toContain('15 dead-unless');
  });

  it('examples: a code limited by section: is tested in the section its example names', async () => {
    const scoped = (section: string) =>
      codebook(
        '          - hulp',
        `        section: [hulp zoeken]\n${examples(`          - {text: Ik kreeg hulp., expect: match${section}}\n          - {text: Niets., expect: none}`)}`,
      );
    expect(await check(scoped(', section: Hulp zoeken'))).toEqual([]);
    expect(await check(scoped(''))).toEqual(['16 example-mismatch']);
  });
});
