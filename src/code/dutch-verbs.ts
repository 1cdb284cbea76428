import { DUTCH_STRONG_VERBS } from './dutch-strong-verbs.js';
import {
  GE_EXCEPTIONS,
  INSEPARABLE_VERBS,
  NOUN_FORMS,
  PREFIXED_STRONG_VERBS,
  STEM_EXCEPTIONS,
  SUFFIX_EXCEPTIONS,
  WEAK_VERBS,
} from './dutch-verbs.generated.js';
import { defaultStem, defaultSuffix, INSEPARABLE_PREFIXES, inseparablePrefix, PARTICLES, weakForms } from './dutch-verb-rules.js';

/** What may stand before a verb in one of its forms: a particle (opbellen) or an inseparable prefix (verbellen). */
const LEMMA_PREFIXES: readonly string[] = [...PARTICLES, ...INSEPARABLE_PREFIXES];

/** A Dutch verb with every form it takes. */
export interface DutchVerb {
  readonly infinitive: string;
  /** The present stem (the first person: bel, terugbel), which is often also a noun (zorg, werk). */
  readonly stem: string;
  /** Its separable particle (terugbellen: terug), or null. */
  readonly particle: string | null;
  /** Every form written as one word: belde, gebeld, terugbelde, teruggebeld. */
  readonly forms: readonly string[];
  /** With a particle: the forms that stand before it when the verb splits (belde ... terug). */
  readonly finite: readonly string[];
  /** With a particle: the forms that follow it when it stands first (terug te bellen, terug zou bellen). */
  readonly late: readonly string[];
}

// Common inseparable verbs with a particle that the word list does not hold whole.
const MORE_INSEPARABLE =
  'overleven overwegen overtuigen overvallen overlijden overschrijden overzien overdrijven overleggen overschatten overbelasten ' +
  'overspoelen voorkomen voorzien voorspellen achterhalen achtervolgen doorzien doorstaan doorgronden ondergaan onderhouden ' +
  'onderscheiden omgeven weerstaan';

/** Verbs whose forms are too common as function words to stand for the verb (is, had, kan, zal). */
export const AUXILIARY_VERBS: ReadonlySet<string> = new Set(['zijn', 'hebben', 'worden', 'kunnen', 'mogen', 'moeten', 'willen', 'zullen']);

/**
 * Forms a verb pattern does not reach although they belong to the verb: the forms of the
 * auxiliaries (was is a form of wassen too), function words (wel of wellen, at of eten), and forms
 * that the word list also holds as a noun (buurt of buren, kost of kosten; the stem of a pattern
 * still reaches its own noun, as `kosten` reaches kost).
 */
const NOT_REACHED = new Set(['wel', 'at', 'aan', 'op', 'om', 'af', 'in', 'uit', 'bij', 'toe', 'door', 'na', 'mee', 'over', 'voor']);

/** The Dutch verbs rodedraad knows: strong and irregular ones by hand, weak ones from OpenTaal, particles by rule. */
export class DutchVerbs {
  private readonly weak = new Set(WEAK_VERBS.split(' '));
  private readonly stems = new Map(STEM_EXCEPTIONS.split(' ').map((pair) => pair.split(':') as [string, string]));
  private readonly otherSuffix = new Set(SUFFIX_EXCEPTIONS.split(' '));
  private readonly otherGe = new Set(GE_EXCEPTIONS.split(' '));
  private readonly inseparable = new Set([...INSEPARABLE_VERBS.split(' '), ...MORE_INSEPARABLE.split(' ')]);
  private readonly strong = new Map<string, readonly string[]>();
  private readonly strongByForm = new Map<string, string[]>();
  private readonly verbs = new Map<string, DutchVerb | null>();
  private readonly lemmaCache = new Map<string, readonly string[]>();

  private readonly unreached = new Set(NOT_REACHED);
  private readonly nouns = new Set(NOUN_FORMS.split(' '));
  private readonly prefixedStrong = new Set(PREFIXED_STRONG_VERBS.split(' '));

  constructor() {
    for (const line of DUTCH_STRONG_VERBS.trim().split('\n')) {
      const [main, present = ''] = line.split(' | ');
      const [infinitive, pastSingular, pastPlural, participle] = main!.split(' ') as [string, string, string, string];
      const stem = defaultStem(infinitive);
      const presentForms = present === '' ? [stem, stem.endsWith('t') ? stem : `${stem}t`] : present.split(' ');
      const forms = [infinitive, `${infinitive}d`, ...presentForms, pastSingular, pastPlural, ...(participle === '-' ? [] : [participle])];
      this.strong.set(infinitive, forms);
      for (const form of forms) this.strongByForm.set(form, [...(this.strongByForm.get(form) ?? []), infinitive]);
      if (AUXILIARY_VERBS.has(infinitive)) for (const form of forms) this.unreached.add(form);
    }
  }

  /**
   * The forms of a verb that a pattern written as its infinitive reaches: all but auxiliary forms
   * and function words, and, standing alone, nouns (a verb split from its particle is a verb: sprong bij).
   */
  reached(forms: readonly string[], infinitive: string, alone: boolean): string[] {
    return forms.filter((form) => form === infinitive || !(this.unreached.has(form) || (alone && this.nouns.has(form))));
  }

  /** The verb with this infinitive, or null when it is not a Dutch verb that rodedraad knows. */
  verb(infinitive: string): DutchVerb | null {
    let verb = this.verbs.get(infinitive);
    if (verb === undefined) {
      verb = this.build(infinitive);
      this.verbs.set(infinitive, verb);
    }
    return verb;
  }

