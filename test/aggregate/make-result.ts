import type { CodingResult, ResultDocument } from '../../src/model/result.js';

/** A document for tests: attributes, and per segment the codes present (`!x` for a negated mention of x). */
export interface DocumentSpec {
  readonly id: string;
  readonly attributes?: Record<string, string>;
  readonly segments: readonly (readonly string[])[];
}

/** A minimal but complete result.json value: one codebook, themes with codes, documents with codings. */
export function makeResult(themes: Record<string, readonly string[]>, documents: readonly DocumentSpec[]): CodingResult {
  const themeOf = new Map(Object.entries(themes).flatMap(([theme, codes]) => codes.map((code) => [code, theme] as const)));
  return {
    format: 'rodedraad-result',
    formatVersion: 1,
    tool: { name: 'rodedraad', version: '0.0.0-test' },
    inputs: ['corpus'],
    settings: { unit: 'turn', includeInterviewer: false, interviewers: ['I'] },
    codebooks: [
      {
        id: 'test',
        title: 'Test',
        version: '1.0.0',
        language: 'nl',
        source: null,
        file: 'test.yaml',
        sha256: 'c0de',
        themes: Object.entries(themes).map(([theme, codes]) => ({
          id: theme,
          label: `Thema ${theme}`,
          description: null,
          codes: codes.map((code) => ({
            id: code,
            label: `Code ${code}`,
            definition: null,
            negation: 'flag' as const,
            patterns: [code],
            unless: [],
          })),
        })),
      },
    ],
    documents: documents.map(
      (spec, position): ResultDocument => ({
        id: spec.id,
        file: `${spec.id}.md`,
        format: 'markdown',
        sha256: `hash-${spec.id}`,
        attributes: spec.attributes ?? {},
        segments: spec.segments.map((codes, index) => {
          const text = `Segment ${index + 1} van ${spec.id} over ${codes.map((code) => code.replace('!', 'geen ')).join(' en ') || 'niets'}.`;
          return {
            index: index + 1,
            speaker: spec.id,
            role: 'respondent' as const,
            section: null,
            time: null,
            start: { line: 10 * (index + 1), column: 1, offset: 100 * index + position },
            end: { line: 10 * (index + 1) + 1, column: 1, offset: 100 * index + 50 },
            codePointStart: 100 * index,
            codePointEnd: 100 * index + 50,
            coded: true,
            words: 8,
            text,
            codings: codes.map((entry) => {
              const code = entry.replace('!', '');
              const at = text.indexOf(code, text.indexOf(' over '));
              return {
                theme: themeOf.get(code)!,
                code,
                negated: entry.startsWith('!'),
                hits: [
                  {
                    pattern: code,
                    textStart: at,
                    textEnd: at + code.length,
                    sourceStart: at,
                    sourceEnd: at + code.length,
                    text: code,
                    negated: entry.startsWith('!'),
                    cue: entry.startsWith('!') ? 'geen' : null,
                  },
                ],
              };
            }),
          };
        }),
      }),
    ),
    totals: {
      documents: documents.length,
      segments: 0,
      respondentSegments: 0,
      respondentWords: 0,
      codedUnits: 0,
      codedSegments: 0,
      codes: [],
    },
    diagnostics: [],
  };
}
