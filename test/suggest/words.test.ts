import { beforeAll, describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import type { DutchWords } from '../../src/suggest/compounds.js';
import { loadDutchWords } from '../../src/suggest/load-words.js';
import { isContentForm } from '../../src/suggest/segment-words.js';
import { createTermKeys } from '../../src/suggest/term-keys.js';
import { bracketedTokens, isNumberWord, suggestStopwords } from '../../src/suggest/vocabulary.js';

let dutch: DutchWords;
beforeAll(async () => {
  dutch = await loadDutchWords();
});

describe('Dutch compounds (OpenTaal compound flags)', () => {
  it('splits closed compounds into their dictionary parts, linking s and inflection removed', () => {
    expect(dutch.parts('buslijn')).toEqual(['bus', 'lijn']);
    expect(dutch.parts('buurtbus')).toEqual(['buurt', 'bus']);
    expect(dutch.parts('buslijnen')).toEqual(['bus', 'lijn']);
    expect(dutch.parts('vervoersdienst')).toEqual(['vervoer', 'dienst']);
    expect(dutch.parts('vrijwilligersvervoer')).toEqual(['vrijwilliger', 'vervoer']);
    expect(dutch.parts('keukentafelgesprek')).toEqual(['keuken', 'tafel', 'gesprek']);
    expect(dutch.parts('wachtlijstje')).toEqual(['wacht', 'lijst']);
  });

  it('leaves simple words, adjectives, verbs and derivations whole', () => {
    for (const word of ['bus', 'gemeente', 'belangrijk', 'moeilijk', 'terugbellen', 'vrijwilliger', 'verzekeraar', 'aanvraag', 'uitkering'])
      expect(dutch.parts(word), word).toEqual([]);
  });

  it('finds the word a plural or diminutive is made from, and knows nouns from adjectives and verb forms', () => {
    expect(dutch.base('busje')).toBe('bus');
    expect(dutch.base('bussen')).toBe('bus');
    expect(dutch.base('bedrijven')).toBe('bedrijf');
    expect(dutch.base('gewoon')).toBe('gewoon');
    expect(dutch.isNoun('vervoer')).toBe(true);
    expect(dutch.isNoun('huisartsen')).toBe(true);
    expect(dutch.isNoun('goed')).toBe(false);
    expect(dutch.isNoun('werkt')).toBe(false);
  });
});

describe('term keys', () => {
  const stop = suggestStopwords();
  const content = (form: string) => isContentForm(form, stop);

  it('puts bus, busje, buslijn and buurtbus in the group of bus; buurtbus also in that of buurt', () => {
    const keys = createTermKeys('nl', content, dutch);
    for (const form of ['bus', 'bussen', 'busje', 'buslijn', 'buurtbus']) expect(keys.word(form), form).toContain('w:bus');
    expect(keys.word('buurtbus')).toContain('w:buurt');
    expect(keys.names('w:bus', 'buurtbus')).toBe(true);
    expect(keys.names('w:buurt', 'buurtbus')).toBe(false);
  });

  it('gives no word key to Dutch words that are no nouns, nor to stop words', () => {
    const keys = createTermKeys('nl', content, dutch);
    expect(keys.word('moeilijk')).toEqual([]);
    expect(keys.word('gewoon')).toEqual([]);
  });

  it('groups English words by stem and hyphenated parts, without a dictionary', () => {
    const keys = createTermKeys('en', content, null);
    expect(keys.word('services')).toEqual(keys.word('service'));
    expect(keys.word('bus-stop')).toContain(keys.word('stop')[0]);
    expect(keys.phrase(['bus', 'stops'])).toBe(keys.phrase(['bus', 'stop']));
  });
});

describe('what is no term', () => {
  it('finds short notes and placeholders in brackets, not speech in long parentheses', () => {
    const text = 'Ik (lacht) woon in [wijk], zegt [naam moeder]. (Dat was toen ik nog in de stad woonde en werkte.)';
    const tokens = tokenize(text);
    const inside = [...bracketedTokens(text, tokens)].map((position) => tokens[position]!.raw);
    expect(inside).toEqual(['lacht', 'wijk', 'naam', 'moeder']);
  });

  it('knows number words and leaves them out', () => {
    for (const word of ['vijfentwintig', 'achtduizend', 'twintig', 'twenty-five']) expect(isNumberWord(word), word).toBe(true);
    for (const word of ['tienermoeder', 'eenzaamheid']) expect(isNumberWord(word), word).toBe(false);
    expect(isContentForm('vijfentwintig', suggestStopwords())).toBe(false);
  });

  it('leaves out contractions of stop words and anonymised names', () => {
    for (const form of ["it's", "don't", "wasn't", "we'll", 'xxxx', 'xxxxxxx'])
      expect(isContentForm(form, suggestStopwords()), form).toBe(false);
    for (const form of ["auto's", 'documentation']) expect(isContentForm(form, suggestStopwords()), form).toBe(true);
  });
});
