import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interview } from '../../bench/generate.js';
import type { TextRange } from '../../src/privacy/finding.js';
import { nameTokens, PARTICLES } from '../../src/privacy/name-tokens.js';
import { protectedRanges } from '../../src/privacy/protected-ranges.js';
import { isSentenceStart } from '../../src/privacy/sentence.js';
import { foldName } from '../../src/privacy/word-lexicon.js';

/**
 * The tokens as the name detector first read them, with one regular expression over every word:
 * the reference the character-by-character reader (word-scan.ts) must give the same tokens as.
 */
function referenceTokens(text: string, exclude: readonly TextRange[], listed: ReadonlySet<string>) {
  const ranges = [...exclude].sort((a, b) => a.start - b.start);
  const tokens: { start: number; end: number; text: string; type: string; capital: boolean; sentenceStart: boolean; joined: boolean }[] =
    [];
  let range = 0;
  let previousEnd = 0;
  let afterLeftOut = false;
  for (const match of text.matchAll(/['’]t(?![\p{L}])|[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu)) {
    const start = match.index;
    const word = match[0].replace(/(?:['’]s|['’-])$/u, '');
    if (word.length === 0) continue;
    const end = start + word.length;
    while (range < ranges.length && ranges[range]!.end <= start) range++;
    const current = ranges[range];
    if (current && current.start < end) continue;
    const capital = /^\p{Lu}/u.test(word);
    const type = PARTICLES.has(word.toLowerCase()) ? 'particle' : capital && /\p{Ll}/u.test(word) ? 'cap' : 'other';
    if (type === 'other' && !listed.has(foldName(word))) {
      afterLeftOut = true;
      previousEnd = end;
      continue;
    }
    const rangeEnd = range > 0 ? ranges[range - 1]!.end : -1;
    const afterRange = rangeEnd >= previousEnd && /^[\s*_"'“‘([>#-]*$/u.test(text.slice(rangeEnd, start));
    const sentenceStart = type !== 'other' && (afterRange || isSentenceStart(text, start));
    const gap = text.slice(previousEnd, start);
    tokens.push({
      start,
      end,
      text: word,
      type,
      capital,
      sentenceStart,
      joined: !afterLeftOut && tokens.length > 0 && (gap === ' ' || gap === '\u00a0'),
    });
    afterLeftOut = false;
    previousEnd = end;
  }
  return tokens;
}

function files(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) return files(file);
      return /\.(md|txt|vtt|srt)$/.test(name) ? [file] : [];
    });
}

const root = path.join(import.meta.dirname, '../..');
const corpus = [
  ...files(path.join(root, 'fixtures')),
  ...files(path.join(root, 'test/fixtures/privacy')),
  ...files(path.join(root, 'test/fixtures/layouts')),
].map((file) => readFileSync(file, 'utf8'));
const generated = Array.from({ length: 5 }, (_, index) => interview(index + 1) as string);

describe('the words the name detector reads', () => {
  const listed = new Set(['sevda', 'mulder', 'truus']);

  it.each([
    ['the fixtures (demo corpus, formats, planted, test sentences, layouts)', corpus],
    ['interviews of the benchmark generator', generated],
  ])('are the same as the regular expression gives on %s, with and without listed names', (_, texts) => {
    expect(texts.length).toBeGreaterThan(4);
    for (const text of texts) {
      const exclude = protectedRanges(text);
      expect(nameTokens(text, exclude)).toEqual(referenceTokens(text, exclude, new Set()));
      expect(nameTokens(text, exclude, listed)).toEqual(referenceTokens(text, exclude, listed));
    }
  });

  it('are the same on any text of letters, marks, apostrophes, hyphens, astral letters and white space', () => {
    const pieces = [
      'a',
      'Z',
      'de',
      'van',
      "'",
      '’',
      "'t",
      '’s',
      '-',
      's',
      't',
      ' ',
      '\u00a0',
      '\n',
      '.',
      'É',
      'é',
      'e\u0301',
      'ı',
      'İ',
      'ß',
      '𝐀',
      '𝐚',
      '\ud800',
      '7',
      ':',
      '*',
      'Ans',
      'Truus',
      'ª',
      'µ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(nameTokens(text, [])).toEqual(referenceTokens(text, [], new Set()));
        expect(nameTokens(text, [], listed)).toEqual(referenceTokens(text, [], listed));
      }),
      { numRuns: 3000 },
    );
  });
});
