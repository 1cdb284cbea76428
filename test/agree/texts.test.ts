import { describe, expect, it } from 'vitest';
import { figure } from '../../src/agree/report-model.js';
import { agreementTexts } from '../../src/agree/texts.js';

describe('figures and words of agreement.md', () => {
  it('a figure has two decimals; no minus sign on a value that rounds to zero; n/a when not defined', () => {
    expect([0.6666, 1, -0.0012, -0.004, -0.006, Number.NaN].map(figure)).toEqual(['0.67', '1.00', '0.00', '0.00', '-0.01', 'n/a']);
  });

  it('one segment, one document: no plural', () => {
    const en = agreementTexts('en');
    const nl = agreementTexts('nl');
    expect(en.codeLine('0.50', 1, 2)).toBe('F1 0.50; 1 segment only the reference coded, 2 only the candidate.');
    expect(en.codeLine('0.50', 2, 1)).toBe('F1 0.50; 2 segments only the reference coded, 1 only the candidate.');
    expect(nl.codeLine('0.50', 1, 0)).toBe('F1 0.50; 1 segment alleen door de referentie gecodeerd, 0 alleen door de kandidaat.');
    expect(en.compared(1, 1, 'segment', '10 characters')).toMatch(/^Compared: 1 document, 1 respondent segment; unit: segment\./);
    expect(nl.compared(2, 5, 'segment', '10 tekens')).toMatch(/^Vergeleken: 2 documenten, 5 respondentsegmenten;/);
    expect(en.withinPassages(1, 3, 1)).toMatch(/^1 of these 3 segments lies in 1 passage /);
    expect(nl.withinPassages(2, 3, 2)).toMatch(/^2 van deze 3 segmenten liggen in 2 passages /);
  });
});
