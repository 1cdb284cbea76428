import { isWord, normalizeWord } from '../text/words.js';
import type { Pattern, PatternError, PhraseElement, WordTest } from '../model/pattern.js';

/** The largest gap `~N` allows. */
export const MAX_GAP = 20;
const REGEX_FLAGS = /^[imsuv]*$/;

/** Parse one pattern: a phrase of words, alternatives and gaps, or a `/regex/flags`. */
export function parsePattern(text: string): Pattern | PatternError {
  const trimmed = text.trim();
  const offset = text.indexOf(trimmed);
  if (trimmed === '') return fail('empty pattern', 0);
  if (trimmed.startsWith('/')) return parseRegex(trimmed, offset);
  const items = splitItems(trimmed, offset);
  if ('kind' in items) return items;
  const elements: PhraseElement[] = [];
  let gap = 0;
  let gapItem: Item | null = null;
  for (const item of items) {
    if (item.text.startsWith('~')) {
      if (elements.length === 0) return fail('a gap ~N must stand between two words (belde ~3 terug)', item.index);
      if (gapItem) return fail('two gaps in a row; write one ~N', item.index);
      const size = Number(item.text.slice(1));
      if (!/^~\d+$/.test(item.text) || size < 1 || size > MAX_GAP) {
        return fail(`a gap is ~ and a number from 1 to ${MAX_GAP} (belde ~3 terug)`, item.index);
      }
      gap = size;
      gapItem = item;
      continue;
    }
    const element = parseElement(item);
    if ('kind' in element) return element;
    elements.push({ ...element, gapBefore: gap });
    gap = 0;
    gapItem = null;
  }
  if (gapItem) return fail('a gap ~N must stand between two words (belde ~3 terug)', gapItem.index);
  return { kind: 'phrase', elements };
}

interface Item {
  readonly text: string;
  readonly index: number;
}

/** Split on white space outside parentheses. */
function splitItems(text: string, offset: number): Item[] | PatternError {
  const items: Item[] = [];
  let start = -1;
  let open = -1;
  for (let index = 0; index <= text.length; index++) {
    const char = text[index];
    if (char === '(') {
      if (open >= 0) return fail('alternatives cannot be nested', offset + index);
      open = index;
    } else if (char === ')') {
      if (open < 0) return fail('")" without "("', offset + index);
      open = -1;
    }
    const space = char === undefined || (open < 0 && /\s/.test(char));
    if (space && start >= 0) {
      items.push({ text: text.slice(start, index), index: offset + start });
      start = -1;
    } else if (!space && start < 0) {
      start = index;
    }
  }
  if (open >= 0) return fail('"(" without ")"; alternatives look like (hoge|grote)', offset + open);
  return items;
}

/** One position: a word, or alternatives in parentheses, each a word or words in a row. */
function parseElement(item: Item): { alternatives: WordTest[]; phrases: WordTest[][] } | PatternError {
  if (!item.text.startsWith('(')) {
    const test = parseWord(item.text, item.index);
    return test.kind === 'error' ? test : { alternatives: [test], phrases: [] };
  }
  if (!item.text.endsWith(')')) return fail('write alternatives as one group, (hoge|grote), then a space', item.index);
  const inner = item.text.slice(1, -1);
  const alternatives: WordTest[] = [];
  const phrases: WordTest[][] = [];
  let position = item.index + 1;
  for (const part of inner.split('|')) {
    if (part.trim() === '') return fail('empty alternative in ( | )', position);
    const words: WordTest[] = [];
    for (const match of part.matchAll(/\S+/g)) {
      if (match[0].startsWith('~'))
        return fail('a gap ~N cannot stand inside ( | ); write the alternatives as patterns of their own', position + match.index);
      const test = parseWord(match[0], position + match.index);
      if (test.kind === 'error') return test;
      words.push(test);
    }
    if (words.length === 1) alternatives.push(words[0]!);
    else phrases.push(words);
    position += part.length + 1;
  }
  if (alternatives.length + phrases.length < 2)
    return fail('alternatives need at least two: (hoge|grote), (geen hulp|te laat)', item.index);
  return { alternatives, phrases };
}

function parseWord(text: string, index: number): WordTest | PatternError {
  const exact = text.startsWith('=');
  const body = exact ? text.slice(1) : text;
  if (body === '') return fail('"=" must be followed by a word (=gehoord)', index);
  if (body.includes('~')) return fail('put spaces around a gap: belde ~3 terug', index + body.indexOf('~'));
  const bare = body.replace(/\*/g, '');
  if (bare === '') return fail('a wildcard needs letters: wacht*, *lijst, *zorg*', index);
  if (!isWord(body.replace(/\*/g, 'a'))) {
    const bad = [...body].find((char) => char !== '*' && !isWord(char) && !"-'’".includes(char)) ?? body;
    return fail(`"${bad}" is not part of a word; match it with a /regex/ or leave it out`, index + Math.max(0, body.indexOf(bad)));
  }
  const form = normalizeWord(body);
  if (body.includes('*')) {
    if (exact) return fail('"=" and "*" cannot be combined', index);
    return { kind: 'wildcard', glob: form };
  }
  return { kind: exact ? 'exact' : 'stem', form };
}

function parseRegex(text: string, offset: number): Pattern | PatternError {
  const close = text.lastIndexOf('/');
  if (close === 0) return fail('a regular expression ends with "/" and optional flags: /wacht(en|lijst)/i', offset);
  const source = text.slice(1, close);
  const flags = text.slice(close + 1);
  if (!REGEX_FLAGS.test(flags)) return fail(`unsupported regex flags "${flags}"; use i, m, s, u or v`, offset + close + 1);
  if (source === '') return fail('empty regular expression', offset);
  try {
    new RegExp(source, flags);
  } catch (error) {
    return fail(`regular expression does not compile: ${(error as Error).message}`, offset + 1);
  }
  return { kind: 'regex', source, flags };
}

function fail(message: string, index: number): PatternError {
  return { kind: 'error', message, index };
}
