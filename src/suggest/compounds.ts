import { hasFlag, type HunspellData } from '../privacy/hunspell.js';
import { stemFlags } from '../privacy/hunspell-lookup.js';
import type { CompoundRules } from './compound-rules.js';

/** Splits Dutch words into their parts and finds the base of diminutives, with a Hunspell dictionary. */
export interface DutchWords {
  /** The parts of a closed compound, each as its dictionary base (`vervoersdienst` → vervoer, dienst); empty for other words. */
  parts(form: string): readonly string[];
  /** The dictionary word a plural or diminutive is made from (`bussen`, `busje` → bus); the form itself otherwise. */
  base(form: string): string;
  /** Whether the word is a noun (the dictionary gives it a noun's endings and no adjective's; an inflected form has a noun's ending), or is not in the dictionary. */
  isNoun(form: string): boolean;
}

/** Parts shorter than this are not split off: `bus` is a part, `ge` or `on` is not. */
const MIN_PART = 3;
const MAX_DEPTH = 3;
/** Derivational suffixes that are also (rare) words: `verzekeraar` is not verzeker + aar. */
const SUFFIXES: ReadonlySet<string> = new Set([
  'aar',
  'aars',
  'ier',
  'ist',
  'baar',
  'heid',
  'lijk',
  'loos',
  'schap',
  'dom',
  'nis',
  'sel',
  'ing',
  'ling',
  'erij',
  'achtig',
  'matig',
  'zaam',
  'ster',
  'ares',
  'euse',
]);
/** A form that is not a dictionary word as it stands is a noun only with a noun's ending. */
const NOUN_ENDINGS = /(?:en|s|'s|je|jes)$/;
/** Endings of plurals and diminutives, removed to find the word a compound was inflected from (`buslijnen`). */
const INFLECTIONS = ['en', 's', "'s", 'etjes', 'etje', 'tjes', 'tje', 'pjes', 'pje', 'jes', 'je'];

/**
 * Compound splitting by the dictionary's own compound flags (COMPOUNDBEGIN, COMPOUNDMIDDLE,
 * COMPOUNDEND): `buurtbus` is buurt + bus because `buurt` may begin a compound and `bus` is a
 * noun; `vrijwilligersvervoer` is vrijwilliger + s + vervoer through a linking suffix rule. Words the
 * dictionary knows as adjectives or verbs stay whole (`belangrijk`, `terugbellen`); a last part
 * must be a dictionary word as it stands and no suffix, so `vrijwilliger` is not vrij + williger
 * and `verzekeraar` not verzeker + aar. Results are cached per form.
 */
export function createDutchWords(data: HunspellData, rules: CompoundRules): DutchWords {
  const cache = new Map<string, readonly string[]>();
  const anyOf = (flags: string, set: ReadonlySet<string>): boolean => {
    for (let index = 0; index + 1 < flags.length; index += 2) if (set.has(flags.slice(index, index + 2))) return true;
    return false;
  };
  const beginBase = (part: string, flag: string): string | null => {
    if (part.length < MIN_PART) return null;
    for (const rule of rules.linking) {
      if (!part.endsWith(rule.add)) continue;
      const base = part.slice(0, part.length - rule.add.length) + rule.strip;
      const flags = base.length >= MIN_PART ? data.stems.get(base) : undefined;
      if (flags !== undefined && hasFlag(flags, rule.flag)) return base;
    }
    const direct = data.stems.get(part);
    if (direct !== undefined && hasFlag(direct, flag)) return part;
    // OpenTaal lists a noun that begins many compounds as `bus-`; prefixes (`ver-`, `uit-`) are listed so too, and are no nouns.
    return direct !== undefined && anyOf(direct, rules.nounFlags) && data.stems.has(`${part}-`) ? part : null;
  };
  // The dictionary lists many compounds whole, so a noun without the end flag (`bus`) may end one too.
  const canEnd = (part: string): boolean => {
    const flags = part.length >= MIN_PART && !SUFFIXES.has(part) ? data.stems.get(part) : undefined;
    return flags !== undefined && (hasFlag(flags, rules.end) || anyOf(flags, rules.nounFlags));
  };
  const splittable = (flags: string | undefined): boolean =>
    flags === undefined || !(anyOf(flags, rules.adjectiveFlags) || anyOf(flags, rules.verbFlags));
  // The shortest first part first, so the last part (a compound's head) is the longest word that ends it.
  const split = (form: string, depth: number, flag: string): string[] | null => {
    if (depth > MAX_DEPTH || form.length < 2 * MIN_PART) return null;
    for (let cut = MIN_PART; cut <= form.length - MIN_PART; cut++) {
      const head = beginBase(form.slice(0, cut), flag);
      if (head === null) continue;
      const rest = form.slice(cut);
      // A last part that is a compound itself is split too: keuken + tafelgesprek → keuken, tafel, gesprek.
      if (canEnd(rest))
        return [
          head,
          ...(depth < MAX_DEPTH && splittable(data.stems.get(rest)) ? (split(rest, depth + 1, rules.middle) ?? [rest]) : [rest]),
        ];
      const more = split(rest, depth + 1, rules.middle);
      if (more) return [head, ...more];
    }
    return null;
  };
  /** Readings of a form without a plural or diminutive ending: `bussen` → buss, bus; `bedrijven` → bedrijv, bedrijf. */
  const uninflected = (form: string): string[] => {
    const bases: string[] = [];
    for (const ending of INFLECTIONS) {
      if (!form.endsWith(ending)) continue;
      const base = form.slice(0, form.length - ending.length);
      bases.push(base);
      // bussen → bus: a consonant doubled before -en; bedrijven → bedrijf, huizen → huis.
      if (ending === 'en' && base.length > 2 && base.at(-1) === base.at(-2)) bases.push(base.slice(0, -1));
      if (ending === 'en' && /[vz]$/.test(base)) bases.push(base.slice(0, -1) + (base.endsWith('v') ? 'f' : 's'));
    }
    return bases;
  };
  const analyse = (form: string): readonly string[] => {
    if (!splittable(stemFlags(data, form))) return [];
    // Of the readings, the one with the longest last part: wachtlijstje is wacht + lijst(je), not wacht + lijs.
    let best: string[] = [];
    for (const base of [form, ...uninflected(form)]) {
      const parts = split(base, 0, rules.begin);
      if (parts && (best.length === 0 || parts.at(-1)!.length > best.at(-1)!.length)) best = parts;
    }
    return best;
  };
  const cached = <T>(compute: (form: string) => T): ((form: string) => T) => {
    const results = new Map<string, T>();
    return (form) => {
      let result = results.get(form);
      if (result === undefined) {
        result = compute(form);
        results.set(form, result);
      }
      return result;
    };
  };
  const words: DutchWords = {
    parts(form) {
      let parts = cache.get(form);
      if (parts === undefined) {
        parts = analyse(form);
        cache.set(form, parts);
      }
      return parts;
    },
    isNoun(form) {
      const direct = data.stems.get(form);
      const flags = direct ?? stemFlags(data, form);
      if (flags === undefined) return true;
      // A noun has a noun's endings or may stand in a compound (`vervoer` has no plural); `goed`, `eigen`
      // have a noun's endings too but are adjectives first; `werkt` is a form of a verb, `werken` may be a noun's plural.
      const nominal = anyOf(flags, rules.nounFlags) || hasFlag(flags, rules.begin) || hasFlag(flags, rules.end);
      if (!nominal || anyOf(flags, rules.adjectiveFlags)) return false;
      return direct !== undefined || NOUN_ENDINGS.test(form);
    },
    base(form) {
      const nounStem = (word: string): boolean => {
        const flags = data.stems.get(word);
        return flags !== undefined && anyOf(flags, rules.nounFlags);
      };
      // `bussen` is also a verb in the dictionary: a noun stem without the ending wins.
      if (nounStem(form)) return form;
      return uninflected(form).find((base) => base.length >= MIN_PART && nounStem(base)) ?? form;
    },
  };
  // Every distinct form is looked up once: the analysis runs over each form of the corpus twice.
  return { parts: words.parts, base: cached(words.base), isNoun: cached(words.isNoun) };
}
