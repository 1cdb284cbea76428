import { makeFinding, type Finding } from './finding.js';
import { PARTICLES, type NameToken } from './name-tokens.js';
import { foldName } from './word-lexicon.js';

/** A listed name or part of one, as folded words. */
interface ListedName {
  readonly words: readonly string[];
  /** Whether the text must write it with a capital (parts that are also ordinary words). */
  readonly needsCapital: boolean;
  readonly confidence: number;
}

const SPACE = /\s+/u;

/**
 * Matches the names a researcher listed (front matter `names:` or a names file): the whole name
 * with confidence 1, and each of its words of two or more letters (`Ans`, `Vries`) with 0.9, the
 * latter only when capitalised if `isWord` says it is also an ordinary word. Longest match wins.
 */
export function findListedNames(
  text: string,
  tokens: readonly NameToken[],
  names: readonly string[],
  isWord: (lower: string) => boolean,
): Finding[] {
  if (names.length === 0) return [];
  const byFirst = new Map<string, ListedName[]>();
  const add = (words: readonly string[], confidence: number, needsCapital: boolean): void => {
    const key = words[0]!;
    byFirst.set(key, [...(byFirst.get(key) ?? []), { words, confidence, needsCapital }]);
  };
  for (const name of names) {
    const words = name
      .trim()
      .split(SPACE)
      .filter((word) => word.length > 0)
      .map(foldName);
    if (words.length === 0) continue;
    add(words, 1, false);
    if (words.length > 1) for (const word of words) if (word.length >= 2 && !PARTICLES.has(word)) add([word], 0.9, isWord(word));
  }
  const findings: Finding[] = [];
  for (let index = 0; index < tokens.length; index++) {
    let best: { end: number; listed: ListedName } | null = null;
    for (const listed of byFirst.get(foldName(tokens[index]!.text)) ?? []) {
      const end = matchAt(tokens, index, listed);
      if (end !== null && (best === null || end > best.end)) best = { end, listed };
    }
    if (best === null) continue;
    const last = tokens[best.end - 1]!;
    const reason = best.listed.confidence === 1 ? 'a name on the names list' : 'part of a name on the names list';
    findings.push(makeFinding(text, 'name', tokens[index]!.start, last.end, best.listed.confidence, reason));
    index = best.end - 1;
  }
  return findings;
}

function matchAt(tokens: readonly NameToken[], index: number, listed: ListedName): number | null {
  for (let offset = 0; offset < listed.words.length; offset++) {
    const token = tokens[index + offset];
    if (!token || (offset > 0 && !token.joined) || foldName(token.text) !== listed.words[offset]) return null;
  }
  if (listed.needsCapital && !tokens[index]!.capital) return null;
  return index + listed.words.length;
}
