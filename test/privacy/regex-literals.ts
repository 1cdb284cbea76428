/** Regular expression literals in TypeScript source, found by a small lexer that skips strings and comments. */
export interface RegexLiteral {
  readonly source: string;
  readonly flags: string;
  readonly line: number;
}

/** After these characters a `/` starts a regular expression, not a division. */
const BEFORE_REGEX = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '\n']);

/** Every regex literal in `code`, in order. */
export function regexLiterals(code: string): RegexLiteral[] {
  const found: RegexLiteral[] = [];
  let previous = '\n';
  for (let index = 0; index < code.length; index++) {
    const char = code[index]!;
    const next = code[index + 1];
    if (char === '/' && next === '/') index = code.indexOf('\n', index) - 1;
    else if (char === '/' && next === '*') index = code.indexOf('*/', index) + 1;
    else if (char === "'" || char === '"' || char === '`') index = skipString(code, index, char);
    else if (char === '/' && (BEFORE_REGEX.has(previous) || code.slice(0, index).trimEnd().endsWith('return'))) {
      const end = regexEnd(code, index + 1);
      let flagsEnd = end + 1;
      while (/[a-z]/.test(code[flagsEnd] ?? '')) flagsEnd++;
      found.push({
        source: code.slice(index + 1, end),
        flags: code.slice(end + 1, flagsEnd),
        line: code.slice(0, index).split('\n').length,
      });
      index = flagsEnd - 1;
      previous = 'x';
      continue;
    }
    if (index < 0) break;
    if (!/\s/.test(code[index]!) || code[index] === '\n') previous = code[index]!;
  }
  return found;
}

function skipString(code: string, start: number, quote: string): number {
  for (let index = start + 1; index < code.length; index++) {
    if (code[index] === '\\') index++;
    else if (code[index] === quote) return index;
  }
  return code.length;
}

function regexEnd(code: string, from: number): number {
  let inClass = false;
  for (let index = from; index < code.length; index++) {
    const char = code[index];
    if (char === '\\') index++;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '/' && !inClass) return index;
  }
  throw new Error('unterminated regex literal');
}
