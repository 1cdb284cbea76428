import { describe, expect, it } from 'vitest';
import { codeText } from '../../src/code/apply.js';
import { compileMatcher, type Matcher } from '../../src/code/matcher.js';
import { oneCode } from '../helpers.js';

// A phrase is only tried in a segment that holds a word for each of its positions (match-patterns.ts).
// What a matcher learns of one segment must not carry over to the next.
const patterns = ['(hoge|grote) drempel', 'belde ~3 terug', '(geen hulp|te =laat) ~2 gekregen', 'terugbellen', 'serieus nemen'];

function evidenceWith(matcher: Matcher, text: string): string[] {
  return codeText(matcher, text).codings.flatMap((coding) => coding.hits.map((hit) => text.slice(hit.start, hit.end)));
}

describe('phrases tried only where their words are', () => {
  const texts = [
    'Er was een hoge drempel.',
    'Een hoge muur, meer niet.',
    'Ze belde me gelukkig snel terug.',
    'Ze belde me, verder niets.',
    'Ik heb geen hulp gekregen.',
    'Geen hulp, dat was het.',
    'Ze beloofde me terug te bellen.',
    'Terug naar huis.',
    'Ze namen me niet serieus.',
    'Ze namen het mee.',
    'Drempel. Hoge.',
    'Grote drempels en hoge drempels, en ze belde terug.',
  ];

  it('a matcher used for many segments finds what a fresh one finds in each, in any order', () => {
    const shared = compileMatcher([oneCode(patterns)]);
    const fresh = texts.map((text) => evidenceWith(compileMatcher([oneCode(patterns)]), text));
    for (const order of [texts.keys(), [...texts.keys()].reverse()]) {
      for (const index of order) expect(evidenceWith(shared, texts[index]!), texts[index]).toEqual(fresh[index]);
    }
    expect(fresh[0]).toEqual(['hoge drempel']);
    expect(fresh[1]).toEqual([]);
    // belde ~3 terug, and terugbellen split.
    expect(fresh[2]).toEqual(['belde me gelukkig snel terug', 'belde me gelukkig snel terug']);
    expect(fresh[3]).toEqual([]);
    expect(fresh[6]).toEqual(['terug te bellen']);
    expect(fresh[7]).toEqual([]);
    expect(fresh[8]).toEqual(['namen me niet serieus']);
    // The words of a phrase in other sentences of the segment: tried, and still no match.
    expect(fresh[10]).toEqual([]);
  });
});
