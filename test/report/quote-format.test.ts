import { describe, expect, it } from 'vitest';
import { formatQuote, QUOTE_LENGTH } from '../../src/report/quote-format.js';

const hit = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
};

describe('formatQuote', () => {
  it('quotes a short segment whole, with the evidence in bold', () => {
    const text = 'Ik heb maanden op een wachtlijst gestaan.';
    expect(formatQuote(text, [hit(text, 'wachtlijst')])).toBe('Ik heb maanden op een **wachtlijst** gestaan.');
  });

  it('trims a long segment around the evidence, at sentence or word boundaries, with ellipses', () => {
    const filler = 'Dat was in de tijd dat alles tegelijk kwam en niemand het overzag. ';
    const text = `${filler.repeat(4)}Toen stond ik op de wachtlijst voor de ggz. ${filler.repeat(4)}`;
    const quote = formatQuote(text, [hit(text, 'wachtlijst')]);
    expect(quote).toContain('**wachtlijst**');
    expect(quote.startsWith('…')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(QUOTE_LENGTH + 10);
    expect(quote).toMatch(/^…[A-Z]/);
    expect(quote).toMatch(/\.…$/);
  });

  it('evidence longer than a quote (a passage a person coded): its start, to the last whole word that fits', () => {
    const passage = 'Ik stond op de wachtlijst en niemand belde terug, week na week, maand na maand. '.repeat(6);
    const text = `Eerst ging het goed. ${passage}Daarna kwam de hulp.`;
    const start = text.indexOf('Ik stond');
    const quote = formatQuote(text, [{ start, end: start + passage.length }]);
    expect(quote.startsWith('…**Ik stond op de wachtlijst')).toBe(true);
    // All bold, cut after a word (never inside one), and the rest left out.
    const plain = quote.slice('…**'.length, -'**…'.length);
    expect(passage.startsWith(plain)).toBe(true);
    expect(passage[plain.length]).toBe(' ');
    expect(quote.length).toBeLessThanOrEqual(QUOTE_LENGTH + 10);
  });

  it('keeps all evidence when it fits, and merges overlapping hits', () => {
    const text = 'Niemand belde me terug, en de wachtlijst bleef.';
    expect(formatQuote(text, [hit(text, 'belde me terug'), hit(text, 'me terug'), hit(text, 'wachtlijst')])).toBe(
      'Niemand **belde me terug**, en de **wachtlijst** bleef.',
    );
  });

  it('shows paragraph breaks as " / " and escapes Markdown', () => {
    const text = 'Eerste *alinea* [1].\n\nTweede_alinea met <wachtlijst>.';
    expect(formatQuote(text, [hit(text, 'wachtlijst')])).toBe('Eerste \\*alinea\\* \\[1\\]. / Tweede_alinea met &lt;**wachtlijst**>.');
  });

  it('escapes what a line start would read as a list, and keeps white space out of the bold', () => {
    const text = '1. Ik wachtte  lang.';
    expect(formatQuote(text, [hit(text, 'wachtte  ')])).toBe('1\\. Ik **wachtte** lang.');
  });
});
