import { DutchVerbs } from '../code/dutch-verbs.js';
import { findStemCollisions, type StemCollision, type WordForm } from '../code/stem-collision.js';
import { parsePattern } from '../codebook/pattern.js';
import type { Language } from '../model/language.js';
import type { GroupAgreement } from './compare.js';
import type { CandidateCodebook, PatternReview } from './suggest.js';
import type { UnitSegment } from './units.js';
import type { WhatIf } from './what-if.js';

/**
 * Every pattern of a candidate code that fired: in how many segments, how many of them the
 * reference coded too, the F1 of the code without the pattern (the segments only it coded
 * dropped), and the word forms it matched with their stem collisions. Fewest shared with the
 * reference first.
 */
export function reviewPatterns(code: GroupAgreement, candidate: CandidateCodebook, whatIf: WhatIf): PatternReview[] {
  // A Dutch verb pattern reaches its own forms on purpose (luisteren: geluisterd): no collision.
  let dutch: DutchVerbs | null = null;
  const verbForms = (word: string): readonly string[] => {
    dutch ??= new DutchVerbs();
    return dutch.verb(word)?.forms ?? [];
  };
  const reviews = new Map<string, { fired: number; inReference: number; alone: UnitSegment[]; forms: Map<string, number> }>();
  const visit = (entries: GroupAgreement['agreed'], inReference: boolean): void => {
    for (const { segment, spans } of entries) {
      const fired = new Set<string>();
      for (const span of spans) {
        for (const hit of candidate.evidence(span)?.hits ?? []) {
          const review = reviews.get(hit.pattern) ?? { fired: 0, inReference: 0, alone: [], forms: new Map<string, number>() };
          reviews.set(hit.pattern, review);
          const form = hit.text.toLowerCase().replace(/\s+/g, ' ');
          review.forms.set(form, (review.forms.get(form) ?? 0) + 1);
          if (fired.has(hit.pattern)) continue;
          fired.add(hit.pattern);
          review.fired++;
          if (inReference) review.inReference++;
        }
      }
      // Without this pattern the segment is no longer coded when no other pattern fired in it.
      if (fired.size === 1) reviews.get([...fired][0]!)!.alone.push(segment);
    }
  };
  visit(code.agreed, true);
  visit(code.extra, false);
  return [...reviews]
    .map(([pattern, review]) => {
      const forms = [...review.forms]
        .map(([form, count]) => ({ form, count }))
        .sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
      return {
        pattern,
        fired: review.fired,
        inReference: review.inReference,
        f1Without: whatIf.removing(review.alone),
        forms,
        collisions: stemCollisions(pattern, candidate.language, forms, verbForms),
      };
    })
    .sort((a, b) => a.inReference / a.fired - b.inReference / b.fired || b.fired - a.fired || (a.pattern < b.pattern ? -1 : 1));
}

/** The stem collisions of a pattern as a result names it (a pattern that does not parse has none). */
function stemCollisions(
  pattern: string,
  language: Language,
  forms: readonly WordForm[],
  verbForms: (word: string) => readonly string[],
): StemCollision[] {
  const parsed = parsePattern(pattern);
  return parsed.kind === 'error' ? [] : findStemCollisions(parsed, language, forms, undefined, verbForms);
}
