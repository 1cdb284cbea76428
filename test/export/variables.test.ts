import { describe, expect, it } from 'vitest';
import { caseVariables } from '../../src/export/variables.js';
import { toAttributes, type AttributeValue } from '../../src/model/transcript.js';

const documents = (rows: Record<string, AttributeValue>[]) =>
  rows.map((attributes, index) => ({
    id: `R${index + 1}`,
    file: `r${index + 1}.md`,
    attributes: toAttributes(Object.entries(attributes)),
  }));

describe('case variables from document attributes', () => {
  it('gives each variable the narrowest type all its values fit, and writes values in that type', () => {
    const { variables, cases, diagnostics } = caseVariables(
      documents([
        {
          gemeente: 'Gemeente A',
          leeftijd: 34,
          score: 7.5,
          mantelzorger: true,
          datum: '2025-02-18',
          tijd: '2025-02-18 14:30',
          groep: ['a', 'b'],
        },
        { gemeente: 'Gemeente B', leeftijd: '41', score: 1e-7, mantelzorger: false, datum: '2025-3-5', tijd: '2025-03-05T09:05' },
      ]),
    );
    expect(variables).toEqual([
      { name: 'gemeente', type: 'Text' },
      { name: 'leeftijd', type: 'Integer' },
      { name: 'score', type: 'Float' },
      { name: 'mantelzorger', type: 'Boolean' },
      { name: 'datum', type: 'Date' },
      { name: 'tijd', type: 'DateTime' },
      { name: 'groep', type: 'Text' },
    ]);
    expect(cases[1]).toEqual({
      documentId: 'R2',
      values: [
        { variable: 'gemeente', value: 'Gemeente B' },
        { variable: 'leeftijd', value: '41' },
        { variable: 'score', value: '0.0000001' },
        { variable: 'mantelzorger', value: 'false' },
        { variable: 'datum', value: '2025-03-05' },
        { variable: 'tijd', value: '2025-03-05T09:05:00' },
      ],
    });
    expect(cases[0]!.values.find((value) => value.variable === 'groep')).toEqual({ variable: 'groep', value: 'a, b' });
    expect(diagnostics).toEqual([]);
  });

  it('reads Dutch dates day first, and says so', () => {
    const { variables, cases, diagnostics } = caseVariables(documents([{ datum: '12-03-2025' }, { datum: '3 april 2025' }]));
    expect(variables).toEqual([{ name: 'datum', type: 'Date' }]);
    expect(cases.map((entry) => entry.values[0]!.value)).toEqual(['2025-03-12', '2025-04-03']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'info', ruleId: 'export-date-read', file: 'r1.md' });
  });

  it('makes a variable Text when one value of many does not fit, with a warning naming it', () => {
    const { variables, diagnostics } = caseVariables(
      documents([{ datum: '2025-01-01' }, { datum: '2025-01-02' }, { datum: 'voorjaar 2025' }]),
    );
    expect(variables).toEqual([{ name: 'datum', type: 'Text' }]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.reason).toContain('"voorjaar 2025" (R3)');
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', ruleId: 'export-variable-text', file: 'r3.md' });
  });

  it('keeps numbers with leading zeros as text and leaves empty values out of their case', () => {
    const { variables, cases } = caseVariables(
      documents([
        { postcode: '0123', leeg: null },
        { postcode: '4567', leeg: '' },
      ]),
    );
    expect(variables).toEqual([
      { name: 'postcode', type: 'Text' },
      { name: 'leeg', type: 'Text' },
    ]);
    expect(cases[0]!.values).toEqual([{ variable: 'postcode', value: '0123' }]);
  });
});
