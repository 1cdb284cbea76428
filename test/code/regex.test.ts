import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type CompiledPattern } from '../../src/code/matcher.js';
import { matchRegex } from '../../src/code/match-regex.js';
import { findBacktrackingRisks } from '../../src/codebook/regex-safety.js';
import { POLYNOMIAL_REGEX_WINDOW, REGEX_WINDOW, regexWindows, type WindowSize } from '../../src/code/regex-windows.js';
import { tokenize } from '../../src/text/tokenize.js';
import { codebookFrom, oneCode } from '../helpers.js';

describe('findBacktrackingRisks', () => {
  it('calls nested quantifiers over the same characters exponential, bounded ones too', () => {
    const verdict = (source: string) =>
      findBacktrackingRisks(source, 'i').map((risk) => `${risk.exponential ? 'exponential' : 'polynomial'} ${risk.quantifiers.join(' ')}`);
    expect(verdict('(a+)+$')).toEqual(['exponential a+ (a+)+']);
    expect(verdict('(a{1,100}){1,100}x')).toEqual(['exponential a{1,100} (a{1,100}){1,100}']);
    expect(verdict('x(a{1,100}?){1,100}?y')).toEqual(['exponential a{1,100}? (a{1,100}?){1,100}?']);
    expect(verdict('\\w+\\s*\\w+\\s*wachtlijst')).toEqual(['polynomial \\w+ \\w+']);
    expect(verdict('\\b(lig|ligt)\\b(\\s+\\S+){0,4}\\s+wakker\\b')).toEqual([]);
    expect(verdict('[^.!?]{0,80}\\b(hoor)\\b[^.!?]{0,30}\\b(niks)\\b')).toEqual([]);
  });
});

describe('regexWindows', () => {
  const size: WindowSize = { chunk: 20, margin: 5 };
  const chunks = (text: string) => regexWindows(text, size).map((window) => text.slice(window.chunkStart, window.chunkEnd));

  it('leaves a text that fits in one window whole', () => {
    expect(regexWindows('kort', REGEX_WINDOW)).toEqual([{ chunkStart: 0, chunkEnd: 4, windowStart: 0, windowEnd: 4 }]);
    expect(regexWindows('x'.repeat(2400), REGEX_WINDOW)).toHaveLength(1);
  });

  it('cuts at a paragraph break, else a line break, else after a sentence, else at a space, else anywhere', () => {
    expect(chunks('aaaa bbbb cc.\n\ndddd eeee\nffff gggg hhhh iiii')[0]).toBe('aaaa bbbb cc.\n\n');
    expect(chunks('aaaa bbbb cc\ndddd. eeee ffff gggg')[0]).toBe('aaaa bbbb cc\n');
    expect(chunks('aaaa bbbb. cccc dddd eeee ffff gggg')[0]).toBe('aaaa bbbb. ');
    expect(chunks('aaaa bbbb cccc dddd eeee ffff gggg')[0]).toBe('aaaa bbbb cccc dddd ');
    expect(chunks('a'.repeat(50))).toEqual(['a'.repeat(20), 'a'.repeat(20), 'a'.repeat(10)]);
    expect(chunks(`${'a'.repeat(19)}😀${'a'.repeat(20)}`)[0]).toBe('a'.repeat(19));
  });

  it('covers the text with chunks of at most the chunk size and windows that add at most the margin', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '.', '😀'), maxLength: 300 }), (text) => {
        const windows = regexWindows(text, size);
        expect(windows.map((window) => text.slice(window.chunkStart, window.chunkEnd)).join('')).toBe(text);
        for (const window of windows) {
          expect(window.chunkEnd - window.chunkStart).toBeLessThanOrEqual(windows.length > 1 ? size.chunk : size.chunk + 2 * size.margin);
          expect(window.windowStart).toBe(Math.max(0, window.chunkStart - (windows.length > 1 ? size.margin : 0)));
        }
      }),
    );
  });
});

describe('matchRegex', () => {
  const pattern = (source: string, flags: string, window: WindowSize): CompiledPattern => ({
    text: `/${source}/${flags}`,
    language: 'nl',
    elements: [],
    simple: false,
    inClause: false,
    regex: new RegExp(source, `${flags}g`),
    prefilter: null,
    window,
    uses: [],
  });
  const words = fc.constantFrom(
    'wacht',
    'wachtlijst',
    'lijsten',
    'ik',
    'mijn',
    'een',
    'Wmo-loket',
    'é',
    '😀',
    '.',
    ',',
    ' ',
    ' ',
    '\n',
    '\n\n',
  );

  it('finds in windows what a regex finds in the whole text, for matches shorter than the margin', () => {
    const sources = [
      ['\\bwacht\\w{0,6}', 'i'],
      ['(ik|mijn) \\p{L}{1,8}', 'u'],
      ['lijst(?!en)', ''],
      ['(?<=een )wachtlijst', ''],
      ['^wacht', ''],
      ['\\w*', ''],
    ] as const;
    fc.assert(
      fc.property(fc.array(words, { maxLength: 120 }), fc.constantFrom(...sources), (parts, [source, flags]) => {
        const text = parts.join(' ');
        const expected = [...text.matchAll(new RegExp(source, `${flags}g`))]
          .filter((match) => match[0].length > 0)
          .map((match) => [match.index, match.index + match[0].length]);
        const found = matchRegex(pattern(source, flags, { chunk: 30, margin: 15 }), text, tokenize(text)).map((hit) => [
          hit.start,
          hit.end,
        ]);
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('names the tokens a hit covers', () => {
    const text = 'Ik stond op een wacht-lijst, echt.';
    const [hit] = matchRegex(pattern('een wacht-l', '', REGEX_WINDOW), text, tokenize(text));
    expect(hit!.matched).toEqual([3, 4]);
  });

  it('runs a regex that can take polynomial time on smaller windows, and refuses an exponential one', () => {
    const matcher = compileMatcher([oneCode(['/\\w+\\s*\\w+\\s*wachtlijst/', '/wachtlijst/'])]);
    expect(matcher.codes).toHaveLength(1);
    const polynomial = codebookFrom(
      `id: p\ntitle: P\nversion: 1.0.0\nlanguage: nl\nthemes:\n  - id: t\n    label: T\n    codes:\n      - id: c\n        label: C\n        match:\n          - /\\w+\\s*\\w+\\s*wachtlijst/\n`,
    );
    const compiled = compileMatcher([polynomial]);
    // In the whole text the match would start at 0; in windows of 100 + 2 × 50 it starts in the last chunk.
    expect(compiled.match(`${'a'.repeat(1000)} een wachtlijst`).hits.map((hit) => [hit.start, hit.end])).toEqual([[900, 1015]]);
    expect(
      compileMatcher([oneCode(['/a+ een wachtlijst/'])])
        .match(`${'a'.repeat(1000)} een wachtlijst`)
        .hits.map((hit) => [hit.start, hit.end]),
    ).toEqual([[0, 1015]]);
    expect(POLYNOMIAL_REGEX_WINDOW.chunk).toBeLessThan(REGEX_WINDOW.chunk);
    // The loaded codebook says which regexes are slow: the matcher does not analyse them again.
    expect(polynomial.themes[0]!.codes[0]!.match[0]!.parts[0]!.slowRegex).toBe(true);
  });
});
