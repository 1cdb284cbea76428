import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTempDir, makeTree } from '../helpers.js';

const fixture = fileURLToPath(new URL('../fixtures/report-corpus/', import.meta.url));
const reportFiles = ['report.md', 'themes.csv', 'groups.csv', 'cooccurrence.csv', 'saturation.csv', 'saturation-curve.csv'];

/** Code the report corpus into a new folder and return that folder. */
async function codeReportCorpus(): Promise<string> {
  const out = path.join(makeTempDir(), 'results');
  const io = fakeIo(fixture);
  const code = await run(['code', 'interviews', '--codebook', 'codebook.yaml', '--out', out, '--quiet'], io);
  expect(code, io.err()).toBe(0);
  return out;
}

/** Run `rodedraad report` in-process with the results folder as working directory. */
async function report(results: string, ...args: string[]) {
  const io = fakeIo(results);
  const code = await run(['report', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** Run `rodedraad report <results>` from the folder above (a folder is never replaced from inside). */
async function reportAbove(results: string, ...args: string[]) {
  const io = fakeIo(path.dirname(results));
  const code = await run(['report', path.basename(results), ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const read = (folder: string, name: string) => readFileSync(path.join(folder, name), 'utf8');

describe('rodedraad report on the report corpus', () => {
  let results: string;
  beforeAll(async () => {
    results = await codeReportCorpus();
  });

  it('writes report.md, the CSV tables and the charts into the results folder, next to the coding', async () => {
    const { code, out, err } = await reportAbove(results, '--by', 'gemeente,rol');
    expect(code, err).toBe(0);
    expect(readdirSync(results).sort()).toEqual(
      [
        'codings.csv',
        'documents.csv',
        'matrix.csv',
        'result.json',
        'summary.md',
        ...reportFiles,
        'prevalence-themes.svg',
        'prevalence-codes.svg',
        'groups-gemeente.svg',
        'groups-rol.svg',
        'saturation.svg',
      ].sort(),
    );
    // stdout carries the report's summary section, as it stands in report.md.
    expect(out).toMatch(/^## Samenvatting\n/);
    expect(read(results, 'report.md')).toContain(out.trimEnd());
    expect(err).toMatch(/wrote the report into results\/: report\.md, themes\.csv/);
  });

  it('matches the expected report and tables exactly', async () => {
    const target = path.join(makeTempDir(), 'report');
    const { code, err } = await report(results, '.', '--by', 'gemeente,rol', '--out', target);
    expect(code, err).toBe(0);
    for (const name of reportFiles) {
      await expect(read(target, name)).toMatchFileSnapshot(`../fixtures/report-corpus/expected/${name}`);
    }
  });

  it('writes byte-identical files on a second run', async () => {
    const first = path.join(makeTempDir(), 'a');
    const second = path.join(makeTempDir(), 'b');
    expect((await report(results, '.', '--by', 'gemeente', '--out', first)).code).toBe(0);
    expect((await report(results, '.', '--by', 'gemeente', '--out', second)).code).toBe(0);
    const names = readdirSync(first).sort();
    expect(readdirSync(second).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(path.join(second, name)), name).toEqual(readFileSync(path.join(first, name)));
  });

  it('embeds every chart it writes, and each chart is well-formed SVG with one bar or cell per value', async () => {
    const target = path.join(makeTempDir(), 'charts');
    expect((await report(results, '.', '--by', 'gemeente', '--out', target)).code).toBe(0);
    const markdown = read(target, 'report.md');
    const svgs = readdirSync(target).filter((name) => name.endsWith('.svg'));
    expect(svgs.sort()).toEqual(['groups-gemeente.svg', 'prevalence-codes.svg', 'prevalence-themes.svg', 'saturation.svg']);
    for (const name of svgs) {
      expect(XMLValidator.validate(read(target, name)), name).toBe(true);
      expect(markdown).toContain(`](${name})`);
    }
    const result = JSON.parse(read(results, 'result.json')) as { codebooks: { themes: { codes: unknown[] }[] }[]; documents: unknown[] };
    const themeList = result.codebooks.flatMap((codebook) => codebook.themes);
    const themes = themeList.length;
    const codes = themeList.flatMap((theme) => theme.codes).length;
    expect(countElements(read(target, 'prevalence-codes.svg'), 'rect', 'bar')).toBe(codes);
    expect(countElements(read(target, 'prevalence-themes.svg'), 'rect', 'bar')).toBe(themes);
    // Two municipalities (Noord, Zuid) for every theme.
    expect(countElements(read(target, 'groups-gemeente.svg'), 'rect', 'cell')).toBe(themes * 2);
    expect(countElements(read(target, 'saturation.svg'), 'rect', 'bar')).toBe(result.documents.length);
    expect(countElements(read(target, 'saturation.svg'), 'path', 'cumulative')).toBe(1);
  });

  it('writes the report in English with --lang en', async () => {
    const target = path.join(makeTempDir(), 'en');
    const { code, out } = await report(results, '.', '--lang', 'en', '--out', target);
    expect(code).toBe(0);
    const markdown = read(target, 'report.md');
    expect(markdown).toMatch(/^# Red threads/m);
    expect(markdown).toContain('code saturation, not meaning saturation');
    expect(markdown).not.toMatch(/\b(rode draad|interviews waarin|Verzadiging)\b/);
    expect(out).not.toContain('rode draad');
  });

  it('exits 2 with one line for --by an attribute that no document has, and writes nothing', async () => {
    const target = path.join(makeTempDir(), 'none');
    const { code, out, err } = await report(results, '.', '--by', 'provincie', '--out', target);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('rodedraad: --by provincie: no document has this attribute; the documents have: datum, gemeente, rol\n');
    expect(existsSync(target)).toBe(false);
  });

  it.each([
    ['--min-share', '1.5', '--min-share must be a share from 0 to 1 (0.5 or 50%); found "1.5"'],
    ['--quotes', 'drie', '--quotes must be a whole number of at least 0; found "drie"'],
    ['--base-size', '0', '--base-size must be a whole number of at least 1; found "0"'],
    ['--lang', 'de', "option '--lang <lang>' argument 'de' is invalid. Allowed choices are nl, en."],
  ])('exits 2 for %s %s', async (flag, value, message) => {
    const { code, err } = await report(results, '.', flag, value, '--out', path.join(makeTempDir(), 'x'));
    expect(code).toBe(2);
    expect(err).toBe(`rodedraad: ${message}\n`);
  });
});

describe('rodedraad report: formats, quote labels, numbers for the reader', () => {
  let results: string;
  beforeAll(async () => {
    results = await codeReportCorpus();
  });

  it.each([
    ['--format', 'pdf', '--format must be one or more of md, docx, html, comma-separated; found "pdf"'],
    ['--quote-label', '{regio}, {rol}', '--quote-label: no document has {regio}; known: {id}, {datum}, {gemeente}, {rol}'],
    ['--quote-label', '{rol', '--quote-label "{rol": unpaired "{" at character 1; write attributes as {name}'],
    ['--quote-label', 'inwoner', '--quote-label "inwoner": names no attribute; write attributes as {name}, e.g. "{rol}, {gemeente}"'],
    ['--min-group-size', '0', '--min-group-size must be a whole number of at least 1; found "0"'],
  ])('exits 2 for %s %s and writes nothing', async (flag, value, message) => {
    const target = path.join(makeTempDir(), 'x');
    const { code, err } = await report(results, '.', flag, value, '--out', target);
    expect(code).toBe(2);
    expect(err).toBe(`rodedraad: ${message}\n`);
    expect(existsSync(target)).toBe(false);
  });

  it('writes only the formats asked for, beside the CSV tables and charts', async () => {
    const target = path.join(makeTempDir(), 'both');
    expect((await report(results, '.', '--format', 'html,docx', '--out', target, '-q')).code).toBe(0);
    const names = readdirSync(target);
    expect(names).toContain('report.docx');
    expect(names).toContain('report.html');
    expect(names).not.toContain('report.md');
    expect(names).toContain('themes.csv');
    expect(names).toContain('saturation.svg');
  });

  it('attributes quotes by their attributes with the source in a footnote, and warns about a quoted document without one', async () => {
    const target = path.join(makeTempDir(), 'label');
    const value = JSON.parse(read(results, 'result.json')) as { documents: { attributes: Record<string, unknown> }[] };
    delete value.documents[0]!.attributes['gemeente'];
    const folder = makeTempDir();
    writeFileSync(path.join(folder, 'result.json'), JSON.stringify(value));
    const { code, err } = await report(folder, '.', '--quote-label', '{rol} uit {gemeente}', '--out', target);
    expect(code, err).toBe(0);
    expect(err).toContain('--quote-label {gemeente}: 1 quoted document has no gemeente, written as "(onbekend)"');
    const markdown = read(target, 'report.md');
    expect(markdown).toMatch(/^> — inwoner uit \(onbekend\)\[\^\d+\]$/m);
    expect(markdown).toMatch(/^> — \w+ uit (Noord|Zuid)\[\^\d+\]$/m);
    // Every note is defined once, with the document and lines.
    const references = [...markdown.matchAll(/\[\^(\d+)\]$/gm)].map((match) => match[1]);
    const definitions = [...markdown.matchAll(/^\[\^(\d+)\]: R\d, r\. \d+(-\d+)?$/gm)].map((match) => match[1]);
    expect(references.length).toBeGreaterThan(0);
    expect(definitions).toEqual(references);
    expect(markdown).toContain('citaten toegeschreven als: \\{rol} uit \\{gemeente};');
  });

  it('writes Dutch numbers and dates with --lang nl, English ones with --lang en, and keeps the CSV machine-readable', async () => {
    const nl = path.join(makeTempDir(), 'nl');
    const en = path.join(makeTempDir(), 'en');
    expect((await report(results, '.', '--lang', 'nl', '--out', nl, '-q')).code).toBe(0);
    expect((await report(results, '.', '--lang', 'en', '--out', en, '-q')).code).toBe(0);
    const jaccard = (markdown: string) => [...markdown.matchAll(/\| (\d[.,]\d\d) \|$/gm)].map((match) => match[1]!);
    expect(jaccard(read(nl, 'report.md')).length).toBeGreaterThan(0);
    for (const value of jaccard(read(nl, 'report.md'))) expect(value).toMatch(/^\d,\d\d$/);
    for (const value of jaccard(read(en, 'report.md'))) expect(value).toMatch(/^\d\.\d\d$/);
    expect(read(nl, 'report.md')).toContain('| 3 februari 2025 |');
    expect(read(en, 'report.md')).toContain('| 3 February 2025 |');
    expect(read(nl, 'saturation-curve.csv')).toContain(',2025-02-03,');
    expect(read(nl, 'cooccurrence.csv')).toMatch(/,\d\.\d{3}\r\n/);
  });

  it('keeps the appendix a heading at the end, not a <details> element, and sizes separator rows by content', async () => {
    const target = path.join(makeTempDir(), 'md');
    expect((await report(results, '.', '--by', 'gemeente', '--out', target, '-q')).code).toBe(0);
    const markdown = read(target, 'report.md');
    expect(markdown).not.toContain('<details>');
    const headings = [...markdown.matchAll(/^## (.*)$/gm)].map((match) => match[1]);
    expect(headings.at(-1)).toBe('Bijlage: verantwoording');
    expect(markdown.slice(markdown.indexOf('## Bijlage'))).toContain('### Hashes van de transcripten');
    // The code table: the column of code labels gets more dashes than the column of ranks.
    const lines = markdown.split('\n');
    const rule = lines[lines.findIndex((line) => line.startsWith('| \\# | code |')) + 1]!;
    const dashes = rule
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.replace(':', '').length);
    expect(dashes).toHaveLength(9);
    expect(dashes[1]!).toBeGreaterThan(3 * dashes[0]!);
    expect(new Set(dashes).size).toBeGreaterThan(3);
  });
});

describe('rodedraad report on bad or thin input', () => {
  it('exits 2 when the folder has no result.json', async () => {
    const folder = makeTempDir();
    const { code, err } = await report(folder, '.');
    expect(code).toBe(2);
    expect(err).toBe('rodedraad: result.json: no such file; run rodedraad code first (rodedraad code <transcripts> --out .)\n');
  });

  it('exits 2 for a JSON file that rodedraad did not write', async () => {
    const folder = makeTempDir();
    writeFileSync(path.join(folder, 'result.json'), '{"name": "something else"}\n');
    const { code, err } = await report(folder, 'result.json');
    expect(code).toBe(2);
    expect(err).toBe(
      'rodedraad: result.json: not a rodedraad result (it has no "format": "rodedraad-result"); give the folder that rodedraad code wrote\n',
    );
  });

  it('exits 2 with the place of the syntax error for a result.json cut short', async () => {
    const results = await codeReportCorpus();
    const text = read(results, 'result.json');
    writeFileSync(path.join(results, 'result.json'), text.slice(0, 200));
    const { code, err } = await report(results, '.');
    expect(code).toBe(2);
    expect(err).toMatch(/^rodedraad: result\.json:\d+:\d+: not valid JSON; was it cut short\? Run rodedraad code again\n$/);
  });

  it('exits 2 for a result written by a newer, incompatible rodedraad', async () => {
    const results = await codeReportCorpus();
    const value = JSON.parse(read(results, 'result.json')) as { formatVersion: number; tool: { version: string } };
    value.formatVersion += 1;
    value.tool.version = '9.0.0';
    writeFileSync(path.join(results, 'result.json'), JSON.stringify(value));
    const { code, err } = await report(results, '.');
    expect(code).toBe(2);
    expect(err).toContain(
      `result.json: written by rodedraad 9.0.0 in result format ${value.formatVersion}; this rodedraad reads format ${value.formatVersion - 1}`,
    );
    expect(err.split('\n')).toHaveLength(2);
  });

  it('refuses an --out that would overwrite the result itself', async () => {
    const results = await codeReportCorpus();
    const before = read(results, 'result.json');
    const io = fakeIo(results);
    // A report never writes a result.json, but an --out pointing at the file is still refused clearly.
    const code = await run(['report', '.', '--out', path.join(results, 'result.json')], io);
    expect(code).toBe(2);
    expect(io.err()).toContain('--out must be a folder');
    expect(read(results, 'result.json')).toBe(before);
  });

  it('refuses an --out where it would overwrite a transcript of the result, also through a link, and writes nothing', async () => {
    const root = makeTree({
      'codebook.yaml': readFileSync(path.join(fixture, 'codebook.yaml'), 'utf8'),
      'interviews/r1.md': readFileSync(path.join(fixture, 'interviews/r1.md'), 'utf8'),
      // A transcript that happens to be called like the report.
      'interviews/report.md': readFileSync(path.join(fixture, 'interviews/r2.md'), 'utf8'),
    });
    symlinkSync('interviews', path.join(root, 'link'));
    const coding = fakeIo(root);
    expect(await run(['code', 'interviews', '-c', 'codebook.yaml', '-q'], coding), coding.err()).toBe(0);
    const transcript = read(path.join(root, 'interviews'), 'report.md');
    for (const out of ['interviews', 'link']) {
      const io = fakeIo(root);
      expect(await run(['report', 'rodedraad-out', '--out', out], io)).toBe(2);
      // The folder would be replaced as a whole: the first transcript inside it is named.
      expect(io.err()).toBe('rodedraad: interviews/r1.md: is an input and would be overwritten by the report; choose another --out\n');
      expect(read(path.join(root, 'interviews'), 'report.md')).toBe(transcript);
      expect(readdirSync(path.join(root, 'interviews')).sort()).toEqual(['r1.md', 'report.md']);
    }
  });

  it('writes one chart per --by attribute, also for attributes whose names differ only in spaces or case', async () => {
    const transcript = (id: string, values: string[]) =>
      `---\nid: ${id}\n"a b": ${values[0]}\na-b: ${values[1]}\nGemeente: ${values[2]}\ngemeente: ${values[3]}\n---\nI: Vraag?\n\n${id}: Ik stond op een wachtlijst.\n`;
    const root = makeTree({
      'codebook.yaml': readFileSync(path.join(fixture, 'codebook.yaml'), 'utf8'),
      'interviews/r1.md': transcript('R1', ['x', 'p', 'Noord', 'n']),
      'interviews/r2.md': transcript('R2', ['y', 'q', 'Zuid', 'z']),
    });
    const coding = fakeIo(root);
    expect(await run(['code', 'interviews', '-c', 'codebook.yaml', '-q'], coding), coding.err()).toBe(0);
    const names = async () => {
      const io = fakeIo(root);
      expect(await run(['report', 'rodedraad-out', '--by', 'a b,a-b,Gemeente,gemeente', '-q'], io), io.err()).toBe(0);
      return readdirSync(path.join(root, 'rodedraad-out')).filter((name) => name.startsWith('groups-'));
    };
    const charts = await names();
    expect(charts).toHaveLength(4);
    expect(await names()).toEqual(charts);
    const markdown = read(path.join(root, 'rodedraad-out'), 'report.md');
    for (const name of charts) expect(markdown).toContain(`](${name})`);
    // Each heading's chart shows its own groups.
    for (const [attribute, group] of [
      ['a b', 'x'],
      ['a-b', 'p'],
      ['Gemeente', 'Noord'],
      ['gemeente', 'n'],
    ]) {
      const section = markdown.split('\n## ').find((part) => part.startsWith(`Per ${attribute}\n`))!;
      const chart = /\]\((groups-[^)]+)\)/.exec(section)![1]!;
      expect(read(path.join(root, 'rodedraad-out'), chart)).toContain(`>${group}<`);
    }
  });

  it('refuses to write the report over the result file it reads', async () => {
    const results = await codeReportCorpus();
    const saved = path.join(makeTempDir(), 'report.md');
    writeFileSync(saved, read(results, 'result.json'));
    const io = fakeIo(path.dirname(saved));
    expect(await run(['report', 'report.md'], io)).toBe(2);
    expect(io.err()).toBe('rodedraad: report.md: is an input and would be overwritten by the report; choose another --out\n');
    expect(readFileSync(saved, 'utf8')).toBe(read(results, 'result.json'));
  });

  it('warns about documents without the --by attribute and groups them as unknown', async () => {
    const results = await codeReportCorpus();
    const value = JSON.parse(read(results, 'result.json')) as { documents: { attributes: Record<string, unknown> }[] };
    delete value.documents[0]!.attributes['rol'];
    writeFileSync(path.join(results, 'result.json'), JSON.stringify(value));
    const { code, err } = await reportAbove(results, '--by', 'rol');
    expect(code).toBe(0);
    expect(err).toContain(
      'results/result.json  warning  --by rol: 1 document has no rol and is grouped as "(onbekend)": R1  missing-attribute\n',
    );
    // In the CSV a missing value stays empty; the report names the group.
    expect(read(results, 'groups.csv')).toContain('\r\nrol,,1,theme,geholpen,,Geholpen worden,1,1.000\r\n');
    expect(read(results, 'report.md')).toContain('(onbekend)');
  });

  it('warns about a coding without any codes and still writes a report that says so', async () => {
    const results = await codeReportCorpus();
    const value = JSON.parse(read(results, 'result.json')) as { documents: { segments: { codings: unknown[] }[] }[] };
    for (const segment of value.documents.flatMap((document) => document.segments)) segment.codings = [];
    writeFileSync(path.join(results, 'result.json'), JSON.stringify(value));
    const { code, err } = await reportAbove(results);
    expect(code).toBe(0);
    expect(err).toContain(
      'results/result.json  warning  the result has no codings: the report says so and shows empty tables  empty-coding\n',
    );
    expect(read(results, 'report.md')).toContain('Er is geen enkele code gevonden: controleer het codeboek en de transcripten.');
  });
});

/** How many `<tag class="name">` elements an SVG holds, at any depth. */
function countElements(svg: string, tag: string, className: string): number {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });
  let count = 0;
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as Record<string, unknown>[]) {
      for (const [key, value] of Object.entries(node)) {
        if (key === ':@') continue;
        const attributes = (node[':@'] ?? {}) as Record<string, string>;
        if (key === tag && (attributes['class'] ?? '').split(/\s+/).includes(className)) count += 1;
        walk(value);
      }
    }
  };
  walk(parser.parse(svg));
  return count;
}

describe('the example report in docs/report-example', () => {
  it('is what rodedraad writes today for the demo corpus (regenerate with npm run example)', { timeout: 60_000 }, async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const results = path.join(makeTempDir(), 'results');
    const target = path.join(makeTempDir(), 'report');
    const coding = fakeIo(root);
    expect(await run(['code', 'fixtures/interviews', '--out', results, '--quiet'], coding), coding.err()).toBe(0);
    const reporting = fakeIo(root);
    const args = [
      'report',
      results,
      '--by',
      'gemeente,rol',
      '--format',
      'md,docx,html',
      '--quote-label',
      '{rol}, {gemeente}',
      '--out',
      target,
      '--quiet',
    ];
    expect(await run(args, reporting), reporting.err()).toBe(0);
    const example = path.join(root, 'docs', 'report-example');
    expect(readdirSync(example).sort()).toEqual(readdirSync(target).sort());
    for (const name of readdirSync(target))
      expect(readFileSync(path.join(example, name)).equals(readFileSync(path.join(target, name))), name).toBe(true);
  });
});
