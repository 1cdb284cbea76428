import { probeCodes, probeMatcher } from '../agree/probe.js';
import type { SegmentWords } from './segment-words.js';
import type { CodeStub } from './stubs.js';

/** A match example that another stub's patterns also code lists that stub under `also`, as check asks. */
export function crossReference(stubs: readonly CodeStub[], language: 'nl' | 'en'): CodeStub[] {
  const matcher = probeMatcher(
    language,
    stubs.map((stub) => ({ id: stub.id, match: stub.match })),
  );
  return stubs.map((stub) => ({
    ...stub,
    examples: stub.examples.map((example) =>
      example.expect === 'match'
        ? { ...example, also: [...probeCodes(matcher, example.text)].filter((id) => id !== stub.id).sort() }
        : example,
    ),
  }));
}

/** How many respondent segments and interviews each stub's patterns would code. */
export function stubReach(
  stubs: readonly CodeStub[],
  segments: readonly SegmentWords[],
  language: 'nl' | 'en',
): { segments: number; documents: number }[] {
  const matcher = probeMatcher(
    language,
    stubs.map((stub) => ({ id: stub.id, match: stub.match })),
  );
  const tally = stubs.map(() => ({ segments: 0, documents: new Set<number>() }));
  const index = new Map(stubs.map((stub, position) => [stub.id, position]));
  for (const words of segments) {
    for (const id of probeCodes(matcher, words.segment.text)) {
      const entry = tally[index.get(id)!]!;
      entry.segments++;
      entry.documents.add(words.document);
    }
  }
  return tally.map((entry) => ({ segments: entry.segments, documents: entry.documents.size }));
}
