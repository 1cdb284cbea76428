import { describe, expect, it } from 'vitest';
import { describeCode, describeTheme, parseDescription, splitId } from '../../src/export/code-description.js';

const code = {
  id: 'wachten-te-laat',
  definition: 'Lang wachten op hulp.\n\nOok wachten op een indicatie.',
  include: 'Wachtlijsten, uitgestelde afspraken.',
  exclude: 'Niet voor wachten op de bus.',
  examples: [
    { text: 'Ik stond een jaar op de wachtlijst.', expect: 'match' as const },
    { text: 'Ik wachtte\nop de bus.', expect: 'none' as const },
  ],
};

describe('code descriptions', () => {
  it('writes definition, guidance, examples and id as paragraphs in the codebook language', () => {
    expect(describeCode(code, 'nl')).toBe(
      [
        'Lang wachten op hulp.\n\nOok wachten op een indicatie.',
        'Wel gebruiken: Wachtlijsten, uitgestelde afspraken.',
        'Niet gebruiken: Niet voor wachten op de bus.',
        'Voorbeelden:\n- Ik stond een jaar op de wachtlijst.',
        'Geen voorbeelden:\n- Ik wachtte op de bus.',
        'rodedraad id: wachten-te-laat',
      ].join('\n\n'),
    );
    expect(describeCode({ id: 'x', definition: null, include: null, exclude: null, examples: [] }, 'en')).toBe('rodedraad id: x');
  });

  it.each(['nl', 'en'] as const)('reads its own description back (%s)', (language) => {
    const parsed = parseDescription(describeCode(code, language));
    expect(parsed).toEqual({ ...code, examples: [code.examples[0], { text: 'Ik wachtte op de bus.', expect: 'none' }] });
  });

  it('reads a multi-paragraph "Use when:" back whole', () => {
    const parsed = parseDescription('Def.\n\nUse when: first.\n\nsecond.\n\nrodedraad id: a');
    expect(parsed).toMatchObject({ id: 'a', definition: 'Def.', include: 'first.\n\nsecond.' });
  });

  it("reads another tool's description as the definition, CRLF and all", () => {
    expect(parseDescription('  All emotions with negative valence.\r\n\r\nMore.  ')).toEqual({
      id: null,
      definition: 'All emotions with negative valence.\n\nMore.',
      include: null,
      exclude: null,
      examples: [],
    });
    expect(parseDescription('Examples: are not a heading when text follows on the line')).toMatchObject({
      definition: 'Examples: are not a heading when text follows on the line',
      examples: [],
    });
  });

  it('keeps a theme id in its description and splits it off again', () => {
    expect(describeTheme({ id: 'gezien', description: 'Of mensen gezien worden.' })).toBe(
      'Of mensen gezien worden.\n\nrodedraad id: gezien',
    );
    expect(splitId(describeTheme({ id: 'gezien', description: null }))).toEqual({ id: 'gezien', rest: null });
    expect(splitId('rodedraad id: Not An Id')).toEqual({ id: null, rest: 'rodedraad id: Not An Id' });
  });
});
