import type { Language } from '../model/language.js';
import type { WordTest } from '../model/pattern.js';
import { compoundParts, normalizeWord } from '../text/words.js';
import { AUXILIARY_VERBS, DutchVerbs } from './dutch-verbs.js';
import { createStemmer, type Stemmer } from './stem.js';

/** What the engine knows about one written word: its normalised form and the word tests it passes. */
export interface WordEntry {
  readonly form: string;
  /** Ids of the word tests (atoms) this word passes, ascending. */
  readonly atoms: readonly number[];
}

/** A separable verb of a pattern, which may stand split in a clause: belde ... terug, terug te bellen. */
export interface SplitVerb {
  /** Atom of the verb's forms that stand before the particle (belde, belt, bellen). */
  readonly head: number;
  /** Atom of the forms that follow a particle standing first (bellen, gebeld). */
  readonly late: number;
  /** The particle's normalised form, and the atom of that word. */
  readonly particle: string;
  readonly particleAtom: number;
}

/** How an atom tests a word, for `explain`. */
export type AtomKind =
  | { readonly kind: 'stem'; readonly key: string }
  | { readonly kind: 'exact'; readonly form: string }
  | { readonly kind: 'wildcard'; readonly glob: string }
  | { readonly kind: 'verb'; readonly infinitive: string; readonly part: 'form' | 'split' | 'late' | 'particle' };

/**
 * The registry of word tests of all patterns, and a cache that analyses each distinct written
 * word once: normalised, stemmed once per language, tested against every atom. A Dutch pattern
 * word that is a verb form also reaches every form of its verb (luisteren: luisterde, geluisterd).
 */
export class Lexicon {
  private readonly stemAtoms = new Map<string, number>();
  private readonly exactAtoms = new Map<string, number>();
  private readonly wildcardAtoms: { readonly id: number; readonly test: RegExp }[] = [];
  /** Verb atoms by the word forms that pass them. */
  private readonly formAtoms = new Map<string, number[]>();
  private readonly verbAtoms = new Map<string, number>();
  private readonly stemmers = new Map<Language, { stem: Stemmer; cache: Map<string, string> }>();
  private readonly entries = new Map<string, WordEntry>();
  private readonly kinds: AtomKind[] = [];
  private dutch: DutchVerbs | null = null;

  /** Register a word test of a pattern in `language`: the atoms that satisfy it, its split verbs, and its verb-form atoms. */
  register(test: WordTest, language: Language): { atoms: number[]; splits: SplitVerb[]; verbs: number[] } {
    this.entries.clear();
    if (test.kind === 'exact') return { atoms: [this.exact(test.form)], splits: [], verbs: [] };
    if (test.kind === 'wildcard') {
      const id = this.next({ kind: 'wildcard', glob: test.glob });
      const source = test.glob.split('*').map(escapeRegExp).join('.*');
      this.wildcardAtoms.push({ id, test: new RegExp(`^${source}$`, 'u') });
      return { atoms: [id], splits: [], verbs: [] };
    }
    const keys = [this.key(test.form, language)];
    const parts = compoundParts(test.form);
    if (parts.length > 0) keys.push(this.stem(parts.join(''), language));
    const atoms = [...new Set(keys.map((key) => this.intern(this.stemAtoms, `${language}:${key}`, { kind: 'stem', key })))];
    const splits: SplitVerb[] = [];
    const verbAtoms: number[] = [];
    if (language === 'nl' && parts.length === 0) {
      for (const infinitive of this.verbsOf(test.form)) {
        const verbs = this.verbs();
        const verb = verbs.verb(infinitive)!;
        verbAtoms.push(
          this.verbAtom(`${infinitive}:form`, { kind: 'verb', infinitive, part: 'form' }, verbs.reached(verb.forms, infinitive, true)),
        );
        if (verb.particle === null) continue;
        splits.push({
          head: this.verbAtom(`${infinitive}:split`, { kind: 'verb', infinitive, part: 'split' }, verbs.reached(verb.finite, '', false)),
          late: this.verbAtom(`${infinitive}:late`, { kind: 'verb', infinitive, part: 'late' }, verbs.reached(verb.late, '', false)),
          particle: verb.particle,
          particleAtom: this.verbAtom(`${infinitive}:particle`, { kind: 'verb', infinitive, part: 'particle' }, [verb.particle]),
        });
      }
    }
    return { atoms: [...new Set([...atoms, ...verbAtoms])], splits, verbs: verbAtoms };
  }

