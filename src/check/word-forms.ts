import type { CompiledPattern, Matcher } from '../code/matcher.js';
import type { Language } from '../model/language.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Point } from '../model/position.js';
import { allCodes, finding, quote, type CheckContext } from './context.js';
import { describeCollisions, findStemCollisions, type WordForm } from '../code/stem-collision.js';

/** The word forms one pattern of a code matched in the corpus. */
export interface PatternForms {
  readonly file: string;
  readonly place: Point;
  readonly code: string;
  readonly list: 'match' | 'unless';
  readonly pattern: string;
  /** Distinct forms (lower case; a phrase's words joined by a space), most frequent first. */
  readonly forms: readonly WordForm[];
}

/** Counts the forms each compiled pattern matches, segment by segment. */
export class FormCounter {
  private readonly counts = new Map<string, Map<string, number>>();

  constructor(private readonly matcher: Matcher) {}

  /** Count the forms of every pattern hit in one segment's text. */
  add(text: string): void {
    const { tokens, hits } = this.matcher.match(text);
    for (const hit of hits) {
      const form =
        hit.pattern.regex === null ? hit.matched.map((position) => tokens[position]!.raw).join(' ') : text.slice(hit.start, hit.end);
      const key = patternKey(hit.pattern.language, hit.pattern.text);
      let forms = this.counts.get(key);
      if (forms === undefined) {
        forms = new Map();
        this.counts.set(key, forms);
      }
      const lower = form.toLowerCase().replace(/\s+/g, ' ');
      forms.set(lower, (forms.get(lower) ?? 0) + 1);
    }
  }

  /** The forms of a pattern, most frequent first, then in code-point order. */
  forms(language: Language, pattern: string): WordForm[] {
    const forms = this.counts.get(patternKey(language, pattern)) ?? new Map<string, number>();
    return [...forms]
      .map(([form, count]) => ({ form, count }))
      .sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
  }
}

function patternKey(language: Language, text: string): string {
  return `${language}\u0000${text.trim()}`;
}

/** Which pattern is compiled from which text: the key the counter uses. */
export function compiledKey(pattern: CompiledPattern): string {
  return patternKey(pattern.language, pattern.text);
}

/**
 * Every pattern of every code with the forms it matched in the corpus, and `stem-collision`
 * (warning): a one-word stem pattern that reached another word (see findStemCollisions).
 */
export function reviewWordForms(context: CheckContext, counter: FormCounter): { forms: PatternForms[]; diagnostics: Diagnostic[] } {
  const forms: PatternForms[] = [];
  const diagnostics: Diagnostic[] = [];
  const verbForms = (word: string) => context.matcher.lexicon.verbs().verb(word)?.forms ?? [];
  for (const { codebook, code } of allCodes(context.codebooks)) {
    for (const list of ['match', 'unless'] as const) {
      for (const source of code[list].flatMap((entry) => entry.parts)) {
        const found = counter.forms(codebook.language, source.text);
        forms.push({ file: codebook.file, place: source.place, code: code.id, list, pattern: source.text.trim(), forms: found });
        const collisions = findStemCollisions(source.pattern, codebook.language, found, undefined, verbForms);
        if (collisions.length === 0) continue;
        const reason = `stem pattern ${quote(source.text)} of "${code.id}" also matches ${describeCollisions(collisions)}: the stemmer gives them the same stem; write the word forms meant (=form, or a wildcard such as ${quote(`${source.text.trim()}*`)}), or a longer word`;
        diagnostics.push(finding(codebook.file, source.place, 'warning', reason, 'stem-collision'));
      }
    }
  }
  return { forms, diagnostics };
}
