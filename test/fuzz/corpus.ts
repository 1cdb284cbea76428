import fc from 'fast-check';

/**
 * Generated transcripts for the fuzz suite: every layout rodedraad reads, with the place of every
 * word so that the suite can check where each one lands. Interviewers ask (their sentences end
 * in "?"), respondents answer (theirs never do), so that even a layout without interviewer labels
 * has one reading that is right.
 */

/** A word of a generated transcript, with where it stands in the file's text. */
export interface PlacedWord {
  readonly word: string;
  readonly offset: number;
  readonly role: 'interviewer' | 'respondent';
}

/** A generated transcript file. */
export interface GeneratedFile {
  readonly name: string;
  readonly text: string;
  readonly bom: boolean;
  readonly words: readonly PlacedWord[];
}

const LAYOUTS = ['markdown-bold', 'markdown-plain', 'consecutive-lines', 'otter', 'amberscript', 'pdf', 'timestamps'] as const;
type Layout = (typeof LAYOUTS)[number];

const VOCABULARY = [
  'wachtlijst',
  'wachten',
  'maanden',
  'hulp',
  'wijkteam',
  'gemeente',
  'formulier',
  'formulieren',
  'buurvrouw',
  'dochter',
  'schaamte',
  'schaamde',
  'geld',
  'schulden',
  'brief',
  'brieven',
  'bellen',
  'belde',
  'terug',
  'niemand',
  'niet',
  'geen',
  'nooit',
  'luisteren',
  'luisterde',
  'serieus',
  'genomen',
  'vertrouwen',
  'beloofd',
  'loket',
  'Wmo-loket',
  'regels',
  'aanvraag',
  'eh',
  'ehm',
  'nou',
  'ja',
  'dus',
  'toen',
  'echt',
  'gewoon',
  'ik',
  'we',
  'ze',
  'mijn',
  'de',
  'het',
  'een',
  'en',
  'maar',
  'want',
  'heel',
  'lang',
  'drie',
  'keer',
  'verhaal',
  'opnieuw',
  'vertellen',
  'geïsoleerd',
  'café',
  'ruim',
  '300',
  'euro',
  'mantelzorg',
  'vrijwilliger',
  'buurthuis',
  'koffie',
  'netwerk',
  'alleen',
  'samen',
  'bus',
  'avond',
  'dinsdag',
  'zorg',
  'indicatie',
  'wachttijd',
  'contactpersoon',
  'regie',
  'aanspreekpunt',
  "auto's",
  'naïef',
];
const INTERVIEWERS = ['I', 'Interviewer', 'Int.', 'Onderzoeker', 'Interviewer 1', 'Onderzoeker (Gemeente Noorderveld)'];
const RESPONDENTS = ['R1', 'R07', 'Respondent', 'Deelnemer 2', 'Participant', 'Jansen, Piet'];

interface Turn {
  readonly role: 'interviewer' | 'respondent';
  /** Paragraphs of sentences of words. */
  readonly paragraphs: readonly (readonly (readonly string[])[])[];
}

const sentence = (role: Turn['role']) =>
  fc
    .record({
      words: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 14 }),
      end: role === 'interviewer' ? fc.constant('?') : fc.constantFrom('.', '.', '!', '...', '.'),
      emoji: fc.boolean(),
    })
    .map(({ words, end, emoji }) => [
      ...words.slice(0, -1),
      `${words[words.length - 1]}${end}`,
      ...(emoji && role === 'respondent' ? ['🙂'] : []),
    ]);

/** Prose with a colon that may open a respondent's later paragraph: it must stay in the turn. */
const LEADS = [[], [], [], ['Let', 'op:'], ['Toen', 'zei', 'ik:'], ['Twee:'], ['Kijk:'], ['Eerlijk', 'gezegd:']];

const paragraph = (role: Turn['role']) =>
  fc
    .tuple(fc.constantFrom(...(role === 'respondent' ? LEADS : [[]])), fc.array(sentence(role), { minLength: 1, maxLength: 4 }))
    .map(([lead, sentences]) => (lead.length === 0 ? sentences : [[...lead, ...sentences[0]!], ...sentences.slice(1)]));

const turn = (role: Turn['role'], maxParagraphs: number) =>
  fc.record({ role: fc.constant(role), paragraphs: fc.array(paragraph(role), { minLength: 1, maxLength: maxParagraphs }) });

