import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { run } from '../../src/cli/run.js';
import { readCodebookXml } from '../../src/exchange/refi-qda/read-codebook.js';
import { readQdpx } from '../../src/exchange/refi-qda/read-qdpx.js';
import { unzipEntries } from '../../src/exchange/refi-qda/unzip.js';
import { guidOf } from '../../src/export/guid.js';
import type { CodingResult } from '../../src/model/result.js';
import { fakeIo, makeTempDir, makeTree } from '../helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = (name: string) => [
  { fileName: name, contents: readFileSync(new URL(`../fixtures/refi-qda/schema/${name}`, import.meta.url), 'utf8') },
];

async function schemaErrors(xml: string, name: 'Project.xsd' | 'Codebook.xsd'): Promise<string[]> {
  return (await validateXML({ xml: [{ fileName: 'file.xml', contents: xml }], schema: schema(name) })).errors.map((error) => error.message);
}

async function rodedraad(cwd: string, ...args: string[]) {
  const io = fakeIo(cwd);
  const code = await run([...args, '--no-color'], io);
  return { code, out: io.out(), err: io.err() };
}

function projectXml(file: string): string {
  const contents = unzipEntries(readFileSync(file), (name) => name === 'project.qde');
  if (typeof contents === 'string') throw new Error(contents);
  return new TextDecoder().decode(contents.files.get('project.qde'));
}

const readResult = (folder: string): CodingResult => JSON.parse(readFileSync(path.join(folder, 'result.json'), 'utf8')) as CodingResult;

/** Code the demo corpus once, from the repository root as a user would. */
const scratch = makeTempDir();
const results = path.join(scratch, 'results');
await run(['code', 'fixtures/interviews', '--out', results, '--quiet'], fakeIo(root));
const demo = readResult(results);