  /** The infinitives whose forms include `form` (a normalised word): belde gives bellen; meeviel, meevallen. */
  lemmas(form: string): readonly string[] {
    let lemmas = this.lemmaCache.get(form);
    if (lemmas === undefined) {
      const candidates = new Set<string>(this.strongByForm.get(form) ?? []);
      for (const candidate of this.candidates(form)) candidates.add(candidate);
      for (const prefix of LEMMA_PREFIXES) {
        if (!form.startsWith(prefix) || form.length - prefix.length < 2) continue;
        const rest = form.slice(prefix.length);
        for (const base of [...(this.strongByForm.get(rest) ?? []), ...this.candidates(rest)]) candidates.add(prefix + base);
      }
      lemmas = [...candidates].filter((infinitive) => this.verb(infinitive)?.forms.includes(form)).sort();
      this.lemmaCache.set(form, lemmas);
    }
    return lemmas;
  }

  /** Weak infinitives a form can come from by its endings and ge-: belde, gebeld, belt, bel: bellen. */
  private candidates(form: string): string[] {
    const found: string[] = [];
    const bodies = [form];
    if (form.startsWith('ge')) bodies.push(form.slice(2));
    for (const body of bodies) {
      for (const ending of ['den', 'ten', 'de', 'te', 'ende', 'end', 'en', 'e', 't', 'd', '']) {
        if (!body.endsWith(ending) || body.length - ending.length < 2) continue;
        const stem = body.slice(0, body.length - ending.length);
        // With ending '' this also reads a participle whose stem ends in d or t (gewacht, geantwoord).
        found.push(...infinitivesOf(stem));
      }
    }
    for (const [infinitive, stem] of this.stems) if (form.startsWith(stem.slice(0, -1))) found.push(infinitive);
    return found;
  }

  private build(infinitive: string): DutchVerb | null {
    const particle = this.inseparable.has(infinitive)
      ? null
      : (PARTICLES.filter((p) => infinitive.startsWith(p) && this.known(infinitive.slice(p.length))).sort(
          (a, b) => b.length - a.length,
        )[0] ?? null);
    if (particle !== null) {
      const base = this.baseForms(infinitive.slice(particle.length))!;
      const late = new Set(base.late);
      return {
        infinitive,
        stem: `${particle}${base.stem}`,
        particle,
        forms: base.forms.map((form) => `${particle}${form}`),
        finite: base.forms.filter((form) => !late.has(form)),
        late: base.late,
      };
    }
    const base = this.baseForms(infinitive);
    return base ? { infinitive, stem: base.stem, particle: null, forms: base.forms, finite: [], late: [] } : null;
  }

  /**
   * The forms of a verb without a separable particle (strong ones from the table, also with a
   * prefix; weak ones by rule), and those that can follow a particle standing first: the
   * infinitive and the participle.
   */
  private baseForms(infinitive: string): { forms: string[]; late: string[]; stem: string } | null {
    const strong = this.strong.get(infinitive);
    if (strong) return { forms: [...strong], late: [infinitive, strong[strong.length - 1]!], stem: strong[2]! };
    const prefix = inseparablePrefix(infinitive) ?? (this.inseparable.has(infinitive) ? insepParticle(infinitive) : null);
    const rest = prefix === null ? null : this.strong.get(infinitive.slice(prefix.length));
    // Only prefixed strong verbs the word list knows: begrijpen and ontvangen, not gevallen.
    if (prefix !== null && rest && (this.prefixedStrong.has(infinitive) || this.inseparable.has(infinitive))) {
      const participle = prefix + rest[rest.length - 1]!.replace(/^ge/, '');
      const forms = [...rest.slice(0, -1).map((form) => prefix + form), participle];
      return { forms, late: [infinitive, participle], stem: prefix + rest[2]! };
    }
    if (!this.weak.has(infinitive) && !this.inseparable.has(infinitive)) return null;
    const stem = this.stems.get(infinitive) ?? defaultStem(infinitive);
    const suffix = this.otherSuffix.has(infinitive) ? (defaultSuffix(infinitive) === 'de' ? 'te' : 'de') : defaultSuffix(infinitive);
    const ge = (prefix === null) !== this.otherGe.has(infinitive);
    const forms = weakForms(infinitive, stem, suffix, ge);
    return { forms, late: [infinitive, ...forms.slice(-2)], stem };
  }

  private known(infinitive: string): boolean {
    return this.weak.has(infinitive) || this.strong.has(infinitive) || this.baseForms(infinitive) !== null;
  }
}

/** Infinitives a present stem can belong to by the spelling rules: maak (maken), bel (bellen), leef (leven). */
function infinitivesOf(stem: string): string[] {
  const bases = [stem];
  if (stem.endsWith('f')) bases.push(`${stem.slice(0, -1)}v`);
  if (stem.endsWith('s')) bases.push(`${stem.slice(0, -1)}z`);
  const found: string[] = [];
  for (const base of bases) {
    found.push(`${base}en`, `${base}${base[base.length - 1]}en`);
    const open = /^(.*[^aeiou])([aeou])\2([^aeiouy])$/.exec(base);
    if (open) found.push(`${open[1]}${open[2]}${open[3]}en`);
  }
  return found;
}

/** The particle at the start of an inseparable verb (onderschatten: onder), which then acts as a prefix. */
function insepParticle(infinitive: string): string | null {
  return PARTICLES.filter((p) => infinitive.startsWith(p)).sort((a, b) => b.length - a.length)[0] ?? null;
}
