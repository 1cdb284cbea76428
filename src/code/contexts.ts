import type { CodingContext } from '../model/coding.js';

/** What placing a segment in its context needs of it. */
interface Placed {
  readonly section: string | null;
  readonly role: string;
  readonly text: string;
}

/**
 * The context each segment of a transcript is coded in, for codes and entries limited by
 * `section:` or `question:`: its section, and the last interviewer turn before it in that
 * section (the question it answers).
 */
export function segmentContexts(segments: readonly Placed[]): CodingContext[] {
  let question: { readonly text: string; readonly section: string | null } | null = null;
  return segments.map((segment) => {
    const context = { section: segment.section, question: question?.section === segment.section ? question.text : null };
    if (segment.role === 'interviewer') question = { text: segment.text, section: segment.section };
    return context;
  });
}