  /** Analyse a written word; spellings that normalise to the same form share one entry. */
  lookup(raw: string): WordEntry {
    const form = normalizeWord(raw);
    let entry = this.entries.get(form);
    if (!entry) {
      entry = { form, atoms: this.analyse(form) };
      this.entries.set(form, entry);
    }
    return entry;
  }

  /** How many atoms are registered: every atom id is below it. */
  get size(): number {
    return this.kinds.length;
  }

  /** How an atom tests words. */
  describe(atom: number): AtomKind {
    return this.kinds[atom]!;
  }

  /** The stem key of a normalised word in a language, as stem patterns compare it. */
  stemKey(form: string, language: Language): string {
    return this.key(form, language);
  }

  /** The Dutch verbs, loaded on first use. */
  verbs(): DutchVerbs {
    this.dutch ??= new DutchVerbs();
    return this.dutch;
  }

  /**
   * The verb a Dutch pattern word stands for: a word written as an infinitive (luisteren,
   * terugbellen) is the verb in every form. Other forms stay words: geweld is a noun before it is a
   * participle, vroeg an adjective before it is a past. Auxiliaries (zijn, hebben, kunnen) stay words.
   */
  private verbsOf(form: string): string[] {
    return !AUXILIARY_VERBS.has(form) && this.verbs().verb(form) !== null ? [form] : [];
  }

  private analyse(form: string): number[] {
    const atoms = new Set<number>();
    const parts = compoundParts(form);
    const variants = parts.length > 0 ? [form, parts.join(''), ...parts] : [form];
    for (const variant of variants) {
      const exact = this.exactAtoms.get(variant);
      if (exact !== undefined) atoms.add(exact);
      for (const { id, test } of this.wildcardAtoms) if (test.test(variant)) atoms.add(id);
    }
    for (const atom of this.formAtoms.get(form) ?? []) atoms.add(atom);
    for (const language of this.stemmers.keys()) {
      const keys = [this.key(form, language), ...variants.slice(1).map((variant) => this.stem(variant, language))];
      for (const key of keys) {
        const id = this.stemAtoms.get(`${language}:${key}`);
        if (id !== undefined) atoms.add(id);
      }
    }
    return [...atoms].sort((a, b) => a - b);
  }

  private verbAtom(key: string, kind: AtomKind, forms: readonly string[]): number {
    let id = this.verbAtoms.get(key);
    if (id === undefined) {
      id = this.next(kind);
      this.verbAtoms.set(key, id);
      for (const form of new Set(forms)) this.formAtoms.set(form, [...(this.formAtoms.get(form) ?? []), id]);
    }
    return id;
  }

  private exact(form: string): number {
    return this.intern(this.exactAtoms, form, { kind: 'exact', form });
  }

  private stem(form: string, language: Language): string {
    const { stem, cache } = this.stemmerEntry(language);
    let stemmed = cache.get(form);
    if (stemmed === undefined) {
      stemmed = stem(form);
      cache.set(form, stemmed);
    }
    return stemmed;
  }

  /**
   * The stem key of a form; a hyphenated compound keeps its first parts and stems the last
   * (`wmo-loketten` gives `wmo-loket`).
   */
  private key(form: string, language: Language): string {
    const parts = compoundParts(form);
    if (parts.length === 0) return this.stem(form, language);
    return [...parts.slice(0, -1), this.stem(parts[parts.length - 1]!, language)].join('-');
  }

  private stemmerEntry(language: Language): { stem: Stemmer; cache: Map<string, string> } {
    let entry = this.stemmers.get(language);
    if (!entry) {
      entry = { stem: createStemmer(language), cache: new Map() };
      this.stemmers.set(language, entry);
    }
    return entry;
  }

  private intern(table: Map<string, number>, key: string, kind: AtomKind): number {
    let id = table.get(key);
    if (id === undefined) {
      id = this.next(kind);
      table.set(key, id);
    }
    return id;
  }

  private next(kind: AtomKind): number {
    this.kinds.push(kind);
    return this.kinds.length - 1;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
