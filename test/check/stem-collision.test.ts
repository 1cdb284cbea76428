import { parsePattern } from '../../src/codebook/pattern.js';
import type { Pattern } from '../../src/model/pattern.js';
import { describe, expect, it } from 'vitest';
import { findStemCollisions, leadingLetters } from '../../src/code/stem-collision.js';
import { createStemmer } from '../../src/code/stem.js';

const forms = (...words: string[]) => words.map((form) => ({ form, count: 1 }));

describe('stem collisions: forms a one-word stem pattern reaches that are another word', () => {
  it('finds the collisions of the issue: tos → to, useful → use, citi → city, organization → organ', () => {
    expect(findStemCollisions(parsed('tos'), 'en', forms('tos', 'to')).map((entry) => [entry.form, entry.reason])).toEqual([
      ['to', 'stopword'],
    ]);
    expect(findStemCollisions(parsed('useful'), 'en', forms('useful', 'use', 'used')).map((entry) => entry.form)).toEqual(['use', 'used']);
    expect(findStemCollisions(parsed('citi'), 'en', forms('city', 'cities')).map((entry) => entry.form)).toEqual(['city']);
    expect(findStemCollisions(parsed('organization'), 'en', forms('organizations', 'organ')).map((entry) => entry.form)).toEqual(['organ']);
    expect(findStemCollisions(parsed('experience'), 'en', forms('experiences', 'experiment')).map((entry) => entry.form)).toEqual([
      'experiment',
    ]);
  });

  it('leaves inflections alone, also Dutch ones that change a vowel or drop an ending', () => {
    expect(findStemCollisions(parsed('wachtlijsten'), 'nl', forms('wachtlijst', 'wachtlijsten'))).toEqual([]);
    expect(findStemCollisions(parsed('verhaal'), 'nl', forms('verhalen', 'verhaal'))).toEqual([]);
    expect(findStemCollisions(parsed('wachten'), 'nl', forms('wacht', 'wachtte', 'wachten'))).toEqual([]);
    expect(findStemCollisions(parsed('model'), 'en', forms('models', 'modelling'))).toEqual([]);
    expect(findStemCollisions(parsed('loket'), 'nl', forms('wmo-loket'))).toEqual([]);
  });

  it('leaves a long word written another way alone, not a short one', () => {
    expect(findStemCollisions(parsed('heterogenous'), 'en', forms('heterogeneous', 'heterogenous'))).toEqual([]);
    expect(findStemCollisions(parsed('experience'), 'en', forms('experiment')).map((entry) => entry.form)).toEqual(['experiment']);
    expect(findStemCollisions(parsed('citi'), 'en', forms('city')).map((entry) => entry.form)).toEqual(['city']);
  });

  it('judges only one-word stem patterns: phrases, exact forms, wildcards and regexes have none', () => {
    for (const pattern of ['terms of service', '=tos', 'tos*', '/tos/i'])
      expect(findStemCollisions(parsed(pattern), 'en', forms('to'))).toEqual([]);
    expect(findStemCollisions(parsed('(tos|terms)'), 'en', forms('to')).map((entry) => entry.form)).toEqual(['to']);
  });

  it('leading letters: the pattern less what an inflection changes at its end', () => {
    const en = createStemmer('en');
    const nl = createStemmer('nl');
    expect([leadingLetters('useful', en), leadingLetters('citi', en), leadingLetters('tos', en)]).toEqual(['usef', 'citi', 'to']);
    expect([leadingLetters('wachtlijsten', nl), leadingLetters('verhaal', nl)]).toEqual(['wachtlijst', 'verha']);
  });
});

function parsed(text: string): Pattern {
  const pattern = parsePattern(text);
  if (pattern.kind === 'error') throw new Error(pattern.message);
  return pattern;
}
