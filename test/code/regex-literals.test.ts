import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalPrefilter, requiredLiterals } from '../../src/code/regex-literals.js';
import { codeWith, oneCode } from '../helpers.js';

describe('the literals a regex needs', () => {
  it('reads them from runs of characters, groups and required repeats, never from lookarounds or classes', () => {
    expect(requiredLiterals(String.raw`(?<!\p{L})[eé]én (vaste )?(persoon|iemand|loket)(?!\p{L})`, 'iu')).toEqual([
      'persoon',
      'iemand',
      'loket',
    ]);
    expect(requiredLiterals(String.raw`\btrots(e|er|heid)?\b(?!\s+(op|dat)\b)`, 'i')).toEqual(['trots']);
    expect(requiredLiterals('(wacht){2,}lijst', '')).toEqual(['wacht']);
    expect(requiredLiterals('wachtlijst|wachttijd', 'i')).toEqual(['wachtlijst', 'wachttijd']);
    // One alternative without a literal, an optional part, a lookahead's text, a class: nothing to test.
    expect(requiredLiterals(String.raw`wachtlijst|\d+`, '')).toBeNull();
    expect(requiredLiterals('(wachtlijst)?', '')).toBeNull();
    expect(requiredLiterals('(?=wachtlijst)', '')).toBeNull();
    expect(requiredLiterals('[abc]{5}', '')).toBeNull();
    // Too short to be worth a test, or not a regex.
    expect(requiredLiterals('ab|cd', '')).toBeNull();
    expect(requiredLiterals('(unclosed', '')).toBeNull();
  });

  it('test with the flags of the regex: case folding as the regex does it', () => {
    expect(literalPrefilter('wachtlijst', 'iu')!.test('WACHTLIJST')).toBe(true);
    expect(literalPrefilter('wachtlijst', '')!.test('WACHTLIJST')).toBe(false);
    // Under /iu, s matches ſ (long s) and k the Kelvin sign: toLowerCase would miss both.
    expect(/kosten/iu.test('\u212Aoſten')).toBe(true);
    expect(literalPrefilter('kosten', 'iu')!.test('\u212Aoſten')).toBe(true);
    // Syntax characters in a literal are escaped: a dot is a dot.
    expect(literalPrefilter(String.raw`kosten\.nl`, '')!.test('kostenXnl')).toBe(false);
    expect(literalPrefilter(String.raw`kosten\.nl`, '')!.test('zie kosten.nl')).toBe(true);
  });

  it('never turns away a text that the regex matches', () => {
    const regexes: [string, string][] = [
      [String.raw`(?<!\p{L})[eé]én (vaste )?(persoon|iemand)(?!\p{L})`, 'iu'],
      [String.raw`\btrots(e|er|heid)?\b(?!\s+(op|dat)\b)`, 'i'],
      [String.raw`\b(het )?gaat (wel|prima|goed)\b(?=\s*["'”.,!?:;])`, 'i'],
      ['kos+ten|ſtad', 'iu'],
      [String.raw`(ab|abc)\1de`, ''],
      ['(x{0}kost|baat)en', 'i'],
      ['geld.{0,5}zorg(en)+', 'su'],
      ['wacht(lijst|tijd){1,2}', 'v'],
    ];
    const pieces = fc.constantFrom(
      'een ',
      'één ',
      'persoon',
      'iemand',
      'trots',
      'trotse ',
      'op',
      'het ',
      'gaat ',
      'goed',
      '.',
      'KOSTEN',
      'kosssten',
      'ſtad',
      '\u212Aosten',
      'abc',
      'ab',
      'de',
      'baten',
      'geld',
      'xx',
      'zorgen',
      'wachtlijst',
      'tijd',
      ' ',
      '"',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.integer({ min: 0, max: regexes.length - 1 }), (parts, which) => {
        const text = parts.join('');
        const [source, flags] = regexes[which]!;
        const prefilter = literalPrefilter(source, flags);
        if (new RegExp(source, flags).test(text)) expect(prefilter === null || prefilter.test(text), `${source} on ${text}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('code with a regex pattern finds what it found before: where the literal is, and not elsewhere', () => {
    const codebook = oneCode([String.raw`/(?<!\p{L})[eé]én (vaste )?(persoon|aanspreekpunt)(?!\p{L})/iu`]);
    expect(codeWith(codebook, 'Ik had eindelijk één vaste persoon.')).toHaveLength(1);
    expect(codeWith(codebook, 'Ik had eindelijk ÉÉN PERSOON.')).toHaveLength(1);
    expect(codeWith(codebook, 'Ik had eindelijk één vaste buurvrouw.')).toEqual([]);
  });
});
