import { isAlias, isCollection, isPair, isScalar, parseDocument, type Document, type LineCounter } from 'yaml';

/** The most values that aliases (`*name`) may add to a YAML document; more is refused as an alias bomb. */
export const MAX_YAML_ALIAS_VALUES = 10_000;
/** The deepest nesting a YAML document may have; deeper is refused before parsing (the parser recurses). */
export const MAX_YAML_DEPTH = 100;

/** A problem with a YAML text: where (UTF-16 offset in the text) and what, in one line. */
export interface YamlProblem {
  readonly offset: number;
  readonly message: string;
  /** `syntax`: not valid YAML; `limit`: valid, but beyond what rodedraad reads. */
  readonly kind: 'syntax' | 'limit';
}

/** A parsed YAML document, or the problems that stop it from being read. */
export type ParsedYaml =
  | { readonly document: Document.Parsed; readonly problems: readonly [] }
  | { readonly document: null; readonly problems: readonly YamlProblem[] };

/**
 * Parse one YAML 1.2 document (core schema: dates and `no` stay text; keys must be unique) with the
 * limits that keep hostile input bounded: nesting depth and alias expansion. Every codebook and
 * front matter goes through here, so both follow the same rules.
 */
export function parseYaml(source: string, lineCounter?: LineCounter): ParsedYaml {
  // YAML ends lines at a lone CR too, but the parser does not: make it LF, which keeps every offset.
  const text = source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
  const deep = findDeepNesting(text, MAX_YAML_DEPTH);
  if (deep >= 0) return refuse(deep, `YAML nested more than ${MAX_YAML_DEPTH} levels deep`);
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, ...(lineCounter ? { lineCounter } : {}) });
  if (document.errors.length > 0) {
    const problems = document.errors.map(
      (error): YamlProblem => ({
        offset: error.pos[0],
        message: shortenQuotes(error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')),
        kind: 'syntax',
      }),
    );
    return { document: null, problems };
  }
  // Without a `*` there can be no alias; front matter nearly never has one.
  const bomb = text.includes('*') ? findAliasBomb(document, MAX_YAML_ALIAS_VALUES) : -1;
  if (bomb >= 0)
    return refuse(bomb, `YAML aliases (*name) expand to more than ${MAX_YAML_ALIAS_VALUES.toLocaleString('en')} values (an alias bomb)`);
  return { document, problems: [] };
}

/** The document's value as plain data; aliases were counted already, so yaml's own count is off. */
export function yamlValue(document: Document.Parsed, options: { readonly mapAsMap?: boolean } = {}): unknown {
  return document.toJS({ maxAliasCount: -1, mapAsMap: options.mapAsMap === true });
}

/** The parser quotes the token it stumbled on, which in a file that is not YAML can be a whole page. */
function shortenQuotes(message: string): string {
  return message.replace(/"((?:[^"\\]|\\.){40,})"/g, (_, inner: string) => `"${inner.slice(0, 39)}…"`);
}

function refuse(offset: number, message: string): ParsedYaml {
  return { document: null, problems: [{ offset, message, kind: 'limit' }] };
}

/**
 * Offset of the first alias at which aliases have added more than `limit` values (each alias adds
 * the size of what it names, nested aliases included), or -1. Linear in the document's nodes.
 */
function findAliasBomb(document: Document.Parsed, limit: number): number {
  const sizes = new Map<string, number>();
  let added = 0;
  let culprit = -1;
  const size = (node: unknown): number => {
    if (culprit >= 0) return 0;
    if (isAlias(node)) {
      const value = sizes.get(node.source) ?? 0;
      added += value;
      if (added > limit) culprit = node.range?.[0] ?? 0;
      return value;
    }
    let total = 1;
    if (isCollection(node)) {
      for (const item of node.items) total += isPair(item) ? size(item.key) + size(item.value) : size(item);
    }
    // Registered after its content, so that an anchor never names itself.
    if ((isScalar(node) || isCollection(node)) && node.anchor) sizes.set(node.anchor, total);
    return total;
  };
  size(document.contents);
  return culprit;
}

/**
 * Offset of the first line whose nesting may exceed `max`, or -1. An upper bound, cheap and
 * linear: open indentation levels, `- `/`? `/`: ` indicators in a row, and unclosed `[` `{`.
 */
function findDeepNesting(text: string, max: number): number {
  const indents: number[] = [];
  let flow = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let index = lineStart;
    while (index < lineEnd && (text[index] === ' ' || text[index] === '\t')) index++;
    if (index < lineEnd && text[index] !== '#' && text[index] !== '\r') {
      const indent = index - lineStart;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      let indicators = 0;
      while (index + 1 < lineEnd && '-?:'.includes(text[index]!) && (text[index + 1] === ' ' || text[index + 1] === '\t')) {
        indicators++;
        index += 2;
        while (index < lineEnd && text[index] === ' ') index++;
      }
      let deepest = flow;
      for (; index < lineEnd; index++) {
        const char = text[index];
        if (char === '[' || char === '{') deepest = Math.max(deepest, ++flow);
        else if ((char === ']' || char === '}') && flow > 0) flow--;
      }
      if (indents.length + indicators + deepest > max) return lineStart;
    }
    lineStart = lineEnd + 1;
  }
  return -1;
}
