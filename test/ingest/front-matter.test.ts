import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/ingest/front-matter.js';

const parse = (yaml: string) => {
  const source = `---\n${yaml}---\nI: tekst\n`;
  return parseFrontMatter(yaml, 4, 'r1.md', source);
};

describe('parseFrontMatter', () => {
  it('reads scalars, lists and maps; dates stay text', () => {
    expect(parse('id: R07\ngemeente: Gemeente B\ndatum: 2025-03-14\nleeftijd: 47\nsynthetisch: true\nleeg:\ninterviewers: [I, I2]\nextra: {a: 1}\n')).toEqual({
      attributes: { id: 'R07', gemeente: 'Gemeente B', datum: '2025-03-14', leeftijd: 47, synthetisch: true, leeg: null, interviewers: ['I', 'I2'], extra: { a: 1 } },
      diagnostics: [],
    });
  });

  it('reports invalid YAML at its line and column in the file', () => {
    const { attributes, diagnostics } = parse('id: R07\ngemeente: [Gemeente B\n');
    expect(attributes).toEqual({});
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'r1.md', severity: 'warning', ruleId: 'front-matter', place: { line: 4 } });
    expect(diagnostics[0]!.reason).toMatch(/^front matter is not valid YAML: /);
  });

  it('reports a key given twice', () => {
    expect(parse('rol: inwoner\nrol: mantelzorger\n').diagnostics[0]).toMatchObject({ place: { line: 3 }, reason: 'front matter is not valid YAML: duplicated mapping key' });
  });

  it('ignores front matter that is not a map, with a warning', () => {
    expect(parse('- a\n- b\n').diagnostics[0]).toMatchObject({ place: { line: 2, column: 1 }, reason: 'front matter must be a map of keys and values (gemeente: Gemeente B); ignored' });
  });
});
