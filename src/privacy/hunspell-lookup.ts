import { hasFlag, type AffixRule, type HunspellData } from './hunspell.js';

/**
 * The flags of the stem `word` is a form of (itself, or after stripping one suffix, one prefix or
 * both), or undefined when it is no form of any stem. Cost: one map look-up per affix length.
 */
export function stemFlags(data: HunspellData, word: string): string | undefined {
  const direct = data.stems.get(word);
  if (direct !== undefined) return direct;
  const bySuffix = stripSuffix(data, word, null);
  if (bySuffix !== undefined) return bySuffix;
  const longest = Math.min(data.longestAffix, word.length - 1);
  for (let length = 1; length <= longest; length++) {
    for (const rule of data.prefixes.get(word.slice(0, length)) ?? []) {
      const stem = rule.strip + word.slice(length);
      if (!conditionHolds(rule, stem, false)) continue;
      const flags = data.stems.get(stem);
      if (flags !== undefined && hasFlag(flags, rule.flag)) return flags;
      if (rule.cross) {
        const crossed = stripSuffix(data, stem, rule.flag);
        if (crossed !== undefined) return crossed;
      }
    }
  }
  return undefined;
}

/** Flags of a stem that `word` is with one suffix (whose stem also has `alsoFlag`, for cross products). */
function stripSuffix(data: HunspellData, word: string, alsoFlag: string | null): string | undefined {
  const longest = Math.min(data.longestAffix, word.length - 1);
  for (let length = 0; length <= longest; length++) {
    for (const rule of data.suffixes.get(word.slice(word.length - length)) ?? []) {
      if (alsoFlag !== null && !rule.cross) continue;
      const stem = word.slice(0, word.length - length) + rule.strip;
      if (stem.length === 0 || !conditionHolds(rule, stem, true)) continue;
      const flags = data.stems.get(stem);
      if (flags !== undefined && hasFlag(flags, rule.flag) && (alsoFlag === null || hasFlag(flags, alsoFlag))) return flags;
    }
  }
  return undefined;
}

function conditionHolds(rule: AffixRule, stem: string, suffix: boolean): boolean {
  if (rule.condition.length > stem.length) return false;
  for (let index = 0; index < rule.condition.length; index++) {
    const set = rule.condition[index];
    if (set === null || set === undefined) continue;
    const char = suffix ? stem[stem.length - 1 - index]! : stem[index]!;
    if (set.chars.includes(char) === set.negated) return false;
  }
  return true;
}
