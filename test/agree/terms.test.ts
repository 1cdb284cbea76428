import { describe, expect, it } from 'vitest';
import { isRedaction, speechWords, withoutTranscriberNotes } from '../../src/agree/speech-words.js';
import { segmentTerms } from '../../src/agree/terms.js';

const words = speechWords();
const terms = (text: string) => [...segmentTerms(text, words).terms.keys()];

describe('the words of talk: what says something about a topic', () => {
  it.each([
    ['wachtlijst', 'content'],
    ['heterogeneous', 'content'],
    ['the', 'stop'],
    ['het', 'stop'],
    ["it's", 'stop'],
    ["don't", 'stop'],
    ["i'd", 'stop'],
    ['not', 'stop'],
    ['nooit', 'stop'],
    ['xxxx', 'stop'],
    ['12', 'stop'],
    ['x', 'stop'],
    ['yeah', 'filler'],
    ['kind', 'filler'],
    ['nou', 'filler'],
    ['eigenlijk', 'filler'],
    ['one', 'filler'],
  ])('%s is %s', (form, kind) => {
    expect(words.kindOf(form)).toBe(kind);
  });

  it('negations and words of degree join a phrase', () => {
    expect(['not', "didn't", 'niet', 'te', 'too', 'most'].map(words.joinsPhrase)).toEqual([true, true, true, true, true, true]);
    expect(['the', 'kind', 'wachtlijst'].map(words.joinsPhrase)).toEqual([false, false, false]);
  });

  it('redactions and transcriber notes', () => {
    expect([isRedaction('XXXX'), isRedaction('xx'), isRedaction('x'), isRedaction('xxl')]).toEqual([true, true, false, false]);
    const text = 'so (unintelligible) basically [lacht] ok';
    expect(withoutTranscriberNotes(text)).toHaveLength(text.length);
    expect(withoutTranscriberNotes(text)).toBe(`so ;${' '.repeat(15)} basically ;${' '.repeat(6)} ok`);
  });
});

describe('the terms of a segment', () => {
  it('content words, not stop words, fillers, contractions, negations, numbers or redactions', () => {
    expect(terms("Yeah, it's kind of like the waiting list, I think. Not 12 XXXX weeks.")).toEqual([
      'waiting',
      'waiting list',
      'list',
      'weeks',
    ]);
  });

  it('phrases of two content words, or a content word with a negation or a word of degree', () => {
    expect(terms('The most important feature is not useful.')).toEqual([
      'most important',
      'important',
      'important feature',
      'feature',
      'not useful',
      'useful',
    ]);
    expect(terms('Het was echt te laat.')).toEqual(['te laat', 'laat']);
    // A negation with a filler, or a stop word with a content word, is no phrase.
    expect(terms('Not really the model.')).toEqual(['model']);
  });

  it('no phrase across a clause, a transcriber note or a line that ends a paragraph', () => {
    expect(terms('The waiting. List of names.')).toEqual(['waiting', 'list', 'names']);
    expect(terms('the waiting (inaudible) list')).toEqual(['waiting', 'list']);
    expect(terms('the waiting\n\nlist')).toEqual(['waiting', 'list']);
    // A wrapped line (one line break) is no break.
    expect(terms('the waiting\nlist')).toEqual(['waiting', 'waiting list', 'list']);
  });

  it('the forms as written, in lower case', () => {
    const found = segmentTerms('Wachtlijst, wachtlijst en WACHTLIJST.', words);
    expect(found.terms.get('wachtlijst')).toEqual(['wachtlijst']);
    expect(segmentTerms('Geïsoleerd, geisoleerd.', words).terms.get('geisoleerd')).toEqual(['geïsoleerd', 'geisoleerd']);
  });

  it('words with a capital inside a clause, and words in lower case, for telling names', () => {
    const found = segmentTerms('Kaggle helped, said Anna. Kaggle again, and SHAP and XGBoost. The kaggle site.', words);
    // "Kaggle" opens its clauses; "Anna" does not. SHAP and XGBoost are no title case.
    expect([...found.capitalised]).toEqual(['anna']);
    expect(found.lowercase.has('kaggle')).toBe(true);
    expect(found.lowercase.has('anna')).toBe(false);
  });
});
