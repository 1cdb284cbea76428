/** Prefixes that never split from their verb and take no ge- in the participle (begrijpen: begrepen). */
export const INSEPARABLE_PREFIXES: readonly string[] = ['ver', 'ont', 'her', 'be', 'ge', 'er'];

/**
 * Separable particles: the first part of a verb that stands apart from it in a main clause
 * ("belde me terug" for terugbellen) and takes ge- after it in the participle (teruggebeld). Some
 * also make inseparable verbs (onderschatten, overleven, doorzien); the word list decides those.
 */
export const PARTICLES: readonly string[] = [
  'aan',
  'achter',
  'achterna',
  'af',
  'bekend',
  'bij',
  'binnen',
  'buiten',
  'dicht',
  'door',
  'gelijk',
  'in',
  'kapot',
  'klaar',
  'kwijt',
  'langs',
  'los',
  'mee',
  'mis',
  'na',
  'neer',
  'om',
  'onder',
  'op',
  'open',
  'over',
  'rond',
  'samen',
  'schoon',
  'stil',
  'tegen',
  'tekort',
  'terecht',
  'terug',
  'thuis',
  'toe',
  'tussen',
  'uit',
  'vast',
  'voor',
  'voorbij',
  'vooruit',
  'vrij',
  'weg',
  'weer',
];

const VOWELS = 'aeiouy';
const isVowel = (char: string | undefined): boolean => char !== undefined && VOWELS.includes(char);

/** The inseparable prefix a verb starts with, when what follows is itself a verb-shaped word. */
export function inseparablePrefix(infinitive: string): string | null {
  for (const prefix of INSEPARABLE_PREFIXES) {
    const rest = infinitive.slice(prefix.length);
    // The rest is an infinitive of its own: -en with a vowel before it (not be-llen, ver-ven), or staan, zien, doen.
    const infinitiveShaped = (rest.endsWith('en') && /[aeiouy]/.test(rest.slice(0, -2))) || /^[^aeiou]+(aan|ien|oen)$/.test(rest);
    if (infinitive.startsWith(prefix) && rest.length >= 4 && infinitiveShaped) return prefix;
  }
  return null;
}

/**
 * The present stem of a weak verb by the spelling rules: -en off, a double consonant single
 * (bellen: bel), an open syllable's vowel doubled (maken: maak, horen: hoor) unless the syllable is a
 * schwa (luisteren: luister, wandelen: wandel), v and z as f and s (leven: leef, reizen: reis).
 * Prefixes are kept apart so that their vowels do not count (beheren: beheer). The word list's
 * stems that differ are listed in dutch-verbs.generated.ts.
 */
export function defaultStem(infinitive: string): string {
  const prefix = inseparablePrefix(infinitive) ?? '';
  const base = infinitive.slice(prefix.length);
  let stem = base.endsWith('en') ? base.slice(0, -2) : base.endsWith('n') ? base.slice(0, -1) : base;
  const last = stem[stem.length - 1];
  const before = stem[stem.length - 2];
  if (last !== undefined && last === before && !isVowel(last)) stem = stem.slice(0, -1);
  else if (last !== undefined && !isVowel(last) && isVowel(before) && !isVowel(stem[stem.length - 3]) && 'aeou'.includes(before!)) {
    const syllables = stem.match(/[aeiouy]+/g)?.length ?? 0;
    const schwa = before === 'e' && 'lrnm'.includes(last) && syllables >= 2;
    if (!schwa) stem = `${stem.slice(0, -1)}${before}${last}`;
  }
  if (stem.endsWith('v')) stem = `${stem.slice(0, -1)}f`;
  else if (stem.endsWith('z')) stem = `${stem.slice(0, -1)}s`;
  return prefix + stem;
}

/** The past-tense suffix of a weak verb by 't kofschip: -te after a voiceless consonant, else -de. */
export function defaultSuffix(infinitive: string): 'de' | 'te' {
  const base = infinitive.endsWith('en') ? infinitive.slice(0, -2) : infinitive;
  const last = base[base.length - 1] ?? '';
  return 'tkfsxp'.includes(last) || base.endsWith('ch') ? 'te' : 'de';
}

/** The forms of a weak verb: present, past, participle (with or without ge-), present participle. */
export function weakForms(infinitive: string, stem: string, suffix: 'de' | 'te', ge: boolean): string[] {
  const third = stem.endsWith('t') ? stem : `${stem}t`;
  const participle = `${ge ? 'ge' : ''}${stem}${/[dt]$/.test(stem) ? '' : suffix[0]}`;
  return [
    stem,
    third,
    infinitive,
    `${infinitive}d`,
    `${infinitive}de`,
    `${stem}${suffix}`,
    `${stem}${suffix}n`,
    participle,
    `${participle}e`,
  ];
}
