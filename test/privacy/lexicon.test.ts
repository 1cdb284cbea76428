import { beforeAll, describe, expect, it } from 'vitest';
import { detectNames } from '../../src/privacy/detect-names.js';
import { parseHunspell } from '../../src/privacy/hunspell.js';
import { stemFlags } from '../../src/privacy/hunspell-lookup.js';
import { loadDutchLexicon } from '../../src/privacy/load-lexicon.js';
import type { DutchLexicon } from '../../src/privacy/word-lexicon.js';

describe('the Hunspell reader', () => {
  const aff = [
    'FLAG long',
    'SFX Zb Y 2',
    'SFX Zb 0 en [^e]',
    'SFX Zb 0 n e',
    'PFX Pg Y 1',
    'PFX Pg 0 ge .',
    'SFX Vt Y 1',
    'SFX Vt 0 d .',
  ].join('\n');
  const dic = ['4', 'huis/Zb', 'tafel/Zb', 'maak/PgVt', 'verboden/Fw', 'mĳn'].join('\n');
  const data = parseHunspell(aff, dic);

  it('finds stems, suffixed, prefixed and cross-product forms, with the ij ligature typed as ij', () => {
    expect(
      ['huis', 'huizen', 'huisen', 'tafeln', 'gemaak', 'gemaakd', 'maakd', 'mijn'].map((word) => stemFlags(data, word) !== undefined),
    ).toEqual([true, false, true, false, true, true, true, true]);
    expect(stemFlags(data, 'verboden')).toBeUndefined();
  });
});

describe('the Dutch lexicon', () => {
  let lexicon: DutchLexicon;
  beforeAll(async () => {
    lexicon = await loadDutchLexicon();
  });

  it('knows inflections and compounds as Dutch words', () => {
    expect(['ervaringen', 'maatschappelijke', 'mijn', 'geldloket', 'taalhuis', 'respijtzorg'].every((word) => lexicon.isWord(word))).toBe(
      true,
    );
    expect(['yilmaz', 'sevda', 'xqzt'].some((word) => lexicon.isWord(word))).toBe(false);
  });

  it('classifies capitalised words for the name confidence', () => {
    const classes = Object.fromEntries(
      ['Ans', 'Mark', 'Jansen', 'Amsterdam', 'Marokko', 'Franse', 'Bakker', 'Opel', 'Yılmaz'].map((word) => [word, lexicon.classify(word)]),
    );
    expect(classes).toEqual({
      Ans: 'first-name',
      Mark: 'name-and-word',
      Jansen: 'person',
      Amsterdam: 'place',
      Marokko: 'place',
      Franse: 'place',
      Bakker: 'common',
      Opel: 'proper',
      Yılmaz: 'surname',
    });
  });

  it('finds names by form of address even without a lexicon, and lowers common nouns with one', () => {
    expect(detectNames('Toen kwam mevrouw De Vries langs.').map((finding) => [finding.text, finding.confidence])).toEqual([
      ['De Vries', 0.9],
    ]);
    expect(detectNames('Ik sprak Bakker en Jansen.', { lexicon }).map((finding) => [finding.text, finding.confidence])).toEqual([
      ['Bakker', 0.25],
      ['Jansen', 0.65],
    ]);
  });
});
