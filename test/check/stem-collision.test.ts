import { describe, expect, it } from 'vitest';
import { findStemCollisions, leadingLetters } from '../../src/check/stem-collision.js';
import { createStemmer } from '../../src/code/stem.js';

const forms = (...words: string[]) => words.map((form) => ({ form, count: 1 }));

describe('stem collisions: forms a one-word stem pattern reaches that are another word', () => {
  it('finds the collisions of the issue: tos → to, useful → use, citi → city, organization → organ', () => {
    expect(findStemCollisions('tos', 'en', forms('tos', 'to')).map((entry) => [entry.form, entry.reason])).toEqual([['to', 'stopword']]);
    expect(findStemCollisions('useful', 'en', forms('useful', 'use', 'used')).map((entry) => entry.form)).toEqual(['use', 'used']);
    expect(findStemCollisions('citi', 'en', forms('city', 'cities')).map((entry) => entry.form)).toEqual(['city']);
    expect(findStemCollisions('organization', 'en', forms('organizations', 'organ')).map((entry) => entry.form)).toEqual(['organ']);
    expect(findStemCollisions('experience', 'en', forms('experiences', 'experiment')).map((entry) => entry.form)).toEqual(['experiment']);
  });

  it('leaves inflections alone, also Dutch ones that change a vowel or drop an ending', () => {
    expect(findStemCollisions('wachtlijsten', 'nl', forms('wachtlijst', 'wachtlijsten'))).toEqual([]);
    expect(findStemCollisions('verhaal', 'nl', forms('verhalen', 'verhaal'))).toEqual([]);
    expect(findStemCollisions('wachten', 'nl', forms('wacht', 'wachtte', 'wachten'))).toEqual([]);
    expect(findStemCollisions('model', 'en', forms('models', 'modelling'))).toEqual([]);
    expect(findStemCollisions('loket', 'nl', forms('wmo-loket'))).toEqual([]);
  });

  it('judges only one-word stem patterns: phrases, exact forms, wildcards and regexes have none', () => {
    for (const pattern of ['terms of service', '=tos', 'tos*', '/tos/i'])
      expect(findStemCollisions(pattern, 'en', forms('to'))).toEqual([]);
    expect(findStemCollisions('(tos|terms)', 'en', forms('to')).map((entry) => entry.form)).toEqual(['to']);
  });

  it('leading letters: the pattern less what an inflection changes at its end', () => {
    const en = createStemmer('en');
    const nl = createStemmer('nl');
    expect([leadingLetters('useful', en), leadingLetters('citi', en), leadingLetters('tos', en)]).toEqual(['usef', 'citi', 'to']);
    expect([leadingLetters('wachtlijsten', nl), leadingLetters('verhaal', nl)]).toEqual(['wachtlijst', 'verha']);
  });
});
