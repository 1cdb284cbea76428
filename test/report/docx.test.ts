// report.docx opened as Word would: the package unzipped, word/document.xml read for headings,
// tables that fit their page, the chart images, quotes and their footnotes, and the appendix last.
// A table that fits only a landscape page is tested on its own, in the last block.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Block } from '../../src/report/document/model.js';
import { wordBlock } from '../../src/report/formats/docx/blocks.js';
import { PAGE } from '../../src/report/formats/docx/styles.js';
import { fakeIo, makeTempDir } from '../helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Code the demo corpus and report it as Word with `args`; the unzipped package. */
async function wordReport(results: string, ...args: string[]): Promise<Record<string, Uint8Array>> {
  const target = path.join(makeTempDir(), 'report');
  const io = fakeIo(root);
  expect(
    await run(['report', results, '--by', 'gemeente,rol', '--format', 'docx', '--out', target, '--quiet', ...args], io),
    io.err(),
  ).toBe(0);
  return unzipSync(readFileSync(path.join(target, 'report.docx')));
}

/** The paragraphs of document.xml in order: style and text. */
function paragraphs(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((match) => {
    const body = match[1] ?? match[2] ?? '';
    const text = [...body.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((part) => part[1]).join('');
    return {
      style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? 'Normal',
      text: text
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    };
  });
}

describe('rodedraad report --format docx on the demo corpus', { timeout: 30_000 }, () => {
  let results: string;
  let files: Record<string, Uint8Array>;
  let xml: string;
  beforeAll(async () => {
    results = path.join(makeTempDir(), 'results');
    const io = fakeIo(root);
    expect(await run(['code', 'fixtures/interviews', '--out', results, '--quiet'], io), io.err()).toBe(0);
    files = await wordReport(results, '--quote-label', '{rol}, {gemeente}');
    xml = strFromU8(files['word/document.xml']!);
  }, 60_000);

  it('uses Word heading styles: the title, chapters as Heading 1, their parts as Heading 2 and 3', () => {
    const styles = paragraphs(xml).map((paragraph) => paragraph.style);
    expect(styles[0]).toBe('Title');
    const headings = paragraphs(xml).filter((paragraph) => /^Heading\d$/.test(paragraph.style));
    expect(headings.filter((heading) => heading.style === 'Heading1').map((heading) => heading.text)).toEqual([
      'Samenvatting',
      "Thema's",
      'Codes',
      'Per gemeente',
      'Per rol',
      'Samenhang tussen codes',
      'Citaten',
      'Codeverzadiging',
      'Bijlage: verantwoording',
    ]);
    expect(headings.filter((heading) => heading.style === 'Heading2').map((heading) => heading.text)).toContain('Gehoord worden');
    expect(headings.filter((heading) => heading.style === 'Heading3').map((heading) => heading.text)).toContain(
      'Niet serieus genomen (niet-serieus-genomen)',
    );
    // The styles exist in styles.xml, named as Word names them, with the report's own beside them.
    const styles_ = strFromU8(files['word/styles.xml']!);
    for (const name of [
      'Title',
      'Heading 1',
      'Heading 2',
      'Heading 3',
      'Quote',
      'Quote Attribution',
      'Table Text',
      'Report Table',
      'Notice',
    ])
      expect(styles_).toContain(`<w:name w:val="${name}"/>`);
  });

  it('gives every table fixed column widths that add up to at most the text width of its page', () => {
    const sections = xml.match(/<w:sectPr/g) ?? [];
    const bodies = xml.split(/<w:sectPr(?:(?!<\/w:sectPr>).)*<\/w:sectPr>/s);
    const orientations = [...xml.matchAll(/<w:pgSz [^>]*>/g)].map((match) => (match[0].includes('landscape') ? 'landscape' : 'portrait'));
    expect(orientations).toHaveLength(sections.length);
    let tables = 0;
    bodies.forEach((body, index) => {
      const width = orientations[index] === 'landscape' ? PAGE.height - 2 * PAGE.margin : PAGE.width - 2 * PAGE.margin;
      for (const table of body.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)) {
        tables += 1;
        expect(table[1]).toContain('<w:tblStyle w:val="ReportTable"/>');
        expect(table[1]).toMatch(/<w:tblLayout w:type="fixed"\/>/);
        const grid = [...table[1]!.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((match) => Number(match[1]));
        expect(grid.length).toBeGreaterThan(0);
        expect(grid.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(width);
        for (const value of grid) expect(value).toBeGreaterThan(200);
        // The header row repeats on every page the table runs over.
        expect(table[1]).toContain('<w:tblHeader/>');
      }
    });
    // Themes, codes, two per grouping, two of co-occurrence, three of saturation, the hashes.
    expect(tables).toBe(12);
    // The nine-column code table fits a portrait page, its column for the code wider than for a number.
    const codes = [...bodies[0]!.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)][1]![1]!;
    const grid = [...codes.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((match) => Number(match[1]));
    expect(grid).toHaveLength(9);
    expect(grid[1]!).toBeGreaterThan(grid[3]!);
  });

  it('embeds every chart as a PNG with alternative text', () => {
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(5);
    for (const name of media) expect([...files[name]!.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const drawings = [...xml.matchAll(/<wp:docPr ([^>]*)>/g)].map((match) => match[1]!);
    expect(drawings).toHaveLength(5);
    expect(drawings[0]).toContain('title="Thema&apos;s: aandeel interviews waarin het thema voorkomt"');
    expect(new Set(drawings.map((attributes) => /id="(\d+)"/.exec(attributes)?.[1])).size).toBe(5);
  });

  it('sets quotes in the Quote style, attributed by the label, with the document and lines in a footnote', () => {
    const all = paragraphs(xml);
    const quotes = all.filter((paragraph) => paragraph.style === 'Quote');
    const attributions = all.filter((paragraph) => paragraph.style === 'QuoteAttribution');
    expect(quotes.length).toBeGreaterThan(20);
    expect(attributions).toHaveLength(quotes.length);
    for (const attribution of attributions)
      expect(attribution.text).toMatch(/^— (inwoner|mantelzorger|professional|vrijwilliger), Gemeente [A-D]$/);
    expect([...xml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)]).toHaveLength(quotes.length);
    const footnotes = strFromU8(files['word/footnotes.xml']!);
    expect(footnotes).toMatch(/<w:t[^>]*>R\d\d, r\. \d+(-\d+)?<\/w:t>/);
  });

  it('ends with the technical appendix on a page of its own: settings, codebook and transcript hashes', () => {
    const all = paragraphs(xml);
    const appendix = all.findIndex((paragraph) => paragraph.text === 'Bijlage: verantwoording');
    expect(all.slice(appendix + 1).filter((paragraph) => paragraph.style === 'Heading1')).toEqual([]);
    expect(xml.slice(xml.indexOf('Bijlage: verantwoording') - 200)).toMatch(/<w:pageBreakBefore\/>/);
    const tail = xml.slice(xml.indexOf('Bijlage: verantwoording'));
    expect(tail).toContain('citaten toegeschreven als: {rol}, {gemeente}');
    expect(tail).toMatch(/<w:t[^>]*>[0-9a-f]{64}<\/w:t>/);
    // Nothing but the hash table follows the last heading.
    expect(all.at(-1)?.style).not.toMatch(/^Heading/);
  });

  it('is the same bytes every time: fixed document properties, no timestamps', async () => {
    const again = await wordReport(results, '--quote-label', '{rol}, {gemeente}');
    expect(Object.keys(again)).toEqual(Object.keys(files));
    for (const name of Object.keys(files)) expect(Buffer.from(again[name]!).equals(Buffer.from(files[name]!)), name).toBe(true);
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain('>2000-01-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dc:creator>rodedraad</dc:creator>');
  });

  it('attributes quotes by document and lines without --quote-label, with no footnotes', async () => {
    const plain = await wordReport(results);
    const body = strFromU8(plain['word/document.xml']!);
    const attributions = paragraphs(body).filter((paragraph) => paragraph.style === 'QuoteAttribution');
    for (const attribution of attributions) expect(attribution.text).toMatch(/^— R\d\d, r\. \d+(-\d+)?$/);
    expect(body).not.toContain('<w:footnoteReference');
  });
});

describe('a table in Word', () => {
  const table = (columns: number): Block => ({
    kind: 'table',
    key: 1,
    columns: Array.from({ length: columns }, (_, index) => ({
      header: index === 0 ? 'thema' : `segmenten ${index}`,
      align: 'right' as const,
      numeric: index > 0,
    })),
    rows: [Array.from({ length: columns }, (_, index) => [{ kind: 'text' as const, text: index === 0 ? 'Gezien worden' : '100%' }])],
  });
  const chart = () => 1;

  it('stays on a portrait page while it fits, goes to a landscape page when only that fits, and is split beyond', () => {
    expect(wordBlock(table(5), chart)).toMatchObject({ landscape: false });
    expect(wordBlock(table(5), chart).children).toHaveLength(1);
    expect(wordBlock(table(10), chart)).toMatchObject({ landscape: true });
    expect(wordBlock(table(10), chart).children).toHaveLength(1);
    const split = wordBlock(table(30), chart);
    expect(split.landscape).toBe(false);
    // Parts with an empty paragraph between them, so Word keeps them apart.
    expect(split.children.length).toBeGreaterThan(2);
  });
});
