// How a quote is attributed: `--quote-label "{rol}, {gemeente}"` writes "inwoner, Gemeente B" under
// it, as a report does; the document id and line range then move to a note, so that every quote
// still traces back to its source.
import type { CorpusDocument } from '../aggregate/corpus.js';
import { attributeCell, attributeValue } from '../model/transcript.js';

/** A parsed label template: literal text and attribute names, in order. */
export type QuoteLabel = readonly (
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'attribute'; readonly name: string }
)[];

/** The name that stands for the document id in a label. */
export const ID_PLACEHOLDER = 'id';

/** Read a label template; an error message when its braces do not pair up or a name is empty. */
export function parseQuoteLabel(template: string): { readonly label: QuoteLabel } | { readonly error: string } {
  const label: ({ kind: 'text'; text: string } | { kind: 'attribute'; name: string })[] = [];
  const pattern = /\{([^{}]*)\}|[{}]|[^{}]+/g;
  for (const match of template.matchAll(pattern)) {
    if (match[0] === '{' || match[0] === '}')
      return { error: `unpaired "${match[0]}" at character ${match.index + 1}; write attributes as {name}` };
    if (match[1] === undefined) label.push({ kind: 'text', text: match[0] });
    else if (match[1].trim() === '') return { error: `empty {} at character ${match.index + 1}; write attributes as {name}` };
    else label.push({ kind: 'attribute', name: match[1].trim() });
  }
  if (!label.some((part) => part.kind === 'attribute'))
    return { error: 'names no attribute; write attributes as {name}, e.g. "{rol}, {gemeente}"' };
  return { label };
}

/** The attribute names a label uses that are neither the id nor an attribute in `known`. */
export function unknownAttributes(label: QuoteLabel, known: readonly string[]): string[] {
  return [
    ...new Set(
      label.flatMap((part) => (part.kind === 'attribute' && part.name !== ID_PLACEHOLDER && !known.includes(part.name) ? [part.name] : [])),
    ),
  ];
}

/** The attributes a label names that a document lacks. */
export function missingAttributes(label: QuoteLabel, document: CorpusDocument): string[] {
  return label.flatMap((part) =>
    part.kind === 'attribute' && part.name !== ID_PLACEHOLDER && attributeText(document, part.name) === null ? [part.name] : [],
  );
}

/** The label of a quote from `document`; a missing attribute is written as `unknown`. */
export function applyQuoteLabel(label: QuoteLabel, document: CorpusDocument, unknown: string): string {
  return label
    .map((part) =>
      part.kind === 'text' ? part.text : part.name === ID_PLACEHOLDER ? document.id : (attributeText(document, part.name) ?? unknown),
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function attributeText(document: CorpusDocument, name: string): string | null {
  const cell = attributeCell(attributeValue(document.attributes, name));
  return cell === null || cell === '' ? null : String(cell);
}
