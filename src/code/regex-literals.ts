import { type AST, RegExpParser } from '@eslint-community/regexpp';

/** Literals shorter than this are too common in text for a test of them to save a regex run. */
const SHORTEST = 3;

/**
 * A quick test that a text may hold a match of a regex: the literals of which every match holds
 * at least one, as one regex of alternatives with the regex's own flags (so that `i` and `u` fold
 * case exactly as the regex does). When it fails, the regex cannot match and is not run. Null
 * when no such literals of at least three characters can be read from the regex (or it does not
 * parse).
 */
export function literalPrefilter(source: string, flags: string): RegExp | null {
  const literals = requiredLiterals(source, flags);
  if (!literals) return null;
  const kept = flags.replace(/[^iuv]/g, '');
  return new RegExp(literals.map(escapeLiteral).join('|'), kept);
}

/** Literals of which every match of the regex holds at least one; null when none can be said. */
export function requiredLiterals(source: string, flags: string): string[] | null {
  let pattern: AST.Pattern;
  try {
    const parser = new RegExpParser({ ecmaVersion: 2024 });
    pattern = parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  } catch {
    return null;
  }
  const found = anyOf(pattern.alternatives);
  return found && Math.min(...found.map((literal) => literal.length)) >= SHORTEST ? found : null;
}

/** What an alternation requires: one of what each alternative requires; null when one requires nothing. */
function anyOf(alternatives: readonly AST.Alternative[]): string[] | null {
  const all = new Set<string>();
  for (const alternative of alternatives) {
    const required = inSequence(alternative.elements);
    if (!required) return null;
    for (const literal of required) all.add(literal);
  }
  return [...all];
}

/**
 * What a sequence requires: each run of plain characters is a literal it holds, and so is what
 * each required element holds; the choice with the longest shortest literal is the best test.
 * Assertions, classes and back-references require nothing (a lookaround's text can lie outside
 * the match) and end a run.
 */
function inSequence(elements: readonly AST.Element[]): string[] | null {
  const choices: string[][] = [];
  let run = '';
  for (const element of elements) {
    if (element.type === 'Character') {
      run += String.fromCodePoint(element.value);
      continue;
    }
    if (run !== '') choices.push([run]);
    run = '';
    const required = requiredBy(element);
    if (required) choices.push(required);
  }
  if (run !== '') choices.push([run]);
  let best: string[] | null = null;
  let bestLength = -1;
  for (const choice of choices) {
    const length = Math.min(...choice.map((literal) => literal.length));
    if (length > bestLength || (length === bestLength && best !== null && choice.length < best.length)) {
      best = choice;
      bestLength = length;
    }
  }
  return best;
}

/** What one element requires of every match. */
function requiredBy(element: AST.Element): string[] | null {
  switch (element.type) {
    case 'Character':
      return [String.fromCodePoint(element.value)];
    case 'Group':
    case 'CapturingGroup':
      return anyOf(element.alternatives);
    case 'Quantifier':
      return element.min >= 1 ? requiredBy(element.element) : null;
    default:
      return null;
  }
}

/** A literal as regex source: syntax characters escaped (the only escapes that `u` and `v` allow everywhere). */
function escapeLiteral(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
