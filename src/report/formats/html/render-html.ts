// report.html: one self-contained page (inline SVG and CSS, no scripts, nothing fetched), with a
// table of contents, readable on screen and in print.
import { escapeXml } from '../../charts/svg.js';
import { plainText, type Block, type Inlines, type ListItem, type ReportDocument } from '../../document/model.js';
import type { ReportTexts } from '../../texts.js';
import { REPORT_CSS } from './style.js';

// Nothing may be loaded from anywhere: inline styles and data images only.
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** report.html as text. */
export function renderHtml(report: ReportDocument, texts: ReportTexts): string {
  const ids = headingIds([...report.body, ...report.appendix]);
  // Each table is labelled by the heading above it, so the labels of scrolling regions differ.
  let heading = '';
  const render = (block: Block, id: string | null): string => {
    if (block.kind === 'heading') heading = plainText(block.content);
    return htmlBlock(block, id, heading);
  };
  const body = report.body.map((block, index) => render(block, ids.get(index) ?? null)).join('\n');
  const offset = report.body.length;
  const notes =
    report.notes.length === 0
      ? ''
      : `<h3 id="notes">${escapeXml(texts.notes)}</h3>\n<ol class="notes">${report.notes.map((note) => `<li id="note-${note.number}">${htmlInlines(note.content)} <a href="#ref-${note.number}" aria-label="${escapeXml(`↩ ${note.number}`)}">↩</a></li>`).join('')}</ol>`;
  const appendix = report.appendix.map((block, index) => render(block, ids.get(offset + index) ?? null)).join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeXml(report.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="rodedraad">',
    `<title>${escapeXml(report.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeXml(report.title)}</h1>`,
    contents([...report.body, ...report.appendix], ids, texts.contents, report.notes.length > 0 ? texts.notes : null),
    body,
    `<section class="appendix" aria-labelledby="${ids.get(offset) ?? ''}">`,
    appendix,
    notes,
    '</section>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** An id for every heading, from its text: readable anchors, unique within the page. */
function headingIds(blocks: readonly Block[]): Map<number, string> {
  const ids = new Map<number, string>();
  const used = new Set(['notes']);
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading') return;
    const base =
      plainText(block.content)
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60) || 'section';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(index, id);
  });
  return ids;
}

/** The table of contents: chapters, with their parts under them. */
function contents(blocks: readonly Block[], ids: ReadonlyMap<number, string>, title: string, notes: string | null): string {
  const chapters: { link: string; parts: string[] }[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading' || block.level > 3) return;
    const link = `<a href="#${ids.get(index)}">${htmlInlines(block.content)}</a>`;
    if (block.level === 2) chapters.push({ link, parts: [] });
    else chapters[chapters.length - 1]?.parts.push(link);
  });
  if (notes !== null) chapters[chapters.length - 1]?.parts.push(`<a href="#notes">${escapeXml(notes)}</a>`);
  const items = chapters.map(
    (chapter) =>
      `<li>${chapter.link}${chapter.parts.length === 0 ? '' : `<ol>${chapter.parts.map((part) => `<li>${part}</li>`).join('')}</ol>`}</li>`,
  );
  return `<nav class="contents" aria-labelledby="contents"><h2 id="contents">${escapeXml(title)}</h2><ol>${items.join('')}</ol></nav>`;
}

function htmlInlines(content: Inlines): string {
  return content
    .map((run) => {
      switch (run.kind) {
        case 'text':
          return escapeXml(run.text);
        case 'strong':
          return `<strong>${escapeXml(run.text)}</strong>`;
        case 'code':
          return `<code>${escapeXml(run.text)}</code>`;
        default:
          return noteReference(run.note);
      }
    })
    .join('');
}

function noteReference(note: number): string {
  return `<sup><a href="#note-${note}" id="ref-${note}">${note}</a></sup>`;
}

function htmlList(items: readonly ListItem[]): string {
  return `<ul>${items.map((entry) => `<li>${htmlInlines(entry.content)}${entry.items.length === 0 ? '' : htmlList(entry.items)}</li>`).join('')}</ul>`;
}

function htmlBlock(block: Block, id: string | null, heading: string): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level} id="${id}">${htmlInlines(block.content)}</h${block.level}>`;
    case 'paragraph':
      return block.strong === true ? `<p><strong>${htmlInlines(block.content)}</strong></p>` : `<p>${htmlInlines(block.content)}</p>`;
    case 'notice':
      return `<p class="notice">${htmlInlines(block.content)}</p>`;
    case 'list':
      return htmlList(block.items);
    case 'chart':
      return `<figure class="chart">\n${block.chart.svg.trimEnd()}\n</figure>`;
    case 'quote': {
      const note = block.note === null ? '' : noteReference(block.note);
      return `<figure class="quote"><blockquote><p>${htmlInlines(block.content)}</p></blockquote><figcaption>— ${htmlInlines(block.attribution)}${note}</figcaption></figure>`;
    }
    case 'table': {
      const cls = (index: number) => (block.columns[index]!.numeric ? ' class="number"' : '');
      const head = block.columns.map((column, index) => `<th scope="col"${cls(index)}>${escapeXml(column.header)}</th>`).join('');
      const rows = block.rows.map(
        (row) => `<tr>${block.columns.map((_, index) => `<td${cls(index)}>${htmlInlines(row[index] ?? [])}</td>`).join('')}</tr>`,
      );
      // A table wider than the page scrolls on its own; focusable, so it scrolls from the keyboard too.
      return `<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeXml(`${heading}: ${block.columns.map((column) => column.header).join(', ')}`)}"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
    }
  }
}
