import type { TreeCode } from './codebook-tree.js';

/** A code's guidance as one text, the one free-text `Description` a REFI-QDA code has. */
type Guidance = Pick<TreeCode, 'definition' | 'include' | 'exclude' | 'examples'>;

/** The last paragraph of a code's or theme's description: its rodedraad id, so that `import` gives it back. */
const ID_LINE = /^rodedraad id: ([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The headings of the parts after the definition, in the codebook's language. */
interface Headings {
  readonly include: string;
  readonly exclude: string;
  readonly match: string;
  readonly none: string;
}

/** Headings by language; `parseDescription` reads either. */
export const DESCRIPTION_HEADINGS: Readonly<Record<'nl' | 'en', Headings>> = {
  nl: { include: 'Wel gebruiken:', exclude: 'Niet gebruiken:', match: 'Voorbeelden:', none: 'Geen voorbeelden:' },
  en: { include: 'Use when:', exclude: 'Do not use when:', match: 'Examples:', none: 'Not examples:' },
};

/**
 * The description of a code: the definition, then "Use when:", "Do not use when:", the examples
 * that must be coded and those that must not, each part after a blank line, the examples one a
 * line after "- ", and last the line "rodedraad id: <id>". Parts without content are left out.
 */
export function describeCode(code: Guidance & Pick<TreeCode, 'id'>, language: 'nl' | 'en'): string {
  const headings = DESCRIPTION_HEADINGS[language];
  const parts: string[] = [];
  const definition = code.definition?.trim();
  if (definition) parts.push(definition);
  if (code.include?.trim()) parts.push(`${headings.include} ${code.include.trim()}`);
  if (code.exclude?.trim()) parts.push(`${headings.exclude} ${code.exclude.trim()}`);
  for (const expect of ['match', 'none'] as const) {
    const texts = code.examples.filter((example) => example.expect === expect).map((example) => `- ${oneLine(example.text)}`);
    if (texts.length > 0) parts.push([headings[expect], ...texts].join('\n'));
  }
  return [...parts, idLine(code.id)].join('\n\n');
}

/** A theme's description, then the line with its id. */
export function describeTheme(theme: { readonly id: string; readonly description: string | null }): string {
  return [theme.description?.trim() || null, idLine(theme.id)].filter((part) => part !== null).join('\n\n');
}

/** The line that keeps an id in a description. */
function idLine(id: string): string {
  return `rodedraad id: ${id}`;
}

/** A description without its id line, and the id it gave (null when it has none). */
export function splitId(description: string | null): { id: string | null; rest: string | null } {
  if (description === null) return { id: null, rest: null };
  const paragraphs = description
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n/);
  const id = ID_LINE.exec(paragraphs[paragraphs.length - 1]!.trim())?.[1] ?? null;
  const rest = id === null ? description.trim() : paragraphs.slice(0, -1).join('\n\n').trim();
  return { id, rest: rest === '' ? null : rest };
}

/**
 * Read a description back into guidance: the parts `describeCode` writes, in either language, are
 * recognised by their headings at the start of a paragraph, the id by its line; anything else is
 * the definition. A description from another tool is all definition.
 */
export function parseDescription(text: string | null): Guidance & { readonly id: string | null } {
  const { id, rest: description } = splitId(text);
  const guidance: { definition: string | null; include: string | null; exclude: string | null; examples: Guidance['examples'] } = {
    definition: null,
    include: null,
    exclude: null,
    examples: [],
  };
  if (description === null) return { ...guidance, id };
  const definition: string[] = [];
  const examples: { text: string; expect: 'match' | 'none' }[] = [];
  // A paragraph that has no heading continues "Use when:" or "Do not use when:" right above it.
  let open: 'include' | 'exclude' | null = null;
  for (const paragraph of description
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n/)) {
    const part = recognise(paragraph);
    const lines = part === null ? [] : part.rest.split('\n').map((line) => line.trim());
    if (part !== null && (part.kind === 'include' || part.kind === 'exclude')) {
      guidance[part.kind] = part.rest;
      open = part.kind;
    } else if (part !== null && lines.every((line) => line.startsWith('- '))) {
      examples.push(...lines.map((line) => ({ text: line.slice(2).trim(), expect: part.kind as 'match' | 'none' })));
      open = null;
    } else if (open !== null) {
      guidance[open] = `${guidance[open]}\n\n${paragraph.trim()}`;
    } else {
      definition.push(paragraph.trim());
    }
  }
  guidance.definition = definition.length === 0 ? null : definition.join('\n\n');
  guidance.examples = examples;
  return { ...guidance, id };
}

function recognise(paragraph: string): { kind: keyof Headings; rest: string } | null {
  const trimmed = paragraph.trim();
  for (const headings of Object.values(DESCRIPTION_HEADINGS)) {
    for (const kind of ['include', 'exclude', 'match', 'none'] as const) {
      const heading = headings[kind];
      if (!trimmed.startsWith(heading)) continue;
      const rest = trimmed.slice(heading.length);
      // "Examples:" is followed by a list on the next lines; "Use when:" by text on the same line.
      if (kind === 'match' || kind === 'none') return rest.startsWith('\n') ? { kind, rest: rest.trim() } : null;
      return rest.startsWith(' ') && rest.trim() !== '' ? { kind, rest: rest.trim() } : null;
    }
  }
  return null;
}

/** An example on one line: line breaks in it become spaces, so that the list stays a list. */
function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}
