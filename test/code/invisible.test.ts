import { describe, expect, it } from 'vitest';
import { countWords, tokenize } from '../../src/text/tokenize.js';
import { normalizeWord } from '../../src/text/words.js';
import { evidence, oneCode } from '../helpers.js';

// Soft hyphens and zero-width characters come with text from word processors and PDF exports.
const invisible = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

describe('invisible characters inside words', () => {
  it('stay inside the word, with exact offsets, and never start or end one', () => {
    for (const char of invisible) {
      const text = `Een wacht${char}lijst, ${char}ja${char} en Wmo${char}-loket.`;
      expect(tokenize(text).map((token) => [token.raw, token.start, token.end])).toEqual([
        ['Een', 0, 3],
        [`wacht${char}lijst`, 4, 15],
        ['ja', 18, 20],
        ['en', 22, 24],
        [`Wmo${char}-loket`, 25, 35],
      ]);
      expect(countWords(text)).toBe(5);
    }
  });

  it('are dropped when words are compared, so patterns match', () => {
    for (const char of invisible) {
      expect(normalizeWord(`Wacht${char}lijst`)).toBe('wachtlijst');
      const text = `Ik stond op een wacht${char}lijst en wachtte op hulp.`;
      expect(evidence(oneCode(['wachtlijst']), text)).toEqual([`wacht${char}lijst`]);
      expect(evidence(oneCode(['wacht*']), text)).toEqual([`wacht${char}lijst`, 'wachtte']);
      expect(evidence(oneCode(['een wachtlijst']), text)).toEqual([`een wacht${char}lijst`]);
    }
  });
});
