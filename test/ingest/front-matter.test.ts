import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/ingest/front-matter.js';
import { attributeValue } from '../../src/model/transcript.js';
import { aliasBomb } from '../helpers.js';

const parse = (yaml: string) => {
  const source = `---\n${yaml}---\nI: tekst\n`;
  return parseFrontMatter(yaml, 4, 'r1.md', source);
};

describe('parseFrontMatter', () => {
  it('reads scalars, lists and maps; dates stay text', () => {
    expect(
      parse(
        'id: R07\ngemeente: Gemeente B\ndatum: 2025-03-14\nleeftijd: 47\nsynthetisch: true\nleeg:\ninterviewers: [I, I2]\nextra: {a: 1}\n',
      ),
    ).toEqual({
      attributes: {
        id: 'R07',
        gemeente: 'Gemeente B',
        datum: '2025-03-14',
        leeftijd: 47,
        synthetisch: true,
        leeg: null,
        interviewers: ['I', 'I2'],
        extra: { a: 1 },
      },
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
    expect(parse('rol: inwoner\nrol: mantelzorger\n').diagnostics[0]).toMatchObject({
      place: { line: 3 },
      reason: 'front matter is not valid YAML: Map keys must be unique',
    });
  });

  it('ignores front matter that is not a map, with a warning', () => {
    expect(parse('- a\n- b\n').diagnostics[0]).toMatchObject({
      place: { line: 2, column: 1 },
      reason: 'front matter must be a map of keys and values (gemeente: Gemeente B); ignored',
    });
  });

  it('keeps YAML 1.2 core schema values: no, yes and dates stay text, numbers and booleans do not', () => {
    expect(parse('antwoord: no\nakkoord: yes\ndatum: 2025-03-14\naantal: 0x1F\nwaar: true\nniks: ~\n').attributes).toEqual({
      antwoord: 'no',
      akkoord: 'yes',
      datum: '2025-03-14',
      aantal: 31,
      waar: true,
      niks: null,
    });
  });

  it('refuses an alias bomb of a few hundred bytes at the alias that crosses the limit', () => {
    const bomb = aliasBomb();
    expect(bomb.length).toBeLessThan(500);
    const { attributes, diagnostics } = parse(bomb);
    expect(Object.keys(attributes)).toEqual([]);
    expect(diagnostics).toEqual([
      {
        file: 'r1.md',
        place: { line: 6, column: 8, offset: 192 },
        severity: 'warning',
        reason: 'front matter refused: YAML aliases (*name) expand to more than 10,000 values (an alias bomb)',
        ruleId: 'front-matter',
      },
    ]);
  });

  it('reads a few aliases as their values', () => {
    expect(parse('kern: &k [a, b]\nook: *k\n').attributes).toEqual({ kern: ['a', 'b'], ook: ['a', 'b'] });
  });

  it('refuses YAML nested deeper than 100 levels before the parser recurses into it', () => {
    const { diagnostics } = parse(`lijst: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(diagnostics[0]).toMatchObject({
      place: { line: 2, column: 1 },
      reason: 'front matter refused: YAML nested more than 100 levels deep',
    });
    expect(parse(`${'- '.repeat(200)}a\n`).diagnostics[0]!.reason).toBe('front matter refused: YAML nested more than 100 levels deep');
    expect(parse(`a: ${'['.repeat(20)}1${']'.repeat(20)}\n`).diagnostics).toEqual([]);
  });

  it('keeps __proto__, constructor and prototype as plain keys of an object without a prototype', () => {
    const { attributes } = parse('__proto__:\n  id: X\n  interviewers: [R1]\nconstructor: c\nprototype: p\nrol: inwoner\n');
    expect(Object.getPrototypeOf(attributes)).toBeNull();
    expect(Object.keys(attributes)).toEqual(['__proto__', 'constructor', 'prototype', 'rol']);
    expect(attributeValue(attributes, 'id')).toBeUndefined();
    expect(attributeValue(attributes, 'interviewers')).toBeUndefined();
    expect(attributeValue(attributes, 'constructor')).toBe('c');
    expect(JSON.stringify(attributes)).toBe(
      '{"__proto__":{"id":"X","interviewers":["R1"]},"constructor":"c","prototype":"p","rol":"inwoner"}',
    );
    const nested = attributeValue(attributes, '__proto__') as Record<string, unknown>;
    expect(Object.getPrototypeOf(nested)).toBeNull();
    expect(attributeValue(parse('rol: inwoner\n').attributes, 'constructor')).toBeUndefined();
  });
});
