import { describe, expect, it } from 'vitest';
import { parsePattern } from '../../src/codebook/pattern.js';

describe('parsePattern', () => {
  it('parses a phrase with exact words, wildcards, alternatives and a gap', () => {
    expect(parsePattern('=gehoord (hoge|grote*) ~2 drempel')).toEqual({
      kind: 'phrase',
      elements: [
        { alternatives: [{ kind: 'exact', form: 'gehoord' }], phrases: [], gapBefore: 0 },
        {
          alternatives: [
            { kind: 'stem', form: 'hoge' },
            { kind: 'wildcard', glob: 'grote*' },
          ],
          phrases: [],
          gapBefore: 0,
        },
        { alternatives: [{ kind: 'stem', form: 'drempel' }], phrases: [], gapBefore: 2 },
      ],
    });
  });

  it('parses alternatives of several words in a row', () => {
    expect(parsePattern('(geen hulp|te =laat|wachtlijst) ~2 gekregen')).toEqual({
      kind: 'phrase',
      elements: [
        {
          alternatives: [{ kind: 'stem', form: 'wachtlijst' }],
          phrases: [
            [
              { kind: 'stem', form: 'geen' },
              { kind: 'stem', form: 'hulp' },
            ],
            [
              { kind: 'stem', form: 'te' },
              { kind: 'exact', form: 'laat' },
            ],
          ],
          gapBefore: 0,
        },
        { alternatives: [{ kind: 'stem', form: 'gekregen' }], phrases: [], gapBefore: 2 },
      ],
    });
  });

  it('parses a regular expression with flags', () => {
    expect(parsePattern('/wacht(en|lijst)/iu')).toEqual({ kind: 'regex', source: 'wacht(en|lijst)', flags: 'iu' });
  });

  it.each([
    ['', 'empty pattern', 0],
    ['(hoge|grote drempel', '"(" without ")"; alternatives look like (hoge|grote)', 0],
    ['hoge) drempel', '")" without "("', 4],
    ['(hoge) drempel', 'alternatives need at least two: (hoge|grote), (geen hulp|te laat)', 0],
    ['(geen hulp) drempel', 'alternatives need at least two: (hoge|grote), (geen hulp|te laat)', 0],
    ['(niet ~2 geholpen|laat)', 'a gap ~N cannot stand inside ( | ); write the alternatives as patterns of their own', 6],
    ['(geen hulp|24/7)', '"/" is not part of a word; match it with a /regex/ or leave it out', 13],
    ['(hoge||grote)', 'empty alternative in ( | )', 6],
    ['~3 terug', 'a gap ~N must stand between two words (belde ~3 terug)', 0],
    ['belde ~3', 'a gap ~N must stand between two words (belde ~3 terug)', 6],
    ['belde ~x terug', 'a gap is ~ and a number from 1 to 20 (belde ~3 terug)', 6],
    ['belde ~3 ~2 terug', 'two gaps in a row; write one ~N', 9],
    ['belde~3 terug', 'put spaces around a gap: belde ~3 terug', 5],
    ['=', '"=" must be followed by a word (=gehoord)', 0],
    ['=wacht*', '"=" and "*" cannot be combined', 0],
    ['**', 'a wildcard needs letters: wacht*, *lijst, *zorg*', 0],
    ['24/7', '"/" is not part of a word; match it with a /regex/ or leave it out', 2],
    ['/wacht(/', 'regular expression does not compile: Invalid regular expression: /wacht(/: Unterminated group', 1],
    ['/wacht/g', 'unsupported regex flags "g"; use i, m, s, u or v', 7],
    ['/', 'a regular expression ends with "/" and optional flags: /wacht(en|lijst)/i', 0],
  ])('rejects %j: %s', (pattern, message, index) => {
    expect(parsePattern(pattern)).toEqual({ kind: 'error', message, index });
  });
});
