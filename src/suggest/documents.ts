import { segmentContexts } from '../code/contexts.js';
import { isEvidence } from '../aggregate/presence.js';
import { codeText } from '../code/apply.js';
import type { Matcher } from '../code/matcher.js';
import { entriesFromTexts, NOWHERE } from '../codebook/entries.js';
import type { Code, Codebook } from '../model/codebook.js';
import type { CodedDocument } from '../model/coding.js';
import type { CodingResult } from '../model/result.js';
import type { SuggestDocument } from './model.js';

/** A document as a coded transcript and a result both hold it: what suggest reads of it. */
interface CodedSource<S extends CodedSourceSegment> {
  readonly id: string;
  readonly file: string;
  readonly attributes: SuggestDocument['attributes'];
  readonly segments: readonly S[];
}

interface CodedSourceSegment {
  readonly role: string;
  readonly index: number;
  readonly text: string;
  readonly start: { readonly line: number };
  readonly end: { readonly line: number };
  readonly codings: readonly { readonly negated: boolean }[];
}

/** The respondent segments of a document, each reached or not as `reached` says. */
function respondentSegments<S extends CodedSourceSegment>(document: CodedSource<S>, reached: (segment: S) => boolean): SuggestDocument {
  return {
    id: document.id,
    file: document.file,
    attributes: document.attributes,
    segments: document.segments
      .filter((segment) => segment.role === 'respondent')
      .map((segment) => ({
        index: segment.index,
        text: segment.text,
        lineStart: segment.start.line,
        lineEnd: segment.end.line,
        reached: reached(segment),
      })),
  };
}

/** The respondent segments of a coded transcript; a segment is reached when one of its codings is evidence. */
export function suggestDocument(document: CodedDocument): SuggestDocument {
  return respondentSegments(document, (segment) => segment.codings.some(isEvidence));
}

/**
 * The respondent segments of a result, with its segmentation. Reached as the result coded them,
 * or, with `recode`, as that matcher codes them (`--codebook` on a result folder).
 */
export function resultDocuments(result: CodingResult, recode: Matcher | null): SuggestDocument[] {
  return result.documents.map((document) => {
    const placed = segmentContexts(document.segments);
    const contexts = new Map(document.segments.map((segment, index) => [segment, placed[index]!]));
    return respondentSegments(document, (segment) =>
      (recode === null ? segment.codings : codeText(recode, segment.text, contexts.get(segment)).codings).some(isEvidence),
    );
  });
}

/** The codebooks a result records (ids, patterns, negation), as codebooks the matcher can compile. */
export function resultCodebooks(result: CodingResult): Codebook[] {
  return result.codebooks.map((codebook) => ({
    id: codebook.id,
    title: codebook.title,
    version: codebook.version,
    language: codebook.language,
    source: codebook.source,
    description: null,
    file: codebook.file,
    sha256: codebook.sha256,
    themes: codebook.themes.map((theme) => ({
      id: theme.id,
      label: theme.label,
      description: theme.description,
      place: NOWHERE,
      codes: theme.codes.map(
        (code): Code => ({
          id: code.id,
          label: code.label,
          definition: code.definition,
          include: null,
          exclude: null,
          match: entriesFromTexts(code.patterns, 'match'),
          unless: entriesFromTexts(code.unless, 'unless'),
          negation: code.negation,
          section: [],
          question: [],
          examples: [],
          place: NOWHERE,
        }),
      ),
    })),
  }));
}
