/**
 * A reader for Hunspell dictionaries with two-character flags (`FLAG long`, as OpenTaal's Dutch
 * dictionary has): the stems with their flags, and the prefix and suffix rules. A word is known when
 * it is a stem, or a stem with one suffix, one prefix, or both (cross product), as Hunspell's
 * affix stripping finds it. Compounding rules are not read: see the compound check in word-lexicon.
 */

/** One affix rule: remove `strip` from the stem, add `add`, where the stem matches `condition`. */
export interface AffixRule {
  readonly flag: string;
  readonly strip: string;
  readonly add: string;
  readonly cross: boolean;
  /** Character sets from the stem's edge inwards: a set matches one character (null = any). */
  readonly condition: readonly (CharSet | null)[];
}

interface CharSet {
  readonly chars: string;
  readonly negated: boolean;
}

/** A parsed Hunspell dictionary: stems by word, affix rules by the text they add. */
export interface HunspellData {
  /** Stem → its flags, two characters each (entries of the same stem concatenated). */
  readonly stems: ReadonlyMap<string, string>;
  readonly suffixes: ReadonlyMap<string, readonly AffixRule[]>;
  readonly prefixes: ReadonlyMap<string, readonly AffixRule[]>;
  readonly longestAffix: number;
}

/** Flags of words that are not words on their own: forbidden forms and compound-only parts. */
const EXCLUDED_FLAGS = ['Fw', 'Cx'];
const WHITESPACE = /\s+/;

/** Parse the .aff and .dic texts; `ĳ` ligatures are written as `ij`, as people type them. */
export function parseHunspell(affText: string, dicText: string): HunspellData {
  const suffixes = new Map<string, AffixRule[]>();
  const prefixes = new Map<string, AffixRule[]>();
  const cross = new Map<string, boolean>();
  let longestAffix = 0;
  for (const line of affText.replaceAll('ĳ', 'ij').split('\n')) {
    const fields = line.trim().split(WHITESPACE);
    const type = fields[0];
    if ((type !== 'SFX' && type !== 'PFX') || fields.length < 4) continue;
    const flag = fields[1]!;
    if (fields.length === 4 && /^\d+$/.test(fields[3]!)) {
      cross.set(`${type}${flag}`, fields[2] === 'Y');
      continue;
    }
    const add = fields[3]!.split('/')[0]!;
    const rule: AffixRule = {
      flag,
      strip: fields[2] === '0' ? '' : fields[2]!,
      add: add === '0' ? '' : add,
      cross: cross.get(`${type}${flag}`) ?? false,
      condition: parseCondition(fields[4] ?? '.', type === 'SFX'),
    };
    const table = type === 'SFX' ? suffixes : prefixes;
    table.set(rule.add, [...(table.get(rule.add) ?? []), rule]);
    longestAffix = Math.max(longestAffix, rule.add.length);
  }
  return { stems: parseStems(dicText), suffixes, prefixes, longestAffix };
}

function parseStems(dicText: string): Map<string, string> {
  const stems = new Map<string, string>();
  const text = dicText.replaceAll('ĳ', 'ij').replaceAll('Ĳ', 'IJ');
  // A hand-written line loop: 180,000 lines split with regexes took half a second.
  for (let start = text.indexOf('\n') + 1; start > 0 && start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let entryEnd = start;
    let slash = -1;
    for (; entryEnd < end; entryEnd++) {
      const code = text.charCodeAt(entryEnd);
      if (code === 9 || code === 32 || code === 13 || code === 92) break;
      if (code === 47 && slash < 0) slash = entryEnd;
    }
    if (entryEnd > start && text.charCodeAt(entryEnd) !== 92) {
      const word = text.slice(start, slash < 0 ? entryEnd : slash);
      const flags = slash < 0 ? '' : text.slice(slash + 1, entryEnd);
      if (!EXCLUDED_FLAGS.some((flag) => hasFlag(flags, flag))) {
        const known = stems.get(word);
        stems.set(word, known === undefined ? flags : known + flags);
      }
    }
    start = end + 1;
  }
  return stems;
}

/** Conditions are read from the stem's edge: a suffix condition is reversed. */
function parseCondition(condition: string, suffix: boolean): (CharSet | null)[] {
  const parts: (CharSet | null)[] = [];
  for (let index = 0; index < condition.length; index++) {
    const char = condition[index]!;
    if (char === '.') parts.push(null);
    else if (char === '[') {
      const close = condition.indexOf(']', index);
      const negated = condition[index + 1] === '^';
      parts.push({ chars: condition.slice(index + (negated ? 2 : 1), close), negated });
      index = close;
    } else parts.push({ chars: char, negated: false });
  }
  return suffix ? parts.reverse() : parts;
}

/** Whether a two-character flag is in a flag string. */
export function hasFlag(flags: string, flag: string): boolean {
  for (let index = 0; index + 1 < flags.length; index += 2) {
    if (flags[index] === flag[0] && flags[index + 1] === flag[1]) return true;
  }
  return false;
}