/** A transcript: its layout, speakers, turns (interviewer first, alternating), line ending and front matter. */
export const transcriptArbitrary = fc
  .record({
    layout: fc.constantFrom(...LAYOUTS),
    interviewer: fc.constantFrom(...INTERVIEWERS),
    respondent: fc.constantFrom(...RESPONDENTS),
    pairs: fc.integer({ min: 2, max: 6 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    frontMatter: fc.boolean(),
    gemeente: fc.constantFrom('Gemeente A', 'Gemeente B', 'Zuidhaven', 'Noorderveld'),
    datum: fc.constantFrom('2025-03-12', '12-03-2025', '3 maart 2025', '2025-3-5'),
    sections: fc.boolean(),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .chain((shape) => {
    const multi = !['consecutive-lines', 'otter', 'amberscript', 'pdf'].includes(shape.layout);
    return fc.record({
      shape: fc.constant(shape),
      turns: fc.array(fc.tuple(turn('interviewer', 1), turn('respondent', multi ? 3 : 2)), {
        minLength: shape.pairs,
        maxLength: shape.pairs,
      }),
    });
  });

/** Write a generated transcript as a file's text, keeping the offset of every word. */
export function renderTranscript(value: GeneratedShape, id: string): GeneratedFile {
  const { shape, turns } = value;
  const markdown = shape.layout.startsWith('markdown');
  const name = `${id}.${markdown ? 'md' : 'txt'}`;
  const eol = shape.crlf ? '\r\n' : '\n';
  let text = '';
  const words: PlacedWord[] = [];
  const add = (piece: string) => {
    text += piece;
  };
  const otterNames = ['Marieke de Vries', 'Joost Hendriks'];
  const interviewerLabel = shape.layout === 'otter' ? otterNames[0]! : shape.layout === 'amberscript' ? 'Spreker 1' : shape.interviewer;
  const respondentLabel = shape.layout === 'otter' ? otterNames[1]! : shape.layout === 'amberscript' ? 'Spreker 2' : shape.respondent;
  if (shape.frontMatter) add(['---', `id: ${id}`, `gemeente: ${shape.gemeente}`, `datum: ${shape.datum}`, '---', ''].join(eol));
  let number = 1;
  let second = 3;
  const flat = turns.flat();
  flat.forEach((current, turnIndex) => {
    const label = current.role === 'interviewer' ? interviewerLabel : respondentLabel;
    if (markdown && shape.sections && turnIndex % 4 === 0) add(`## Deel ${turnIndex / 4 + 1}${eol}${eol}`);
    second += 7;
    const time = `${Math.floor(second / 60)}:${String(second % 60).padStart(2, '0')}`;
    const stamp = `00:${String(Math.floor(second / 60)).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}`;
    const prefix: Record<Layout, string> = {
      'markdown-bold': `**${label}:** `,
      'markdown-plain': `${label}: `,
      'consecutive-lines': `${label}: `,
      otter: `${label}  ${time}${eol}`,
      amberscript: `${label} [${stamp}]${eol}`,
      pdf: `${number++}    ${label}: `,
      timestamps: `[${stamp}] ${label}: `,
    };
    add(prefix[shape.layout]);
    current.paragraphs.forEach((paragraph, paragraphIndex) => {
      if (paragraphIndex > 0) add(shape.layout === 'pdf' ? `${eol}${eol}${number++}    ` : `${eol}${eol}`);
      paragraph.forEach((words_, sentenceIndex) => {
        if (sentenceIndex > 0) add(shape.layout === 'pdf' && sentenceIndex % 2 === 0 ? `${eol}     ` : ' ');
        words_.forEach((word, wordIndex) => {
          if (wordIndex > 0) add(' ');
          const emphasised = markdown && (shape.seed + turnIndex + wordIndex) % 11 === 0 && /^\p{L}+$/u.test(word);
          if (emphasised) add('*');
          words.push({ word: word.replace(/[?.!:]+$/, ''), offset: text.length, role: current.role });
          add(word);
          if (emphasised) add('*');
        });
      });
    });
    add(shape.layout === 'consecutive-lines' ? eol : `${eol}${eol}`);
  });
  return { name, text, bom: shape.bom, words: words.filter((entry) => entry.word !== '') };
}

/** The generated value `transcriptArbitrary` gives. */
export type GeneratedShape = typeof transcriptArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** A random codebook in the pattern language: stems, exact forms, wildcards, alternatives, gaps, regexes, unless. */
export const codebookArbitrary = fc
  .record({
    language: fc.constantFrom('nl', 'en'),
    codes: fc.array(
      fc.record({
        match: fc.array(patternArbitrary(), { minLength: 1, maxLength: 5 }),
        unless: fc.array(patternArbitrary(), { maxLength: 1 }),
        negation: fc.constantFrom('flag', 'exclude', 'require'),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ language, codes }) =>
    [
      'id: fuzz',
      'title: Fuzz',
      'version: 1.0.0',
      `language: ${language}`,
      'themes:',
      '  - id: thema',
      '    label: Thema',
      '    codes:',
      ...codes.flatMap((code, index) => [
        `      - id: code-${index + 1}`,
        `        label: Code ${index + 1}`,
        '        match:',
        ...code.match.map((pattern) => `          - ${JSON.stringify(pattern)}`),
        ...(code.unless.length > 0 ? ['        unless:', ...code.unless.map((pattern) => `          - ${JSON.stringify(pattern)}`)] : []),
        `        negation: ${code.negation}`,
      ]),
      '',
    ].join('\n'),
  );

function patternArbitrary(): fc.Arbitrary<string> {
  const word = fc.constantFrom(...VOCABULARY.filter((entry) => /^[\p{L}]{3,}$/u.test(entry)));
  return fc.oneof(
    word,
    word.map((entry) => `=${entry}`),
    word.map((entry) => `${entry.slice(0, 4)}*`),
    fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
    fc
      .tuple(word, word, word)
      .filter(([a, b]) => a !== b)
      .map(([a, b, c]) => `(${a}|${b}) ${c}`),
    fc.tuple(word, fc.integer({ min: 1, max: 4 }), word).map(([a, gap, b]) => `${a} ~${gap} ${b}`),
    word.map((entry) => `/\\b${entry}\\b/i`),
  );
}
