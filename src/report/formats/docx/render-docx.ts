// report.docx: the report as a Word document with real heading styles, tables sized to an A4 page
// (wide ones on a landscape page, or split), the charts as images, quotes in the Quote style, their
// sources as footnotes, and the technical appendix last, on a page of its own.
import { unzipSync, zipSync } from 'fflate';
import {
  AlignmentType,
  Document,
  Footer,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
  type Table,
} from 'docx';
import type { Block, ReportDocument } from '../../document/model.js';
import { BULLETS, wordBlock, wordRuns } from './blocks.js';
import { PAGE, reportStyles, TABLE_STYLE } from './styles.js';

/** The date every report.docx carries as created and modified: the same input gives the same bytes. */
const FIXED_DATE = '2000-01-01T00:00:00Z';

/** report.docx as bytes. */
export async function renderDocx(report: ReportDocument): Promise<Uint8Array> {
  let charts = 0;
  const chartIndex = () => ++charts;
  const sections: ISectionOptions[] = [];
  let run: { landscape: boolean; children: (Paragraph | Table)[] } = {
    landscape: false,
    children: [new Paragraph({ heading: 'Title', children: [new TextRun(report.title)] })],
  };
  let lastWasHeading = false;
  const add = (block: Block, pageBreakBefore = false) => {
    const content =
      block.kind === 'heading' && pageBreakBefore
        ? { children: [new Paragraph({ heading: 'Heading1', pageBreakBefore: true, children: wordRuns(block.content) })], landscape: false }
        : wordBlock(block, chartIndex);
    if (content.landscape !== run.landscape) {
      // A heading right above a table on a landscape page goes with it.
      const heading = content.landscape && lastWasHeading ? run.children.splice(-1) : [];
      sections.push(section(run));
      run = { landscape: content.landscape, children: heading };
    }
    run.children.push(...content.children);
    lastWasHeading = block.kind === 'heading';
  };
  for (const block of report.body) add(block);
  for (const [index, block] of report.appendix.entries()) add(block, index === 0);
  sections.push(section(run));
  const document = new Document({
    title: report.title,
    creator: 'rodedraad',
    lastModifiedBy: 'rodedraad',
    description: report.title,
    revision: 1,
    styles: reportStyles(),
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: ['•', '–', '·'].map((text, level) => ({
            level,
            format: LevelFormat.BULLET,
            text,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
          })),
        },
      ],
    },
    footnotes: Object.fromEntries(
      report.notes.map((note) => [String(note.number), { children: [new Paragraph({ children: wordRuns(note.content) })] }]),
    ),
    sections,
  });
  return normalise(await Packer.toBuffer(document), report.language);
}

function section(run: { readonly landscape: boolean; readonly children: (Paragraph | Table)[] }): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: run.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
      },
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] }),
        ],
      }),
    },
    children: run.children,
  };
}

/**
 * The package made byte-for-byte reproducible: docx stamps the current time into the document's
 * properties and the zip entries, and gives some relationships random ids; here the time is fixed
 * and random ids are renumbered in order of appearance. The language is set on the default style, and the table style added.
 */
function normalise(bytes: Uint8Array, language: string): Uint8Array {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const texts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) texts.set(name, decoder.decode(data));
  const ids = new Map<string, string>();
  const all = [...texts.values()].join('\n');
  for (const match of all.matchAll(/\brId([a-z0-9_-]{21})\b/g)) if (!ids.has(match[1]!)) ids.set(match[1]!, `rIdR${ids.size + 1}`);
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    let text = texts.get(name);
    if (text === undefined) {
      out[name] = data;
      continue;
    }
    text = text.replace(/\brId([a-z0-9_-]{21})\b/g, (found, id: string) => ids.get(id) ?? found);
    if (name === 'docProps/core.xml') text = text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_DATE}`);
    if (name === 'word/styles.xml') {
      text = text
        .replace('<w:rPrDefault><w:rPr>', `<w:rPrDefault><w:rPr><w:lang w:val="${language === 'nl' ? 'nl-NL' : 'en-GB'}"/>`)
        .replace('</w:styles>', `${TABLE_STYLE}</w:styles>`);
    }
    out[name] = encoder.encode(text);
  }
  return zipSync(Object.fromEntries(Object.entries(out).map(([name, data]) => [name, [data, { mtime: new Date(FIXED_DATE) }]])), {
    level: 6,
  });
}
