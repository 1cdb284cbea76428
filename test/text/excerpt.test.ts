import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/text/excerpt.js';

const words = ['wachtlijst', 'hulp', 'eh', 'ja', 'de', 'gemeente', 'belde', 'niet', 'terug', 'buurvrouw'];

/** Whether `shown` is a piece of `text` covering offset `at`, with "…" exactly where text was left out. */
function fits(text: string, shown: string, at: number): boolean {
  const inner = shown.replace(/^…/, '').replace(/…$/, '');
  for (let place = text.indexOf(inner); place >= 0; place = text.indexOf(inner, place + 1)) {
    const covers = place <= at && at < place + inner.length;
    if (covers && shown.startsWith('…') === place > 0 && shown.endsWith('…') === place + inner.length < text.length) return true;
  }
  return false;
}

describe('excerpt', () => {
  it('keeps a text of at most the length whole', () => {
    const text = 'Ik heb maanden op een wachtlijst gestaan.';
    expect(excerpt(text, [{ start: 22, end: 32 }], 300)).toBe(text);
    expect(excerpt('x'.repeat(300), [{ start: 0, end: 1 }], 300)).toBe('x'.repeat(300));
  });

  it('cuts a long text around the evidence, at sentence or word boundaries, with "…" where cut', () => {
    const filler = 'Dat was in de tijd dat alles tegelijk kwam en niemand het overzag. ';
    const text = `${filler.repeat(6)}Toen stond ik op de wachtlijst voor de ggz. ${filler.repeat(6)}`.trim();
    const start = text.indexOf('wachtlijst');
    const shown = excerpt(text, [{ start, end: start + 10 }], 300);
    expect(shown.length).toBeLessThanOrEqual(300);
    expect(shown).toMatch(/^…Dat was/);
    expect(shown).toMatch(/overzag\.…$/);
    expect(shown).toContain('Toen stond ik op de wachtlijst voor de ggz.');
  });

  it('shows the start of evidence longer than the room', () => {
    const text = `Begin. ${'lang woord '.repeat(60)}einde.`;
    const shown = excerpt(text, [{ start: 7, end: text.length - 7 }], 100);
    expect(shown.length).toBeLessThanOrEqual(100);
    expect(shown.startsWith('…lang woord')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
  });

  it('is at most the length, a piece of the text around the first evidence, with "…" exactly where cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom('. ', ', ', '\n\n', ' ', '? ')), { minLength: 1, maxLength: 400 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 40, max: 300 }),
        (parts, picks, length) => {
          const text = parts.join(' ').trim();
          fc.pre(text.length > 0);
          // Evidence starts on a word, as matched words do.
          const hits = picks.map(([at, size]) => {
            let start = at % text.length;
            while (/\s/.test(text[start]!)) start++;
            return { start, end: Math.min(text.length, start + size) };
          });
          const shown = excerpt(text, hits, length);
          if (text.length <= length) {
            expect(shown).toBe(text);
            return;
          }
          expect(shown.length).toBeLessThanOrEqual(length);
          expect(fits(text, shown, Math.min(...hits.map((hit) => hit.start))), shown).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never cuts an emoji (a UTF-16 surrogate pair) in half, wherever the window falls', () => {
    const unit = 'Ik belde🙂🙂🙂 en niemand👍👍 belde terug 🙂. ';
    for (let length = 20; length < 80; length++) {
      for (let at = 0; at < unit.length * 4; at++) {
        const text = unit.repeat(6);
        const shown = excerpt(text, [{ start: at, end: at + 5 }], length);
        expect(shown, `${length} ${at}`).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(shown.length).toBeLessThanOrEqual(length);
      }
    }
  });
});
