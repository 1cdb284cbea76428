import { indexCodePoints } from '../code-points.js';
import type { ExchangeSpan } from '../coding-model.js';
import { normaliseId, type ReadContext, report } from './context.js';
import type { ProjectSource } from './sources.js';
import { attributeOf, childOf, childrenOf, type XmlElement } from './xml.js';

/** What the selections need to know about the rest of the project. */
export interface SelectionScope {
  readonly codeIds: ReadonlySet<string>;
  readonly userIds: ReadonlySet<string>;
}

/**
 * The coded spans of one source: each Coding of each PlainTextSelection (code point offsets,
 * turned into UTF-16), and each Coding of the whole source (the span of its whole text).
 * Selections outside the text, codings of unknown codes and selections of a skipped source are
 * left out with a diagnostic; a selection that runs past the end is cut at the end, with a warning.
 */
export function readSelections(source: ProjectSource, scope: SelectionScope, context: ReadContext): ExchangeSpan[] {
  const selections = childrenOf(source.element, 'PlainTextSelection');
  const wholeCodings = childrenOf(source.element, 'Coding');
  const codingCount = selections.reduce((total, selection) => total + childrenOf(selection, 'Coding').length, wholeCodings.length);
  if (source.text === null) {
    if (codingCount > 0) {
      report(context, 'warning', `${codingCount} codings of skipped source "${source.name}" are not read`, 'refi-coding-skipped');
    }
    return [];
  }
  const index = indexCodePoints(source.text);
  const spans: ExchangeSpan[] = [];
  const unknownCodes = new Set<string>();
  const addCodings = (codings: readonly XmlElement[], start: number, end: number, origin: string, selectionUser: string | null): void => {
    for (const coding of codings) {
      const codeId = normaliseId(attributeOf(childOf(coding, 'CodeRef') ?? {}, 'targetGUID'));
      if (codeId === null || !scope.codeIds.has(codeId)) {
        unknownCodes.add(codeId ?? '(none)');
        continue;
      }
      const coderId = normaliseId(attributeOf(coding, 'creatingUser')) ?? selectionUser;
      spans.push({ sourceId: source.id, codeId, coderId, start, end, origin });
    }
  };
  let memos = 0;
  for (const selection of selections) {
    const origin = attributeOf(selection, 'name') ?? attributeOf(selection, 'guid') ?? 'a selection without guid';
    const codings = childrenOf(selection, 'Coding');
    if (codings.length === 0) {
      memos++;
      continue;
    }
    const range = checkRange(attributeOf(selection, 'startPosition'), attributeOf(selection, 'endPosition'), index.length);
    if (typeof range === 'string') {
      report(context, 'warning', `selection ${origin} in source "${source.name}" is skipped: ${range}`, 'refi-selection-outside');
      continue;
    }
    if (range.cut) {
      report(
        context,
        'warning',
        `selection ${origin} in source "${source.name}" ends after the text (${index.length} characters); cut at the end`,
        'refi-selection-outside',
      );
    }
    addCodings(codings, index.toUtf16(range.start), index.toUtf16(range.end), origin, normaliseId(attributeOf(selection, 'creatingUser')));
  }
  addCodings(wholeCodings, 0, source.text.length, `the whole of "${source.name}"`, null);
  if (unknownCodes.size > 0) {
    const example = [...unknownCodes][0];
    report(
      context,
      'warning',
      `codings in source "${source.name}" refer to ${unknownCodes.size} code id(s) not in the codebook (e.g. ${example}); not read`,
      'refi-unknown-code',
    );
  }
  if (memos > 0) {
    const reason = `${memos} selection(s) in source "${source.name}" carry no code (memos); not read`;
    report(context, 'info', reason, 'refi-selection-uncoded');
  }
  return spans;
}

/** A selection's code point range, or why it is not usable. */
function checkRange(
  startText: string | undefined,
  endText: string | undefined,
  length: number,
): { start: number; end: number; cut: boolean } | string {
  const start = Number(startText?.trim());
  const end = Number(endText?.trim());
  if (startText === undefined || endText === undefined || !Number.isInteger(start) || !Number.isInteger(end)) {
    return `its startPosition "${startText ?? ''}" or endPosition "${endText ?? ''}" is not a whole number`;
  }
  if (start < 0 || start >= end) return `it runs from ${start} to ${end}, which is empty or backwards`;
  if (start >= length) return `it starts at ${start}, after the end of the text (${length} characters)`;
  return { start, end: Math.min(end, length), cut: end > length };
}
