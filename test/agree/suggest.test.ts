import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementOfTable, overallAgreement } from '../../src/agree/stats/code-agreement.js';
import { suggestChanges } from '../../src/agree/suggest.js';
import type { UnitDocument } from '../../src/agree/units.js';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTree } from '../helpers.js';

/**
 * A small English study built so that each rule of "what to change" decides something. The code
 * "Delay" (patterns `waiting list`, `queue`) misses ten segments the hand coder coded:
 *
 * - `ages` and `took` stand in six of them, in three interviews: suggested;
 * - `Marleen` stands in the coded words of two, in two interviews, always with a capital: a name, left out;
 * - `backlog` stands in two, both in interview c: one interviewee's word, left out;
 * - `ways` stands in two; its stem reaches `way` (a stop word), in eight other turns: suggested as `=ways`;
 * - `form` stands in three, and in ten other turns: it would raise the F1, but codes mostly what the
 *   hand coder did not (3 of 13): left out;
 * - `tram` stands in two, in two interviews, but not in the words the hand coder coded: left out;
 * - `Yes.` answers a question the hand coder coded with it: a passage beyond the segment.
 *
 * `queue` fires in three turns the hand coder did not code. "Family" (`sister`) misses two turns
 * with `brother`, which stands in four other turns: it would code six, two of them right, and
 * leave the F1 where it is (0.67): left out.
 */
const codebook = `id: delay-en
title: Delay
version: 1.0.0
language: en
themes:
  - id: access
    label: Access
    codes:
      - id: delay
        label: Delay
        definition: Help came late.
        match: [waiting list, queue]
      - id: family
        label: Family
        definition: Family helped.
        match: [sister]
`;

const interviews = {
  'interviews/a.txt': [
    'I: How did it start?',
    'P1: I was on the waiting list for months.',
    'I: And then?',
    'P1: It took ages before Marleen called back, and my sister helped with the tram.',
    'I: Anything else?',
    'P1: The queue at the shop was long, but that is another story.',
    'I: Did you find other ways?',
    'P1: We looked for ways around it. It took ages. I filled in the form.',
    'I: Work?',
    'P1: Work is fine, I took the train.',
  ],
  'interviews/b.txt': [
    'I: How did it start?',
    'P2: Yeah, Marleen said it took ages, honestly. The tram again.',
    'I: Did you have to wait for the phone call?',
    'P2: Yes.',
    'I: What about your family?',
    'P2: My sister came by every week, there was a queue of visitors.',
    'I: Other ways?',
    'P2: We tried other ways, but it is slow. The form was wrong.',
    'I: Anything else?',
    'P2: The queue for the bus was fine.',
    'I: The garden?',
    'P2: The garden is green, I took photos.',
    'I: Was there a queue at the office?',
    'P2: There was no queue at the desk, nobody came, it just took ages.',
  ],
  'interviews/c.txt': [
    'I: How did it start?',
    'P3: Yeah, it took ages.',
    'I: And the backlog?',
    'P3: The backlog was huge.',
    'I: More?',
    'P3: The backlog again, and a form.',
    'I: The office?',
    'P3: Not a queue in sight there, and still it took ages.',
    'I: Who helped?',
    'P3: My brother came by.',
  ],
  // Many other turns, so that a word in two missed turns stands out; "by the way" in eight, a form in ten.
  'interviews/d.txt': [
    'I: Who helped?',
    'P4: My brother helped.',
    ...Array.from({ length: 190 }, (_, day) => {
      const extra = day < 8 ? ' by the way' : day < 18 ? ' and a form' : day < 22 ? ', my brother said' : '';
      return `I: And day ${day + 1}?\nP4: The weather was nice${extra}.`;
    }),
  ],
};

const hand = [
  'document,code,quote',
  'a,Delay,I was on the waiting list for months.',
  'a,Delay,It took ages before Marleen called back',
  'a,Delay,We looked for ways around it. It took ages. I filled in the form.',
  'b,Delay,"Marleen said it took ages, honestly"',
  'b,Delay,"Did you have to wait for the phone call? P2: Yes."',
  'b,Delay,We tried other ways',
  'b,Delay,There was no queue at the desk',
  'c,Delay,"Yeah, it took ages."',
  'c,Delay,The backlog was huge.',
  'c,Delay,"The backlog again, and a form."',
  'c,Delay,Not a queue in sight there',
  'a,Family,my sister helped',
  'b,Family,My sister came by every week',
  'c,Family,My brother came by',
  'd,Family,My brother helped',
].join('\n');

