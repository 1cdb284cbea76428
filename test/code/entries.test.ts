import { describe, expect, it } from 'vitest';
import { codeText } from '../../src/code/apply.js';
import { compileMatcher } from '../../src/code/matcher.js';
import { createCodingRun } from '../../src/pipeline/pipeline.js';
import type { Codebook } from '../../src/model/codebook.js';
import type { CodingContext } from '../../src/model/coding.js';
import { codebookFrom, evidence, makeTree, oneCode, oneCodeYaml } from '../helpers.js';

/** A one-code codebook whose code is written in YAML (its lines under `- id: code`). */
function code(lines: string): Codebook {
  const indented = lines
    .trim()
    .split('\n')
    .map((line) => `        ${line}`)
    .join('\n');
  return codebookFrom(oneCodeYaml(`${indented}\n`));
}

/** The texts the code's hits cover, ! when negated, in a context. */
function hitsIn(codebook: Codebook, text: string, context: CodingContext = { section: null, question: null }): string[] {
  return codeText(compileMatcher([codebook]), text, context).codings.flatMap((coding) =>
    coding.hits.map((hit) => `${hit.negated ? '!' : ''}${text.slice(hit.start, hit.end)}`),
  );
}

describe('phrases inside alternatives', () => {
  it('match one of several words in a row at one position', () => {
    const codebook = oneCode(['(geen hulp|te =laat|wachtlijst) ~2 gekregen']);
    expect(evidence(codebook, 'Ik heb geen hulp gekregen.')).toEqual(['geen hulp gekregen']);
    expect(evidence(codebook, 'Het was te laat gekregen.')).toEqual(['te laat gekregen']);
    expect(evidence(codebook, 'Ik heb een wachtlijst gekregen.')).toEqual(['wachtlijst gekregen']);
    expect(evidence(codebook, 'Ik heb geen tijd gekregen.')).toEqual([]);
  });
});

describe('all:', () => {
  it('codes when every listed pattern is in the segment, with a hit for each', () => {
    const codebook = code('match:\n  - all: [wachtlijst, ggz]');
    expect(hitsIn(codebook, 'Ik stond op een wachtlijst. Dat was voor de ggz.')).toEqual(['wachtlijst', 'ggz']);
    expect(hitsIn(codebook, 'Ik stond op een wachtlijst.')).toEqual([]);
    const [coding] = codeText(compileMatcher([codebook]), 'De ggz had een wachtlijst.').codings;
    expect(coding!.hits.map((hit) => hit.pattern)).toEqual(['{all: [wachtlijst, ggz]}', '{all: [wachtlijst, ggz]}']);
  });

  it('within: sentence and within: clause keep the patterns together', () => {
    const sentence = code('match:\n  - {all: [wachtlijst, ggz], within: sentence}');
    expect(hitsIn(sentence, 'Ik stond op een wachtlijst. Dat was voor de ggz.')).toEqual([]);
    expect(hitsIn(sentence, 'Ik stond op een wachtlijst, voor de ggz.')).toEqual(['wachtlijst', 'ggz']);
    const clause = code('match:\n  - {all: [wachtlijst, ggz], within: clause}');
    expect(hitsIn(clause, 'Ik stond op een wachtlijst, omdat de ggz vol zat.')).toEqual([]);
    expect(hitsIn(clause, 'Ik stond op de wachtlijst van de ggz.')).toEqual(['wachtlijst', 'ggz']);
  });

  it('a negated part counts under the negation mode like any hit', () => {
    const codebook = code('match:\n  - all: [wachtlijst, ggz]\nnegation: exclude');
    expect(hitsIn(codebook, 'Geen wachtlijst bij de ggz.')).toEqual([]);
    expect(hitsIn(codebook, 'Een wachtlijst bij de ggz.')).toEqual(['wachtlijst', 'ggz']);
  });
});

