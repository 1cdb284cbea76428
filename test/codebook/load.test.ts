import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { createCodebookValidator } from '../../src/codebook/schema.js';
import { findDuplicateIds } from '../../src/codebook/unique-ids.js';
import { codebookFrom } from '../helpers.js';

const validator = createCodebookValidator();
const load = (text: string) => loadCodebook({ file: 'cb.yaml', text, sha256: '0' }, validator);
const lines = (text: string) => load(text).diagnostics.map((d) => `${d.place!.line}:${d.place!.column} ${d.ruleId} ${d.reason}`);

describe('loadCodebook', () => {
  it('loads a valid codebook with places, defaults and patterns', () => {
    const codebook = codebookFrom(`id: demo
title: Demo
version: 1.0.0
language: nl
negation: exclude
themes:
  - id: gehoord
    label: Gehoord
    codes:
      - id: niet-serieus
        label: Niet serieus genomen
        match:
          - luisteren
          - "*scheept"
        examples:
          - text: Niemand luisterde.
            expect: match
`);
    const code = codebook.themes[0]!.codes[0]!;
    expect(code).toMatchObject({ id: 'niet-serieus', negation: 'exclude', definition: null, unless: [] });
    expect(code.match.map((p) => [p.text, p.place.line, p.place.column])).toEqual([
      ['luisteren', 13, 13],
      ['*scheept', 14, 13],
    ]);
    expect(code.examples[0]).toMatchObject({ expect: 'match', place: { line: 16, column: 13 } });
  });

  it('reports a YAML syntax error with its place', () => {
    expect(lines('id: demo\ntitle: [Demo\nversion: 1.0.0\n')).toEqual([expect.stringMatching(/^3:1 yaml-syntax YAML syntax error: /)]);
  });

  it('reports every schema problem at once, each at its place with what was expected', () => {
    const text = `id: Demo Codebook
title: Demo
version: 1.0
language: de
themes:
  - id: gehoord
    label: Gehoord
    codes:
      - id: niet-serieus
        mach:
          - luisteren
        negation: flagged
        examples:
          - text: Niemand luisterde.
            expect: yes
`;
    expect(lines(text)).toEqual([
      '1:5 schema "id" has the wrong form, found "Demo Codebook" (Stable id of the codebook, lowercase words joined by hyphens), for example scp-gezien-gehoord-geholpen',
      '3:10 schema "version" must be a string; found 1 (put it in quotes: "1") (Semantic version of the codebook, as a quoted string), for example 1.0.0',
      '4:11 schema "language" must be one of nl, en; found "de"',
      '9:9 schema code "niet-serieus" is missing "label" (Short name of the code), for example label: Niet serieus genomen',
      '10:9 schema code "niet-serieus" has an unknown key "mach"; did you mean "match"?',
      '12:19 schema "negation" of code "niet-serieus" must be one of flag, exclude, require, ignore; found "flagged"',
      '15:21 schema "expect" of example 1 of code "niet-serieus" must be one of match, none; found "yes"',
    ]);
  });

  it('reports empty text and empty patterns', () => {
    const text = `id: demo
title: " "
version: 1.0.0
language: nl
themes:
  - id: t
    label: T
    codes:
      - id: c
        label: C
        match:
          - ""
`;
    expect(lines(text)).toEqual([
      '2:8 schema "title" must not be empty (Human-readable title), for example Gezien, gehoord en geholpen',
      '12:13 schema match pattern 1 of code "c" must not be empty (A pattern, or a map with pattern: or all: and options), for example (hoge|grote) drempel',
    ]);
  });

  it('reports invalid patterns at the place of the problem inside the pattern', () => {
    const text = `id: demo
title: Demo
version: 1.0.0
language: nl
themes:
  - id: t
    label: T
    codes:
      - id: c
        label: C
        match:
          - (hoge|grote drempel
          - "belde ~x terug"
        unless:
          - /wacht(/
`;
    expect(lines(text)).toEqual([
      '12:13 invalid-pattern invalid pattern "(hoge|grote drempel": "(" without ")"; alternatives look like (hoge|grote)',
      '13:20 invalid-pattern invalid pattern "belde ~x terug": a gap is ~ and a number from 1 to 20 (belde ~3 terug)',
      '15:14 invalid-pattern invalid pattern "/wacht(/": regular expression does not compile: Invalid regular expression: /wacht(/: Unterminated group',
    ]);
  });

  it('finds theme and code ids used twice, within and across codebooks', () => {
    const make = (id: string, code: string) => `id: ${id}
title: T
version: 1.0.0
language: nl
themes:
  - id: thema
    label: T
    codes:
      - id: ${code}
        label: C
      - id: ${code}
        label: D
`;
    const first = codebookFrom(make('een', 'x'), 'een.yaml');
    const second = codebookFrom(make('twee', 'y'), 'twee.yaml');
    expect(findDuplicateIds([first, second]).map((d) => `${d.file}:${d.place!.line}:${d.place!.column} ${d.reason}`)).toEqual([
      'een.yaml:11:9 code id "x" is used twice (first at line 9); ids must be unique across codebooks',
      'twee.yaml:6:5 theme id "thema" is used twice (first at een.yaml:6:5); ids must be unique across codebooks',
      'twee.yaml:11:9 code id "y" is used twice (first at line 9); ids must be unique across codebooks',
    ]);
  });
});