describe('rodedraad export --format qdpx: the demo corpus', () => {
  const study = path.join(scratch, 'study.qdpx');

  it('writes a project that validates against Project.xsd', async () => {
    const { code, err } = await rodedraad(root, 'export', results, '-o', study);
    expect(code, err).toBe(0);
    expect(err).toMatch(/✔ exported 16 documents and 475 codings \(codebook scp-gezien-gehoord-geholpen, 14 codes\) to .*study\.qdpx\n$/);
    expect(await schemaErrors(projectXml(study), 'Project.xsd')).toEqual([]);
  });

  it('reads back through the project reader with every coding of result.json on its segment, in code points', () => {
    const read = readQdpx(readFileSync(study), 'study.qdpx');
    const project = read.project!;
    const codeById = new Map(project.codes.map((code) => [code.id, code]));
    const expected: string[] = [];
    for (const document of demo.documents) {
      const text = readFileSync(path.join(root, document.file), 'utf8');
      const source = project.sources.find((entry) => entry.name === document.id)!;
      expect(source.text).toBe(text);
      for (const segment of document.segments) {
        for (const coding of segment.codings) {
          if (!coding.negated) expected.push(`${document.id} ${segment.start.offset}-${segment.end.offset} ${coding.code}`);
        }
      }
    }
    const idOf = new Map(demo.codebooks[0]!.themes.flatMap((theme) => theme.codes.map((code) => [guidOf('code', code.id), code.id])));
    const found = project.spans.map(
      (span) => `${project.sources.find((source) => source.id === span.sourceId)!.name} ${span.start}-${span.end} ${idOf.get(span.codeId)}`,
    );
    expect(found.sort()).toEqual(expected.sort());
    expect(project.spans.every((span) => codeById.get(span.codeId)!.path.length === 3)).toBe(true);
    expect(new Set(project.spans.map((span) => span.coderId))).toEqual(
      new Set([guidOf('user', 'rodedraad 0.1.0 (scp-gezien-gehoord-geholpen 1.1.0, sha256 fc78cf07d1c0)')]),
    );
    expect(project.coders[0]!.name).toBe(
      `rodedraad ${demo.tool.version} (scp-gezien-gehoord-geholpen 1.1.0, sha256 ${demo.codebooks[0]!.sha256.slice(0, 12)})`,
    );
  });

  it('gives each code its description with definition, guidance and examples, from the shipped codebook file', () => {
    const code = readQdpx(readFileSync(study), 'study.qdpx').project!.codes.find((entry) => entry.name === 'Wachten, hulp te laat')!;
    expect(code.id).toBe(guidOf('code', 'wachten-te-laat'));
    expect(code.path).toEqual(['Gezien, gehoord en geholpen', 'Geholpen worden', 'Wachten, hulp te laat']);
    expect(code.description).toMatch(
      /^De respondent [\s\S]*\n\nWel gebruiken: [\s\S]*\n\nNiet gebruiken: [\s\S]*\n\nVoorbeelden:\n- [\s\S]*\n\nGeen voorbeelden:\n- [\s\S]*\n\nrodedraad id: wachten-te-laat$/,
    );
    expect(code.description).toContain('\n- Ik wachtte even op de bus.');
  });

  it('carries the documents attributes as cases with typed variables', () => {
    const xml = projectXml(study);
    expect(xml).toContain(`<Variable guid="${guidOf('variable', 'datum')}" name="datum" typeOfVariable="Date"/>`);
    expect(xml).toContain('name="dienstjaren" typeOfVariable="Integer"');
    const project = readQdpx(readFileSync(study), 'study.qdpx').project!;
    expect(project.cases).toHaveLength(16);
    expect(project.sources.find((source) => source.name === 'R01')!.variables).toMatchObject({
      gemeente: 'Gemeente A',
      rol: 'inwoner',
      datum: '2025-02-18',
    });
  });

  it('agrees 1.0 with the original result.json in rodedraad agree', async () => {
    const out = path.join(scratch, 'agreement');
    const { code, err } = await rodedraad(root, 'agree', path.join(results, 'result.json'), study, '--out', out, '--quiet');
    expect(code, err).toBe(0);
    expect(err).toContain('micro F1 1.00, pooled kappa 1.00');
    const json = JSON.parse(readFileSync(path.join(out, 'agreement.json'), 'utf8')) as {
      overall: { microF1: number; pooledKappa: number };
      codes: unknown[];
    };
    expect(json.overall).toMatchObject({ microF1: 1, pooledKappa: 1 });
    expect(json.codes).toHaveLength(14);
  });

  it('is byte-identical when exported again, in another time zone and from another folder', async () => {
    const again = path.join(scratch, 'again', 'study.qdpx');
    const zone = process.env['TZ'];
    process.env['TZ'] = 'America/St_Johns';
    try {
      const { code, err } = await rodedraad(
        scratch,
        'export',
        'results',
        '-o',
        again,
        '--name',
        'study',
        '--transcripts',
        path.join(root, 'fixtures/interviews'),
      );
      expect(code, err).toBe(0);
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
    expect(readFileSync(again)).toEqual(readFileSync(study));
  });

  it('with --span hit selects the matched words, and agrees 1.0 when any overlap counts', async () => {
    const hits = path.join(scratch, 'hits.qdpx');
    expect((await rodedraad(root, 'export', results, '-o', hits, '--span', 'hit')).code).toBe(0);
    const project = readQdpx(readFileSync(hits), 'hits.qdpx').project!;
    const expected = demo.documents.flatMap((document) =>
      document.segments.flatMap((segment) =>
        segment.codings
          .filter((coding) => !coding.negated)
          .flatMap((coding) => coding.hits.map((hit) => `${document.id} ${hit.text} ${coding.code}`)),
      ),
    );
    const idOf = new Map(demo.codebooks[0]!.themes.flatMap((theme) => theme.codes.map((code) => [guidOf('code', code.id), code.id])));
    const found = project.spans.map((span) => {
      const source = project.sources.find((entry) => entry.id === span.sourceId)!;
      return `${source.name} ${source.text!.slice(span.start, span.end)} ${idOf.get(span.codeId)}`;
    });
    expect(new Set(found)).toEqual(new Set(expected));
    const out = path.join(scratch, 'agreement-hits');
    const { code, err } = await rodedraad(root, 'agree', results, hits, '--out', out, '--quiet', '--min-overlap', '1');
    expect(code, err).toBe(0);
    expect(err).toContain('micro F1 1.00, pooled kappa 1.00');
  });

  it('leaves negated mentions out by default, and with --negated writes each with a note', async () => {
    const negatedCount = demo.documents.flatMap((document) =>
      document.segments.flatMap((segment) => segment.codings.filter((coding) => coding.negated)),
    ).length;
    expect(negatedCount).toBeGreaterThan(0);
    expect(projectXml(study)).not.toContain('<Notes>');
    const withNegated = path.join(scratch, 'negated.qdpx');
    const { code, err } = await rodedraad(root, 'export', results, '-o', withNegated, '--negated');
    expect(code, err).toBe(0);
    expect(err).toContain(`${475 + negatedCount} codings`);
    const xml = projectXml(withNegated);
    expect(await schemaErrors(xml, 'Project.xsd')).toEqual([]);
    expect(xml.match(/<Note guid=/g)).toHaveLength(negatedCount);
    expect(xml).toMatch(
      /<PlainTextContent>Ontkende vermelding \(ontkenning: "[^"]+"\): rodedraad telt dit niet als bewijs voor "[^"]+"\. Bevestig of verwijder deze codering\.<\/PlainTextContent>/,
    );
    expect(readQdpx(readFileSync(withNegated), 'negated.qdpx').project!.spans).toHaveLength(475 + negatedCount);
  });
});

describe('rodedraad export: transcripts that changed or moved', () => {
  const corpus = () => {
    const folder = makeTempDir();
    cpSync(path.join(root, 'fixtures/interviews/gemeente-a'), path.join(folder, 'interviews'), { recursive: true });
    return folder;
  };

  it('refuses a transcript changed since coding, naming it, and writes nothing', async () => {
    const folder = corpus();
    expect((await rodedraad(folder, 'code', 'interviews', '--quiet')).code).toBe(0);
    const file = path.join(folder, 'interviews/r02-mantelzorger.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEen regel erbij.\n`);
    const { code, err } = await rodedraad(folder, 'export', 'rodedraad-out', '-o', 'study.qdpx');
    expect(code).toBe(2);
    expect(err).toContain('R02: interviews/r02-mantelzorger.md changed since it was coded (its sha256 differs)  export-transcript-changed');
    expect(err).toContain('1 transcript(s) are missing or changed since coding');
    expect(err).toContain('--stored-text');
    expect(readdirSync(folder).sort()).toEqual(['interviews', 'rodedraad-out']);
  });

  it('with --stored-text rebuilds that source from result.json, every coding on the words it coded', async () => {
    const folder = corpus();
    await rodedraad(folder, 'code', 'interviews', '--quiet');
    writeFileSync(path.join(folder, 'interviews/r02-mantelzorger.md'), 'weg');
    const { code, err } = await rodedraad(folder, 'export', 'rodedraad-out', '-o', 'study.qdpx', '--stored-text', '--span', 'hit');
    expect(code, err).toBe(0);
    expect(err).toContain(
      'R02: interviews/r02-mantelzorger.md changed since it was coded (its sha256 differs); its source is rebuilt from the segment texts in result.json (--stored-text)',
    );
    const result = readResult(path.join(folder, 'rodedraad-out'));
    const project = readQdpx(readFileSync(path.join(folder, 'study.qdpx')), 'study.qdpx').project!;
    const source = project.sources.find((entry) => entry.name === 'R02')!;
    // One selection per code and range: two patterns that hit the same words give one.
    const hits = [
      ...new Map(
        result.documents
          .find((document) => document.id === 'R02')!
          .segments.flatMap((segment) =>
            segment.codings
              .filter((coding) => !coding.negated)
              .flatMap((coding) => coding.hits.map((hit) => [`${coding.code} ${hit.sourceStart}-${hit.sourceEnd}`, hit.text] as const)),
          ),
      ).values(),
    ];
    const spans = project.spans.filter((span) => span.sourceId === source.id).map((span) => source.text!.slice(span.start, span.end));
    expect(spans.sort()).toEqual(hits.sort());
    expect(projectXml(path.join(folder, 'study.qdpx'))).toContain('deze tekst is opgebouwd uit de segmenten in result.json');
  });

  it('refuses a result.json whose positions do not fit the transcript (edited by hand), and writes nothing', async () => {
    const folder = corpus();
    await rodedraad(folder, 'code', 'interviews', '--quiet');
    const file = path.join(folder, 'rodedraad-out/result.json');
    const result = readResult(path.join(folder, 'rodedraad-out'));
    const segment = result.documents[0]!.segments.find((entry) => entry.codings.length > 0)!;
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(`"codePointStart":${segment.codePointStart},`, `"codePointStart":${segment.codePointStart + 1},`),
    );
    const { code, err } = await rodedraad(folder, 'export', 'rodedraad-out', '-o', 'study.qdpx');
    expect(code).toBe(2);
    expect(err).toContain(
      `R01: segment ${segment.index} starts at code point ${segment.codePointStart + 1} in result.json but at ${segment.codePointStart} in the transcript; result.json does not fit the transcript (was it edited?); run rodedraad code again  export-position`,
    );
    expect(existsSync(path.join(folder, 'study.qdpx'))).toBe(false);
  });

  it('finds moved transcripts with --transcripts, checked by sha256', async () => {
    const folder = corpus();
    await rodedraad(folder, 'code', 'interviews', '--quiet');
    renameSync(path.join(folder, 'interviews'), path.join(folder, 'verplaatst'));
    expect((await rodedraad(folder, 'export', 'rodedraad-out', '-o', 'a.qdpx')).code).toBe(2);
    const { code, err } = await rodedraad(folder, 'export', 'rodedraad-out', '-o', 'a.qdpx', '--transcripts', 'verplaatst');
    expect(code, err).toBe(0);
    expect(readQdpx(readFileSync(path.join(folder, 'a.qdpx')), 'a.qdpx').project!.sources).toHaveLength(4);
  });

  it('finds the transcripts from the folder above the results when run elsewhere', async () => {
    const folder = corpus();
    await rodedraad(folder, 'code', 'interviews', '--quiet');
    const elsewhere = makeTempDir();
    const { code, err } = await rodedraad(elsewhere, 'export', path.join(folder, 'rodedraad-out'));
    expect(code, err).toBe(0);
    expect(existsSync(path.join(elsewhere, 'rodedraad-out.qdpx'))).toBe(true);
  });
});

describe('rodedraad export: transcripts in other formats and encodings', () => {
  it('exports Word, subtitle and text transcripts as the text rodedraad segmented, every coding on its segment', async () => {
    const folder = makeTempDir();
    expect((await rodedraad(root, 'code', 'fixtures/formats', '--out', path.join(folder, 'out'), '--quiet')).code).toBe(0);
    const { code, err } = await rodedraad(root, 'export', path.join(folder, 'out'), '-o', path.join(folder, 'formats.qdpx'));
    expect(code, err).toBe(0);
    const result = readResult(path.join(folder, 'out'));
    const project = readQdpx(readFileSync(path.join(folder, 'formats.qdpx')), 'formats.qdpx').project!;
    expect(new Set(result.documents.map((document) => document.format))).toEqual(new Set(['docx', 'vtt', 'srt', 'markdown', 'text']));
    for (const document of result.documents) {
      const source = project.sources.find((entry) => entry.name === document.id)!;
      const codings = document.segments.flatMap((segment) => segment.codings.filter((coding) => !coding.negated).map(() => segment));
      const spans = project.spans.filter((span) => span.sourceId === source.id);
      expect(spans).toHaveLength(codings.length);
      // A segment's text is its stretch of the source, markup aside: every word of it is in the selection.
      for (const span of spans) {
        const segment = document.segments.find((entry) => entry.start.offset === span.start && entry.end.offset === span.end)!;
        const words = segment.text.split(/\s+/).filter((word) => /^[\p{L}]+$/u.test(word));
        for (const word of words) expect(source.text!.slice(span.start, span.end)).toContain(word);
      }
    }
    const word = project.sources.find((entry) => entry.name === result.documents.find((document) => document.format === 'docx')!.id)!;
    expect(word.text!.startsWith('PK')).toBe(false);
  });

  it('decodes a Windows-1252 transcript as code did (--encoding is recorded) and writes it as UTF-8', async () => {
    const text = '**R1:** Ik voelde me geïsoleerd, écht waar, en stond op een wachtlijst.\n';
    const folder = makeTree({ 'r1.md': Buffer.from(text, 'latin1') });
    expect((await rodedraad(folder, 'code', 'r1.md', '--encoding', 'windows-1252', '--quiet')).code).toBe(0);
    const { code, err } = await rodedraad(folder, 'export', 'rodedraad-out', '-o', 'r1.qdpx');
    expect(code, err).toBe(0);
    const contents = unzipEntries(readFileSync(path.join(folder, 'r1.qdpx')), (name) => name.startsWith('sources/'));
    if (typeof contents === 'string') throw new Error(contents);
    expect([...contents.files.values()].map((bytes) => new TextDecoder('utf-8', { fatal: true }).decode(bytes))).toEqual([text]);
  });
});

describe('rodedraad export: text that is not ASCII keeps every position exact', () => {
  const codebook = `id: tekens
title: Tekens
version: 1.0.0
language: nl
themes:
  - id: hulp
    label: Hulp
    codes:
      - id: wachten
        label: Wachten
        definition: Lang wachten.
        match: [wachtlijst, geïsoleerd]
        negation: flag
      - id: emoji
        label: Emoji
        definition: Blij.
        match: [blij]
`;
  const transcript = (lineEnd: string) =>
    [
      '---',
      'id: R1',
      'gemeente: Gemeente Ë',
      '---',
      '',
      '**I:** Hoe ging het? 😀',
      '',
      '**R1:** Ik stond 👍🏽 op de wachtlijst, écht lang. Ik voelde me geïsoleerd. Daarna was ik blij 🎉 en daarna weer blij.',
      '',
      '**I:** En toen?',
      '',
      '**R1:** Geen wachtlijst meer 😀 gelukkig, ik ben blij.',
      '',
    ].join(lineEnd);

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('%s: every selection, by segment and by hit, covers exactly the text it codes', async (_name, lineEnd) => {
    const folder = makeTree({
      'codebook.yaml': codebook,
      'r1.md': transcript(lineEnd),
      'r2.txt': `R2: Geïsoleerd 🙈 en blij${lineEnd}I: Ja?${lineEnd}R2: wachtlijst 👍 wachtlijst${lineEnd}`,
    });
    expect((await rodedraad(folder, 'code', 'r1.md', 'r2.txt', '-c', 'codebook.yaml', '--quiet')).code).toBe(0);
    const result = readResult(path.join(folder, 'rodedraad-out'));
    for (const span of ['segment', 'hit'] as const) {
      const file = path.join(folder, `${span}.qdpx`);
      const { code, err } = await rodedraad(folder, 'export', 'rodedraad-out', '-o', file, '--span', span, '--negated');
      expect(code, err).toBe(0);
      const xml = projectXml(file);
      expect(await schemaErrors(xml, 'Project.xsd')).toEqual([]);
      const project = readQdpx(readFileSync(file), file).project!;
      const expected: string[] = [];
      for (const document of result.documents) {
        const text = readFileSync(path.join(folder, document.file), 'utf8');
        for (const segment of document.segments) {
          for (const coding of segment.codings) {
            if (span === 'segment') expected.push(`${document.id}|${text.slice(segment.start.offset, segment.end.offset)}`);
            else expected.push(...coding.hits.map((hit) => `${document.id}|${hit.text}`));
          }
        }
      }
      const found = project.spans.map((entry) => {
        const source = project.sources.find((candidate) => candidate.id === entry.sourceId)!;
        return `${source.name}|${source.text!.slice(entry.start, entry.end)}`;
      });
      expect(found.sort()).toEqual(expected.sort());
      // The positions in the file are code points: count them by hand for each selection.
      for (const [, start, end] of xml.matchAll(/startPosition="(\d+)" endPosition="(\d+)"/g))
        expect(Number(start)).toBeLessThan(Number(end));
      const r1 = project.sources.find((source) => source.name === 'R1')!;
      const first = xml.match(/<TextSource guid="[^"]+" name="R1"[\s\S]*?startPosition="(\d+)"/)!;
      const firstSpan = project.spans.find((entry) => entry.sourceId === r1.id)!;
      expect(Number(first[1])).toBe(Array.from(r1.text!.slice(0, firstSpan.start)).length);
    }
  });
});

describe('rodedraad export: codebooks (.qdc) and bad requests', () => {
  it('writes a shipped codebook as .qdc to standard output, valid against Codebook.xsd', async () => {
    const { code, out, err } = await rodedraad(root, 'export', '--format', 'qdc', '-c', 'sociale-basis');
    expect(code, err).toBe(0);
    expect(await schemaErrors(out, 'Codebook.xsd')).toEqual([]);
    const read = readCodebookXml(out, 'stdout');
    expect(read.codes!.filter((entry) => entry.codable)).toHaveLength(14);
    expect(read.codes![0]).toMatchObject({ name: 'Sociale basis: van verhelpen naar voorkomen', codable: false });
  });

  it.each(['leefgebieden', 'psd-leerthemas', 'scp-gezien-gehoord-geholpen', 'sociale-basis'])(
    'the shipped codebook %s exports valid against Codebook.xsd',
    async (name) => {
      const { code, out } = await rodedraad(root, 'export', '-f', 'qdc', '-c', name);
      expect(code).toBe(0);
      expect(await schemaErrors(out, 'Codebook.xsd')).toEqual([]);
    },
  );

  it('keeps two codebooks with the same id apart, each code with its own GUID, all four shipped ones together too', async () => {
    const folder = makeTree({ 'a.yaml': readFileSync(path.join(root, 'codebooks/leefgebieden.yaml'), 'utf8') });
    const copy = readFileSync(path.join(root, 'codebooks/sociale-basis.yaml'), 'utf8').replace(/^id: sociale-basis$/m, 'id: leefgebieden');
    writeFileSync(path.join(folder, 'b.yaml'), copy);
    const { code, out, err } = await rodedraad(folder, 'export', '-f', 'qdc', '-c', 'a.yaml', '-c', 'b.yaml');
    expect(code, err).toBe(0);
    const guids = [...out.matchAll(/ guid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(guids).size).toBe(guids.length);
    const all = await rodedraad(
      root,
      'export',
      '-f',
      'qdc',
      '-c',
      'leefgebieden',
      '-c',
      'psd-leerthemas',
      '-c',
      'scp-gezien-gehoord-geholpen',
      '-c',
      'sociale-basis',
    );
    expect(await schemaErrors(all.out, 'Codebook.xsd')).toEqual([]);
    expect(readCodebookXml(all.out, 'all').codes!.filter((entry) => !entry.codable && entry.parentId === null)).toHaveLength(4);
  });

  it('writes the codebooks of a result as .qdc, the same as from the codebook file', async () => {
    const folder = makeTempDir();
    const fromResult = await rodedraad(folder, 'export', results, '--format', 'qdc', '-o', 'uit-resultaat.qdc');
    expect(fromResult.code, fromResult.err).toBe(0);
    const fromFile = await rodedraad(folder, 'export', '-f', 'qdc', '-c', 'scp-gezien-gehoord-geholpen');
    expect(readFileSync(path.join(folder, 'uit-resultaat.qdc'), 'utf8')).toBe(fromFile.out);
  });

  it('describes codes by their definitions alone, with a warning, when the codebook file is gone', async () => {
    const folder = makeTree({
      'codebook.yaml': readFileSync(path.join(root, 'codebooks/scp-gezien-gehoord-geholpen.yaml'), 'utf8').replace(
        'id: scp-gezien-gehoord-geholpen',
        'id: eigen',
      ),
      'r1.md': '**R1:** Ik stond op een wachtlijst.\n',
    });
    await rodedraad(folder, 'code', 'r1.md', '-c', 'codebook.yaml', '--quiet');
    writeFileSync(path.join(folder, 'codebook.yaml'), 'veranderd');
    const { code, err } = await rodedraad(folder, 'export', 'rodedraad-out', '-o', 's.qdpx');
    expect(code, err).toBe(0);
    expect(err).toContain('codebook eigen: codebook.yaml was not found as it was when coding (same sha256)');
    const wachten = readQdpx(readFileSync(path.join(folder, 's.qdpx')), 's').project!.codes.find(
      (entry) => entry.name === 'Wachten, hulp te laat',
    )!;
    expect(wachten.description).not.toContain('Wel gebruiken');
    expect(wachten.description).toMatch(/^De respondent [\s\S]*\n\nrodedraad id: wachten-te-laat$/);
  });

  it.each([
    [['export', '--format', 'qdc'], 'export --format qdc needs a codebook (-c <file|name>) or a result folder'],
    [['export'], 'export --format qdpx needs the result folder of rodedraad code'],
    [['export', 'RESULTS', '-o', 'study.zip'], '--out study.zip: the file must end in .qdpx, the extension QDA tools open'],
    [['export', '-f', 'qdc', '-c', 'sociale-basis', '-o', 'codebook.xml'], '--out codebook.xml: the file must end in .qdc'],
    [['export', 'RESULTS', '--format', 'pdf'], "option '-f, --format <format>' argument 'pdf' is invalid"],
  ])('refuses %j with a clear message and exit 2', async (args, message) => {
    const folder = makeTempDir();
    const { code, err } = await rodedraad(folder, ...args.map((arg) => (arg === 'RESULTS' ? results : arg)));
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a folder as --out, and replaces an earlier export all at once', async () => {
    const folder = makeTempDir();
    mkdirSync(path.join(folder, 'map.qdpx'));
    const refused = await rodedraad(root, 'export', results, '-o', path.join(folder, 'map.qdpx'));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('map.qdpx: is a folder; name the file to write');
    writeFileSync(path.join(folder, 'oud.qdpx'), 'old');
    expect((await rodedraad(root, 'export', results, '-o', path.join(folder, 'oud.qdpx'))).code).toBe(0);
    expect(readQdpx(readFileSync(path.join(folder, 'oud.qdpx')), 'oud').project!.sources).toHaveLength(16);
    expect(readdirSync(folder).sort()).toEqual(['map.qdpx', 'oud.qdpx']);
  });
});