describe('unless within a clause or sentence', () => {
  const text = 'Ik luisterde naar de radio, maar naar mij luisterde niemand.';
  it('vetoes only the hits in the clause or sentence of its hit; without within, the whole segment', () => {
    expect(hitsIn(code('match: [luisteren]\nunless: [radio]'), text)).toEqual([]);
    expect(hitsIn(code('match: [luisteren]\nunless:\n  - {pattern: radio, within: clause}'), text)).toEqual(['!luisterde']);
    expect(hitsIn(code('match: [luisteren]\nunless:\n  - {pattern: radio, within: sentence}'), text)).toEqual([]);
  });

  it('a negation mode on an unless entry decides which of its hits veto', () => {
    const codebook = code('match: [wachtlijst]\nunless:\n  - {pattern: kapper, negation: exclude}');
    expect(hitsIn(codebook, 'Bij de kapper is een wachtlijst.')).toEqual([]);
    expect(hitsIn(codebook, 'Geen kapper, wel een wachtlijst.')).toEqual(['wachtlijst']);
  });
});

describe('negation per entry and negation: ignore', () => {
  it('an entry sets its own mode; a code of flag entries shows only the positive ones', () => {
    const codebook = code('match:\n  - wachtlijst\n  - {pattern: wachttijd, negation: flag}\nnegation: exclude');
    expect(hitsIn(codebook, 'Er was geen wachtlijst.')).toEqual([]);
    expect(hitsIn(codebook, 'Er was geen wachttijd.')).toEqual(['!wachttijd']);
    expect(codeText(compileMatcher([codebook]), 'Er was geen wachttijd.').codings[0]!.negated).toBe(true);
    const require = code('match:\n  - {pattern: teruggebeld, negation: require}');
    expect(hitsIn(require, 'Ze hebben me teruggebeld.')).toEqual([]);
    expect(hitsIn(require, 'Niemand heeft me teruggebeld.')).toEqual(['!teruggebeld']);
  });

  it('negation: ignore looks for no cue: the hit counts and is not marked', () => {
    const codebook = code('match: [schulden]\nnegation: ignore');
    const [coding] = codeText(compileMatcher([codebook]), 'Schulden heb ik nooit gehad.').codings;
    expect(coding).toMatchObject({ negated: false, hits: [{ negated: false, cue: null }] });
  });
});

describe('section: and question:', () => {
  it('limit a code to a heading, and an entry to the question before the segment', () => {
    const codebook = code(`match:
  - hulp
  - {pattern: "(ja|jazeker)", question: ["(wachtlijst|wachten)"]}
section: [hulp zoeken]`);
    const section = 'Hulp zoeken bij de gemeente';
    expect(hitsIn(codebook, 'Ik kreeg hulp.', { section, question: null })).toEqual(['hulp']);
    expect(hitsIn(codebook, 'Ik kreeg hulp.', { section: 'Wonen', question: null })).toEqual([]);
    expect(hitsIn(codebook, 'Ik kreeg hulp.')).toEqual([]);
    expect(hitsIn(codebook, 'Ja, maanden.', { section, question: 'Heeft u op een wachtlijst gestaan?' })).toEqual(['Ja']);
    expect(hitsIn(codebook, 'Ja, maanden.', { section, question: 'Woont u hier lang?' })).toEqual([]);
  });

  it('code gives each segment its heading and the interviewer turn before it in that section', async () => {
    const codebook = code('match:\n  - {pattern: "(ja|jazeker)", question: [wachtlijst]}\nsection: [wachten]');
    const folder = makeTree({
      'r1.md': `# Interview\n\n## Wachten\n\n**I:** Stond u op een wachtlijst?\n\n**R1:** Ja, heel lang.\n\n**R1:** Ja, dat weet ik nog.\n\n## Wonen\n\n**R1:** Ja, in de flat.\n`,
    });
    const run = createCodingRun([codebook], { unit: 'turn', interviewers: ['I'], includeInterviewer: false });
    const documents = [];
    for await (const document of run.documents([{ absolute: `${folder}/r1.md`, display: 'r1.md', format: 'markdown' }], {
      diagnostic: () => {},
      progress: () => {},
    }))
      documents.push(document);
    const coded = documents[0]!.segments.filter((segment) => segment.codings.length > 0).map((segment) => segment.text);
    expect(coded).toEqual(['Ja, heel lang.', 'Ja, dat weet ik nog.']);
  });
});