interface Suggestions {
  terms: {
    pattern: string;
    stem: string;
    exact: boolean;
    inMissed: number;
    documents: number;
    reaches: number;
    reachesInReference: number;
    f1: number;
  }[];
  patterns: { pattern: string; fired: number; inReference: number; f1Without: number }[];
}
interface Entry {
  document: string;
  lineStart: number;
  codedParts?: { start: number; end: number }[];
  codedLines?: { start: number; end: number };
  text: string;
}

async function study(...options: string[]) {
  const folder = makeTree({
    'codebook.yaml': codebook,
    'hand.csv': hand,
    ...Object.fromEntries(Object.entries(interviews).map(([name, lines]) => [name, `${lines.join('\n')}\n`])),
  });
  const coding = fakeIo(folder);
  expect(await run(['code', 'interviews', '--codebook', 'codebook.yaml', '--out', 'result', '--quiet'], coding), coding.err()).toBe(0);
  const io = fakeIo(folder);
  expect(await run(['agree', 'hand.csv', 'result', '--out', 'agreement', '--quiet', ...options], io), io.err()).toBe(0);
  const json = JSON.parse(readFileSync(path.join(folder, 'agreement', 'agreement.json'), 'utf8')) as {
    codes: { id: string; f1: number; missed: Entry[]; suggestions: Suggestions }[];
  };
  return {
    delay: json.codes.find((code) => code.id === 'delay')!,
    family: json.codes.find((code) => code.id === 'family')!,
    markdown: readFileSync(path.join(folder, 'agreement', 'agreement.md'), 'utf8'),
  };
}

describe('agree: what to change in a code', () => {
  it('suggests the words of the missed segments that carry across interviews, each as a working pattern with what it would do', async () => {
    const { delay, markdown } = await study();
    // 1 both, 10 only the hand coder, 3 only rodedraad.
    expect(delay.f1).toBe(0.1333);
    expect(
      delay.suggestions.terms.map(({ pattern, stem, exact, inMissed, documents, reaches, reachesInReference, f1 }) => ({
        pattern,
        stem,
        exact,
        inMissed,
        documents,
        reaches,
        reachesInReference,
        f1,
      })),
    ).toEqual([
      // ages: 6 of 10 missed, none of the 198 others; with it 7 both, 4 only the reference, 3 only rodedraad: F1 14/21.
      { pattern: 'ages', stem: 'ag', exact: false, inMissed: 6, documents: 3, reaches: 6, reachesInReference: 6, f1: 0.6667 },
      // took: also in two other turns ("I took the train"), and negated in one missed ("nobody came, it just took ages"):
      // with it 6 both, 5 only the reference, 5 only rodedraad: F1 12/22. Its stem is that of the verb (take).
      { pattern: 'took', stem: 'take', exact: false, inMissed: 6, documents: 3, reaches: 7, reachesInReference: 5, f1: 0.5455 },
      // ways: its stem reaches "way" in eight other turns; the exact form only the two.
      { pattern: '=ways', stem: 'wai', exact: true, inMissed: 2, documents: 2, reaches: 2, reachesInReference: 2, f1: 0.3529 },
    ]);
    expect(markdown).toContain('| `ages` | ag | 6/10 (3) | 0/198 | ');
    expect(markdown).toContain('| `=ways` |  | 2/10 (2) | 0/198 | ');
    expect(markdown).toContain(' | 6 (6) | 0.13 → 0.67 |');
  });

  it('suggests no word that would leave the F1 as it is', async () => {
    const { family, markdown } = await study();
    expect(family.f1).toBe(0.6667);
    expect(family.suggestions.terms).toEqual([]);
    expect(markdown).toContain(
      'No word or phrase stands in at least two missed segments (of two documents) and in the words the reference coded, is significantly over-represented there and would raise the F1.',
    );
  });

  it('lists the patterns that fire mostly outside the reference, with the F1 without them', async () => {
    const { delay, markdown } = await study();
    expect(
      delay.suggestions.patterns.map(({ pattern, fired, inReference, f1Without }) => ({ pattern, fired, inReference, f1Without })),
    ).toEqual([
      // Without queue: 1 both, 10 only the reference, none only rodedraad: F1 2/12.
      { pattern: 'queue', fired: 3, inReference: 0, f1Without: 0.1667 },
      { pattern: 'waiting list', fired: 1, inReference: 1, f1Without: 0 },
    ]);
    expect(markdown).toContain('- `queue`: fired in 3 segments, 0 of them coded by the reference (0%); without it F1 0.13 → 0.17');
  });

  it('shows what the hand coder coded: the words in a turn, and a passage that starts in the question', async () => {
    const { delay, markdown } = await study();
    const [first] = delay.missed;
    expect(first).toMatchObject({ document: 'a', lineStart: 4, codedParts: [{ start: 0, end: 39 }] });
    expect(first!.text.slice(0, 39)).toBe('It took ages before Marleen called back');
    expect(delay.missed.find((entry) => entry.text === 'Yes.')).toMatchObject({
      document: 'b',
      lineStart: 4,
      codedLines: { start: 3, end: 4 },
    });
    expect(markdown).toContain('- a, l. 4\n  > **It took ages before Marleen called back**, and my sister helped with the tram.');
    expect(markdown).toContain('- b, l. 4 (the reference coded l. 3-4, beyond this segment)\n  > Yes.');
    expect(markdown).toContain('1 of these 10 segments lies in 1 passage the reference coded across several turns');
  });

  it('by document, the F1 with a word is the F1 by document', async () => {
    const { delay } = await study('--unit', 'document');
    // The hand coder has Delay in a, b and c; rodedraad in a and b: F1 by document 0.8; with `ages`, c too.
    expect(delay.f1).toBe(0.8);
    expect(delay.suggestions.terms[0]).toMatchObject({ pattern: 'ages', f1: 1 });
  });
});

