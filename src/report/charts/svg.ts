import { cutText } from '../../text/cut.js';
// Shared SVG building blocks for the report charts: escaping, coordinates, text layout, colour contrast.

/** Font size of ordinary chart text, in px. */
export const FONT_SIZE = 12;
/** Font size of tick labels and notes, in px. */
export const SMALL_SIZE = 11;
/** Line height of ordinary chart text, in px. */
export const LINE_HEIGHT = 15;
/** Outer margin of every chart, in px. */
export const MARGIN = 20;
/** Nominal chart width, in px. */
export const CHART_WIDTH = 760;
/** Colour of text, axes and reference lines. */
export const INK = '#1f1f1f';

const TITLE_SIZE = 16;
const TITLE_LINE = 21;
const LABEL_CHARS = 48;
const FONT_FAMILY = 'system-ui, "DejaVu Sans", Arial, sans-serif';
const STYLE = [
  `text { font-family: ${FONT_FAMILY}; font-size: ${FONT_SIZE}px; fill: ${INK}; }`,
  `.title { font-size: ${TITLE_SIZE}px; font-weight: 600; }`,
  `.heading { font-weight: 600; }`,
  `.tick, .note { font-size: ${SMALL_SIZE}px; fill: #444444; }`,
].join(' ');

// Characters XML 1.0 forbids, and lone surrogates: dropped so any label yields a valid document.
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** A coordinate with at most two decimals, never "-0" or "NaN". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Number.isFinite(rounded) && rounded !== 0 ? String(rounded) : '0';
}

/** A share clamped to 0..1; anything not a number counts as 0. */
export function clampShare(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

// Widths in em, rounded up from DejaVu Sans, the widest of the listed fonts, so labels are never cut off.
function charWidth(char: string): number {
  if (/[\s.,:;'!|iljI]/.test(char)) return 0.36;
  if (/[frt()[\]\-/]/.test(char)) return 0.45;
  if (/[mwMW%@…—]/.test(char)) return 1.02;
  if (/[A-Z]/.test(char)) return 0.8;
  return 0.65;
}

/** The estimated width of a line of text, in px. */
export function textWidth(text: string, fontSize: number = FONT_SIZE, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * (bold ? 1.1 : 1);
}

/** Text wrapped at word boundaries into lines of at most `maxWidth` px; a longer word keeps a line of its own. */
export function wrapText(text: string, maxWidth: number, fontSize: number = FONT_SIZE, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  return line === '' ? [''] : [...lines, line];
}

/** A label on one line, or split into two balanced lines when longer than 48 characters; the second cut with "…" if still too long. */
export function labelLines(label: string): string[] {
  const text = label.replace(/\s+/g, ' ').trim();
  if (text.length <= LABEL_CHARS) return [text];
  let best = -1;
  for (let index = text.indexOf(' '); index > 0; index = text.indexOf(' ', index + 1)) {
    if (best < 0 || Math.abs(text.length / 2 - index) < Math.abs(text.length / 2 - best)) best = index;
  }
  const cut = best > 0 && best <= LABEL_CHARS ? best : LABEL_CHARS;
  const first = text.slice(0, cut).trim();
  const rest = text.slice(cut).trim();
  return [first, rest.length <= LABEL_CHARS ? rest : `${cutText(rest, LABEL_CHARS - 1).trimEnd()}…`];
}

/** A `<text>` element with one `<tspan>` per line; `attributes` is raw, already escaped markup. */
export function textLines(x: number, y: number, lines: readonly string[], attributes = '', lineHeight = LINE_HEIGHT): string {
  const spans = lines.map((line, index) => `<tspan x="${num(x)}" dy="${index === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`);
  return `<text x="${num(x)}" y="${num(y)}"${attributes === '' ? '' : ` ${attributes}`}>${spans.join('')}</text>`;
}

/** Markup and the vertical space it takes. */
export interface Block {
  readonly svg: string;
  readonly height: number;
}

/** The chart title at the top, wrapped to `maxWidth`. */
export function renderTitle(title: string, x: number, y: number, maxWidth: number): Block {
  const lines = wrapText(title, maxWidth, TITLE_SIZE, true);
  return { svg: textLines(x, y + TITLE_SIZE, lines, 'class="title"', TITLE_LINE), height: lines.length * TITLE_LINE };
}

/** One legend entry: its symbol is drawn in an 18 × 12 px box whose top left corner is given. */
export interface LegendItem {
  readonly label: string;
  readonly symbol?: (x: number, y: number) => string;
}

/** Legend entries side by side, wrapping onto new rows within `maxWidth`. */
export function renderLegend(items: readonly LegendItem[], x: number, y: number, maxWidth: number): Block {
  const parts: string[] = [];
  let left = x;
  let top = y;
  for (const item of items) {
    const width = (item.symbol === undefined ? 0 : 24) + textWidth(item.label);
    if (left > x && left + width > x + maxWidth) {
      left = x;
      top += 20;
    }
    if (item.symbol !== undefined) parts.push(item.symbol(left, top + 3));
    parts.push(`<text x="${num(left + (item.symbol === undefined ? 0 : 24))}" y="${num(top + 13)}">${escapeXml(item.label)}</text>`);
    left += width + 20;
  }
  return { svg: `<g class="legend">${parts.join('')}</g>`, height: items.length === 0 ? 0 : top - y + 20 };
}

/** A stable id for the chart's elements, derived from its title and description (no random ids). */
export function chartId(title: string, desc: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${title}\n${desc}`) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return `chart-${hash.toString(36)}`;
}

/** A standalone SVG document with an accessible title and description, styles and a white background. */
export function svgDocument(width: number, height: number, title: string, desc: string, body: string): string {
  const id = chartId(title, desc);
  const size = `width="${num(width)}" height="${num(height)}"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(width)} ${num(height)}" ${size} role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<style>${STYLE}</style>`,
    `<rect class="background" x="0" y="0" ${size} fill="#ffffff"/>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}

/** An empty chart: a frame with a centred "—". */
export function emptyFrame(x: number, y: number, width: number, height: number): string {
  return (
    `<rect class="frame" x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="none" stroke="#bbbbbb"/>` +
    `<text class="note" x="${num(x + width / 2)}" y="${num(y + height / 2 + 4)}" text-anchor="middle">—</text>`
  );
}
