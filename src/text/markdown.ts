// Markdown that renders as the text it was made from, in CommonMark, GFM and pandoc's Markdown:
// every label, id, attribute and quote that comes from input goes through here, so that no input
// becomes HTML, a link, emphasis, a heading, a list or a table cell of its own. Escapes are
// backslashes before ASCII punctuation, which all three render as the bare character, and only
// where the character could start markup, so that the Markdown source still reads naturally;
// `<` becomes `&lt;`, which every Markdown renderer reads as text.

// Markup anywhere in a line: escapes, code, emphasis, links, raw HTML and autolinks, table cells,
// strikethrough and subscript (~), superscript (^), math ($), citations (@), pandoc attributes
// ({). Then characters that are markup only in some places (see escapeAt).
const SPECIAL = /[\\`*[\]<|~$^@{_#&]/;
const WORD = /[\p{L}\p{N}]/u;
// What GFM turns into a link without any markup (www., http://, e-mail addresses), found on the
// text itself, so no escape prevents it: written as a code span instead, which is never linked.
const LINK_LIKE = /(?:https?:\/\/|www\.)[^\s<|`]*|[\w+.-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** Whether `char` at `offset` of `text` could start markup where it stands. */
function escapeAt(char: string, offset: number, text: string): boolean {
  const before = text[offset - 1] ?? '';
  switch (char) {
    case '_': // intraword underscores are no emphasis (CommonMark, pandoc): snake_case stays
      return !(WORD.test(before) && WORD.test(text[offset + 1] ?? ''));
    case '#': // a heading at the start, a closing sequence after a space
      return before === '' || /\s/.test(before);
    case '&': // an entity or character reference
      return /^&#?[0-9a-z]+;/i.test(text.slice(offset, offset + 34));
    default:
      return true;
  }
}

/** Line breaks and runs of white space become one space: a line break could start a block. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Escape the markup characters of `text[from, to)`, judged in the context of all of `text`. */
function escapeRange(text: string, from: number, to: number): string {
  let markdown = '';
  for (let offset = from; offset < to; offset++) {
    const char = text[offset]!;
    if (!SPECIAL.test(char) || !escapeAt(char, offset, text)) markdown += char;
    // An entity, not a backslash: Markdown.pl and pandoc's strict Markdown pass `\<` on as HTML.
    else markdown += char === '<' ? '&lt;' : `\\${char}`;
  }
  return markdown;
}

/** A piece of text inside a longer line of Markdown: escaped, on one line, not trimmed. */
export function markdownPiece(text: string): string {
  const flat = oneLine(text);
  let markdown = '';
  let cursor = 0;
  for (const link of flat.matchAll(LINK_LIKE)) {
    // Punctuation at the end belongs to the sentence, as GFM also reads it.
    const url = link[0].replace(/[.,:;!?"')\]*_~]+$/, '');
    markdown += escapeRange(flat, cursor, link.index) + codeSpan(url);
    cursor = link.index + url.length;
  }
  return markdown + escapeRange(flat, cursor, flat.length);
}

/**
 * Markdown that may stand at the start of a line (after a list marker or `> `): escapes what a
 * line start reads as a block (quote, list item, heading underline, pandoc's fancy lists, example
 * lists and definitions).
 */
export function markdownLineStart(markdown: string): string {
  if (/^[>+=:-]/.test(markdown)) return `\\${markdown}`;
  const list = /^(\d{1,9}|[a-z]|[ivxlcdm]+)[.)](?=\s|$)/i.exec(markdown);
  if (list) return `${list[1]}\\${markdown.slice(list[1]!.length)}`;
  if (/^\((\d{1,9}|[a-z]|[ivxlcdm]+)\)/i.test(markdown)) return `\\${markdown}`;
  return markdown;
}

/** Text from input as inline Markdown that renders as exactly that text (white space folded), anywhere in a line. */
export function markdownText(text: string): string {
  return markdownLineStart(markdownPiece(text.trim()));
}

/**
 * Text from input as a code span (an id, a hash, a pattern). A backtick inside gets a longer
 * fence. A `|` cannot be written inside a code span in a table in a way that both GFM and
 * pandoc read, so in `anywhere` such text is escaped text instead of code.
 */
export function markdownCode(text: string, where: 'anywhere' | 'outside-table' = 'anywhere'): string {
  const flat = oneLine(text).trim();
  if (flat === '' || (where === 'anywhere' && flat.includes('|'))) return markdownText(text);
  return codeSpan(flat);
}

/** A code span around text on one line, trimmed, not empty. */
function codeSpan(flat: string): string {
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  // One space on both sides is stripped again; it keeps a backtick at either end off the fence.
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** "Label (`id`)": a code or theme as the reports name it. */
export function labelWithId(label: string, id: string): string {
  return `${markdownText(label)} (${markdownCode(id)})`;
}