/** Unit segments of one document, written inline; only their text matters here. */
function documentOf(id: string, texts: readonly string[]): UnitDocument {
  const segments = texts.map((text, index) => ({
    index,
    speaker: 'R',
    start: { line: index + 1, column: 1, offset: 0 },
    end: { line: index + 1, column: text.length + 1, offset: text.length },
    text,
    unit: true,
  }));
  return { id, aliases: [], file: `${id}.txt`, text: null, sha256: null, segments };
}

/** A comparison of one code the candidate (pattern `zzz`) never used, the reference coded in the segments `missed` names. */
function missedOnly(documents: readonly UnitDocument[], missed: (text: string) => boolean) {
  const disagreements = documents.flatMap((document) =>
    document.segments.filter((segment) => missed(segment.text)).map((segment) => ({ document, segment, spans: [] })),
  );
  const units = documents.reduce((sum, document) => sum + document.segments.length, 0);
  const figures = agreementOfTable({
    both: 0,
    onlyReference: disagreements.length,
    onlyCandidate: 0,
    neither: units - disagreements.length,
  });
  const code = { id: 'c', name: 'C', path: ['C'], parentId: null, description: null, codable: true };
  const comparison = {
    unit: 'segment' as const,
    documents,
    segments: units,
    codes: [{ group: { id: 'c', reference: [code], candidate: [code] }, figures, missed: disagreements, extra: [], agreed: [] }],
    overall: overallAgreement([figures]),
  };
  const candidate = { language: 'en' as const, patterns: new Map([['c', { match: ['zzz'], unless: [] }]]), evidence: () => undefined };
  return suggestChanges(comparison, candidate)[0]!.terms.map((term) => term.pattern);
}

describe('keyTerms: the thresholds', () => {
  it('a word must be significantly more frequent in the missed segments (G2 at least 3.84)', () => {
    // river: 2 of 2 missed, 1 of 2 others: G2 1.73. Another river elsewhere would make it less.
    const documents = [documentOf('a', ['the river flows', 'a river nearby']), documentOf('b', ['the river bends', 'nothing here'])];
    expect(missedOnly(documents, (text) => text.startsWith('the river'))).toEqual([]);
    // Without the third river: 2 of 2 against 0 of 2, G2 5.55. A capital once is no name when the word is also written without.
    const clear = [documentOf('a', ['the river flows', 'a brook nearby']), documentOf('b', ['along the River bends', 'nothing here'])];
    expect(missedOnly(clear, (text) => text.includes('iver'))).toEqual(['river']);
  });

  it('a word less frequent in the missed segments than elsewhere is no candidate, however significant', () => {
    // The reference coded 16 of 20 turns, all but four with cat; cat stands in 4 of the 16 and in all 4 others (G2 8.93).
    const turns = (prefix: string) => [
      ...Array.from({ length: 4 }, (_, n) => `${prefix} cat ${n}`),
      ...Array.from({ length: 6 }, (_, n) => `${prefix} bird ${n}`),
    ];
    const documents = [documentOf('a', turns('a')), documentOf('b', turns('b'))];
    expect(missedOnly(documents, (text) => !/cat [23]$/.test(text))).toEqual(['bird']);
  });

  it('in one document, a word of two missed segments counts; a word of one never does', () => {
    const weather = Array.from({ length: 30 }, (_, day) => `weather report ${day}`);
    const documents = [documentOf('a', ['the river and the lake', 'the lake freezes', ...weather])];
    // river: 1 of 2 missed, none of 30 others: G2 6.13, but in one segment only.
    expect(missedOnly(documents, (text) => text.startsWith('the'))).toEqual(['lake']);
  });
});
