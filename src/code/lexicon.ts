import type { WordTest } from '../model/pattern.js';
import { createStemmer, type Stemmer } from './stem.js';
import type { Language } from '../model/language.js';
import { compoundParts, normalizeWord } from '../text/words.js';

/** What the engine knows about one written word: its normalised form and the word tests it passes. */
export interface WordEntry {
  readonly form: string;
  /** Ids of the word tests (atoms) this word passes, ascending. */
  readonly atoms: readonly number[];
}

/**
 * The registry of word tests of all patterns, and a cache that analyses each distinct written
 * word once: normalised, stemmed once per language, tested against every atom.
 */
export class Lexicon {
  private readonly stemAtoms = new Map<string, number>();
  private readonly exactAtoms = new Map<string, number>();
  private readonly wildcardAtoms: { readonly id: number; readonly test: RegExp }[] = [];
  private readonly stemmers = new Map<Language, { stem: Stemmer; cache: Map<string, string> }>();
  private readonly entries = new Map<string, WordEntry>();
  private atomCount = 0;

  /** Register a word test of a pattern in `language`; returns the atom ids that satisfy it. */
  register(test: WordTest, language: Language): number[] {
    this.entries.clear();
    if (test.kind === 'exact') return [this.intern(this.exactAtoms, test.form)];
    if (test.kind === 'wildcard') {
      const id = this.atomCount++;
      const source = test.glob.split('*').map(escapeRegExp).join('.*');
      this.wildcardAtoms.push({ id, test: new RegExp(`^${source}$`, 'u') });
      return [id];
    }
    const keys = [this.key(test.form, language)];
    const parts = compoundParts(test.form);
    if (parts.length > 0) keys.push(this.stem(parts.join(''), language));
    return [...new Set(keys.map((key) => this.intern(this.stemAtoms, `${language}:${key}`)))];
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

  private analyse(form: string): number[] {
    const atoms = new Set<number>();
    const parts = compoundParts(form);
    const variants = parts.length > 0 ? [form, parts.join(''), ...parts] : [form];
    for (const variant of variants) {
      const exact = this.exactAtoms.get(variant);
      if (exact !== undefined) atoms.add(exact);
      for (const { id, test } of this.wildcardAtoms) if (test.test(variant)) atoms.add(id);
    }
    for (const language of this.stemmers.keys()) {
      const keys = [this.key(form, language), ...variants.slice(1).map((variant) => this.stem(variant, language))];
      for (const key of keys) {
        const id = this.stemAtoms.get(`${language}:${key}`);
        if (id !== undefined) atoms.add(id);
      }
    }
    return [...atoms].sort((a, b) => a - b);
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

  private intern(table: Map<string, number>, key: string): number {
    let id = table.get(key);
    if (id === undefined) {
      id = this.atomCount++;
      table.set(key, id);
    }
    return id;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
