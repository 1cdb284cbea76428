import { describe, expect, it } from 'vitest';
import { alignWords } from '../../src/exchange/quotes/align.js';
import { locateQuote, prepareText } from '../../src/exchange/quotes/locate-quote.js';
import { contentTokens, wordTokens } from '../../src/exchange/quotes/word-tokens.js';

const forms = (text: string): string[] => contentTokens(text).map((token) => token.form);

describe('words of a transcript', () => {
  it('ignore case, accents, ligatures and punctuation, and keep offsets into the text', () => {
    expect(wordTokens('Geïsoleerd—ﬁnancieel… “Ja”')).toEqual([
      { form: 'geisoleerd', start: 0, end: 10 },
      { form: 'financieel', start: 11, end: 20 },
      { form: 'ja', start: 23, end: 25 },
    ]);
  });

  it('leave out PDF layout: page-number lines and paragraph numbers, not a year that opens a sentence', () => {
    const text =
      '11   Participant: we use\n     ICE plots.\n\n                1/6\n42\n12\tDan: Page 3 of 9?\n2015 was a good year\n   26      1/8';
    expect(forms(text)).toEqual([
      'participant',
      'we',
      'use',
      'ice',
      'plots',
      'dan',
      'page',
      '3',
      'of',
      '9',
      '2015',
      'was',
      'a',
      'good',
      'year',
    ]);
    expect(contentTokens('12   Dan: ja', true).map((token) => token.form)).toEqual(['12', 'dan', 'ja']);
  });
});

describe('alignment of a quote with the transcript', () => {
  it('finds all words in order, skipping a dropped line at small cost', () => {
    const document = 'x y the model was good and then a line the coder dropped here we go on with the end z'.split(' ');
    const quote = 'the model was good and then we go on with the end'.split(' ');
    expect(alignWords(document, quote)).toEqual({ first: 2, last: 19, matched: 12, skipped: 6 });
  });

  it('counts a differing word as unmatched', () => {
    expect(alignWords(['there', 'are', 'two', 'uses'], ['here', 'are', 'two', 'uses'])).toMatchObject({ matched: 3 });
    expect(alignWords([], ['a'])).toBeNull();
  });
});

describe('locating a quote', () => {
  const text =
    'R01: Ik heb maanden op een wachtlijst gestaan. Niemand belde me\nterug, echt niemand. Daarna werd het beter met de hulp van mijn buurvrouw.';
  const prepared = prepareText(text);

  it('exact first, then word for word, then approximately, else not found', () => {
    expect(locateQuote('Niemand belde me', prepared)).toEqual({ kind: 'exact', start: 47, end: 63, occurrences: 1 });
    const words = locateQuote('niemand belde me terug — echt niemand', prepared);
    expect(words).toMatchObject({ kind: 'words', occurrences: 1 });
    expect(text.slice((words as { start: number }).start, (words as { end: number }).end)).toBe('Niemand belde me\nterug, echt niemand');
    const near = locateQuote('Ik heb maanden op een wachtlijst gestaan. Niemand belde mij terug, echt niemand.', prepared);
    expect(near).toMatchObject({ kind: 'approximate', quoteWords: 13, matchedWords: 12, skippedWords: 0 });
    expect(locateQuote('Ik heb jaren op een lijst gestaan', prepared)).toMatchObject({ kind: 'not-found' });
    expect(locateQuote('   ', prepared)).toEqual({ kind: 'not-found', quoteWords: 0, matchedWords: 0 });
  });

  it('short quotes must match word for word: one differing word in five is not found', () => {
    expect(locateQuote('met de hulp van haar', prepared)).toMatchObject({ kind: 'not-found', quoteWords: 5 });
  });
});
