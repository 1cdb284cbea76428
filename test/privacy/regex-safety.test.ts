import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { Node, Quantifier } from '@eslint-community/regexpp/ast';
import { describe, expect, it } from 'vitest';
import { findBacktrackingRisks } from '../../src/codebook/regex-safety.js';
import { regexLiterals } from './regex-literals.js';

const folder = path.join(import.meta.dirname, '../../src/privacy');
const literals = readdirSync(folder)
  .filter((name) => name.endsWith('.ts'))
  .sort()
  .flatMap((name) => regexLiterals(readFileSync(path.join(folder, name), 'utf8')).map((literal) => ({ ...literal, file: name })));

/** Quantifiers with a variable count that hold another such quantifier: `(a+)+`, `(?:x{1,3})?`. */
function nestedQuantifiers(source: string, flags: string): string[] {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(`/${source}/${flags}`);
  const nested: string[] = [];
  const variable = (node: Quantifier): boolean => node.min !== node.max;
  const contains = (node: Node): boolean => {
    let found = false;
    visitRegExpAST(node as never, { onQuantifierEnter: (inner) => (found ||= variable(inner)) });
    return found;
  };
  visitRegExpAST(ast, { onQuantifierEnter: (node) => (variable(node) && contains(node.element) ? nested.push(node.raw) : undefined) });
  return nested;
}

describe('the privacy detectors’ regular expressions', () => {
  it('are all found in the source (the lexer sees every module)', () => {
    expect(literals.length).toBeGreaterThan(40);
    expect(new Set(literals.map((literal) => literal.file)).size).toBeGreaterThan(15);
  });

  it.each(literals.map((literal) => [`${literal.file}:${literal.line} /${literal.source}/${literal.flags}`, literal] as const))(
    '%s passes the unsafe-regex rule of check and has no nested quantifier',
    (_name, literal) => {
      expect(() => new RegExp(literal.source, literal.flags)).not.toThrow();
      expect(findBacktrackingRisks(literal.source, literal.flags)).toEqual([]);
      expect(nestedQuantifiers(literal.source, literal.flags)).toEqual([]);
    },
  );

  it('the nested-quantifier check catches a nested quantifier', () => {
    expect(nestedQuantifiers('(a+)+b', '')).toEqual(['(a+)+']);
    expect(nestedQuantifiers('(?:x{1,3})?', '')).toEqual(['(?:x{1,3})?']);
    expect(nestedQuantifiers('(?::\\d{2})?', '')).toEqual([]);
  });
});
