import { findCue, type NegationContext } from './negation.js';
import type { Matcher, PatternHit, SegmentMatches } from './matcher.js';
import type { Coding, Hit } from '../model/coding.js';

/**
 * Code one segment: any `match` pattern codes it, any `unless` pattern vetoes the code, and the
 * code's negation mode decides what negated hits do. Codings come in codebook order; `words`
 * counts the segment's tokens.
 */
export function codeText(matcher: Matcher, text: string): { codings: Coding[]; words: number } {
  const matches = matcher.match(text);
  const words = matches.tokens.length;
  if (matches.hits.length === 0) return { codings: [], words };
  const hitsByCode = new Map<number, PatternHit[]>();
  const vetoed = new Set<number>();
  for (const hit of matches.hits) {
    for (const use of hit.pattern.uses) {
      if (use.unless) vetoed.add(use.code);
      else {
        const list = hitsByCode.get(use.code);
        if (list) list.push(hit);
        else hitsByCode.set(use.code, [hit]);
      }
    }
  }
  const forms = matches.entries.map((entry) => entry.form);
  const codings: Coding[] = [];
  for (const [order, patternHits] of [...hitsByCode].sort((a, b) => a[0] - b[0])) {
    if (vetoed.has(order)) continue;
    const code = matcher.codes[order]!;
    const context: NegationContext = { tokens: matches.tokens, forms, language: code.codebook.language };
    const hits = patternHits.map((hit) => toHit(hit, matches, context));
    const counting = hits.filter((hit) => {
      if (code.code.negation === 'exclude') return !hit.negated;
      if (code.code.negation === 'require') return hit.negated;
      return true;
    });
    if (counting.length === 0) continue;
    const positive = counting.filter((hit) => !hit.negated);
    const negated = code.code.negation === 'flag' && positive.length === 0;
    codings.push({ code, negated, hits: code.code.negation === 'flag' && !negated ? positive : counting });
  }
  return { codings, words };
}

function toHit(hit: PatternHit, matches: SegmentMatches, context: NegationContext): Hit {
  const cue = hit.matched.length > 0 ? findCue(context, hit.matched) : -1;
  return {
    pattern: hit.pattern.text,
    start: hit.start,
    end: hit.end,
    negated: cue >= 0,
    cue: cue >= 0 ? matches.tokens[cue]!.raw : null,
  };
}
