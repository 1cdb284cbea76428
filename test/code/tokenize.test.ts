import { describe, expect, it } from 'vitest';
import { countWords, tokenize } from '../../src/text/tokenize.js';

const words = (text: string) => tokenize(text).map((token) => `${token.raw}@${token.start}/${token.clause}`);

describe('tokenize', () => {
  it('splits on everything but letters, marks and digits, with offsets', () => {
    expect(words('Ik, eh... 24/7 (€12)!')).toEqual(['Ik@0/0', 'eh@4/0', '24@10/0', '7@13/0', '12@17/0']);
  });

  it('keeps accented letters and combining marks inside a word', () => {
    expect(tokenize('geïsoleerde café naïeve').map((token) => token.raw)).toEqual(['geïsoleerde', 'café', 'naïeve']);
    expect(tokenize('cafe\u0301 x').map((token) => token.raw)).toEqual(['cafe\u0301', 'x']);
  });

  it('joins inner hyphens and apostrophes, not outer ones', () => {
    expect(tokenize("Wmo-loket auto's zo’n didn't -los 'k").map((token) => token.raw)).toEqual([
      'Wmo-loket',
      "auto's",
      'zo’n',
      "didn't",
      'los',
      'k',
    ]);
  });

  it('counts clauses at sentence punctuation and blank lines, not at commas or hesitation dots', () => {
    expect(words('a, b... c… d. e; f: g!\n\nh\ni')).toEqual([
      'a@0/0',
      'b@3/0',
      'c@8/0',
      'd@11/0',
      'e@14/1',
      'f@17/2',
      'g@20/3',
      'h@24/4',
      'i@26/4',
    ]);
  });

  it('reads letters outside the Basic Multilingual Plane', () => {
    expect(tokenize('x 𝒜b y').map((token) => token.raw)).toEqual(['x', '𝒜b', 'y']);
  });

  it('countWords agrees with tokenize', () => {
    for (const text of ["Ik heb maanden gewacht, echt! Wmo-loket auto's", '', '...', 'één-twee 3']) {
      expect(countWords(text)).toBe(tokenize(text).length);
    }
  });
});
