import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCodebookXml } from '../../src/exchange/refi-qda/read-codebook.js';
import { readProjectXml } from '../../src/exchange/refi-qda/read-project.js';
import { readQdpx } from '../../src/exchange/refi-qda/read-qdpx.js';

// Real exports, see test/fixtures/refi-qda/SOURCE.md.
const sample = (name: string): Buffer => readFileSync(new URL(`../fixtures/refi-qda/${name}`, import.meta.url));

/** What a project document holds, counted on its raw text (independent of the reader). */
function countElements(xml: string): { sources: number; codes: number; selections: number; codings: number; users: number } {
  const count = (pattern: RegExp): number => xml.match(pattern)?.length ?? 0;
  return {
    sources: count(/<TextSource[\s>/]/g),
    codes: count(/<Code[\s>/]/g),
    selections: count(/<PlainTextSelection[\s>/]/g),
    codings: count(/<Coding[\s>/]/g),
    users: count(/<User[\s>/]/g),
  };
}

describe('REFI-QDA project samples are read with what their project.qde holds', () => {
  for (const name of ['qc__demo.qdpx', 'qc__nvivo_project.qdpx', 'rodedraad__atlas-like-project.qdpx']) {
    it(name, () => {
      const bytes = sample(name);
      const expected = countElements(strFromU8(unzipSync(bytes)['project.qde']!));
      const { project, diagnostics } = readQdpx(bytes, name);
      expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
      expect(project!.sources).toHaveLength(expected.sources);
      expect(project!.codes).toHaveLength(expected.codes);
      expect(project!.coders).toHaveLength(expected.users);
      // Every coding of every selection is one span; NVivo's export lost its codings.
      expect(project!.spans).toHaveLength(expected.codings);
      expect(new Set(project!.spans.map((span) => `${span.sourceId}:${span.start}:${span.end}`)).size).toBeLessThanOrEqual(
        expected.selections,
      );
    });
  }

  it('qc demo: 2 sources with their text, 158 selections, 205 codings, nested codes with paths', () => {
    const { project, diagnostics } = readQdpx(sample('qc__demo.qdpx'), 'qc__demo.qdpx');
    expect(countElements(strFromU8(unzipSync(sample('qc__demo.qdpx'))['project.qde']!))).toMatchObject({ selections: 158, codings: 205 });
    expect(project!.sources.map((source) => [source.name, source.text?.length])).toEqual([
      ['board_2017.txt', 52543],
      ['admin-1.txt', 31906],
    ]);
    expect(project!.spans).toHaveLength(205);
    const first = project!.spans[0]!;
    const board = project!.sources.find((source) => source.id === first.sourceId)!;
    expect(board.text!.slice(first.start, first.end)).toBe(
      'This district goal is engage every student in joyful, purposeful learning that \n',
    );
    expect(first.coderId).toBe('39633935-3331-3962-6632-373436373264');
    const programming = project!.codes.filter((code) => code.name === 'programming').map((code) => code.path.join(' > '));
    expect(programming).toEqual([
      'rq1_definition > competencies > programming',
      'rq1_definition > framings > cs_as_programming > programming',
    ]);
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['refi-path-assumed-internal']);
  });

  it('NVivo export: codebook kept, empty plain texts named with their .docx copies', () => {
    const { project, diagnostics } = readQdpx(sample('qc__nvivo_project.qdpx'), 'nvivo.qdpx');
    expect(project!.codes).toHaveLength(262);
    expect(project!.coders.map((coder) => coder.name)).toEqual(['chrisp', 'cp']);
    expect(diagnostics.map((diagnostic) => diagnostic.reason)).toEqual([
      'source "66653866-6334-3535-3435-366637306566" has an empty plain text (its rich-text copy d097e6fd-7671-4d95-a8b6-7795fa4a72e1.docx is not read)',
      'source "33663939-3636-3632-3038-613431643463" has an empty plain text (its rich-text copy e65f5ee2-9a55-47f1-bb0b-4921d8ce15c4.docx is not read)',
    ]);
  });

  it('ATLAS.ti-like export: users, nested codes, GUIDs in upper case read in lower case, no sources', () => {
    const bytes = sample('rodedraad__atlas-like-project.qdpx');
    // The archive holds exactly the hand-written project.qde beside it.
    expect(strFromU8(unzipSync(bytes)['project.qde']!)).toBe(sample('rodedraad__atlas-like-project.qde').toString('utf8'));
    const { project, diagnostics } = readQdpx(bytes, 'atlas.qdpx');
    expect(diagnostics).toEqual([]);
    expect(project!.coders.map((coder) => coder.name)).toEqual(['Onderzoeker Een', 'ATLAS.ti']);
    expect(project!.sources).toEqual([]);
    expect(project!.codes.map((code) => [code.id, code.path.join(' > '), code.parentId])).toEqual([
      ['1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d', 'Wachten', null],
      ['2b3c4d5e-6f7a-4b2c-9d3e-4f5a6b7c8d9e', 'Wachten > Wachtlijst', '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d'],
      ['3c4d5e6f-7a8b-4c3d-ae4f-5a6b7c8d9eaf', 'Wachten > Niemand belt terug', '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d'],
    ]);
  });

  it('f4 project.qde read alone: code with description, 4 sources skipped (no archive), memos not read as codings', () => {
    const xml = sample('openqda-refi-tools__f4-2025_valid-document.qde').toString('utf8');
    const { project, diagnostics } = readProjectXml(xml, 'f4.qde');
    expect(project!.codes).toEqual([
      {
        id: '206750b8-d3c8-4bc6-a922-5c8c1475f36f',
        name: 'Dies ist ein Test-Code',
        path: ['Dies ist ein Test-Code'],
        parentId: null,
        description: 'Dies ist der Kommentar vom Test-Code',
        codable: true,
      },
    ]);
    expect(project!.sources.map((source) => [source.name, source.text])).toEqual([
      ['Interview 15mins', null],
      ['Interview 30mins', null],
      ['Interview 60mins', null],
      ['testfile', null],
    ]);
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'refi-source-skipped')).toHaveLength(4);
    expect(diagnostics[0]!.reason).toContain('a project.qde read alone has no sources; read the .qdpx');
    expect(diagnostics.at(-1)!.reason).toBe('2 codings of skipped source "Interview 60mins" are not read');
  });
});

describe('REFI-QDA codebook samples', () => {
  const cases: [string, string[]][] = [
    [
      'openqda-refi-tools__example_codebook_EXCERPT.qdc',
      ['Negativ/Aufgeregt', 'Negativ/Aufgeregt > Rage', 'Negativ/Aufgeregt > Anger', 'Negativ/Ruhig', 'Negativ/Ruhig > Powerlessness'],
    ],
    ['requal__atlasti-win-23.4_codebook.qdc', ['code1']],
    ['taguette__expected_codebook_export.qdc', ['interesting', 'people', 'interesting\\places']],
  ];
  for (const [name, paths] of cases) {
    it(name, () => {
      const xml = sample(name).toString('utf8');
      const { codes, diagnostics } = readCodebookXml(xml, name);
      expect(codes!.map((code) => code.path.join(' > '))).toEqual(paths);
      expect(codes).toHaveLength(countElements(xml).codes);
      expect(diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
    });
  }

  it('ids that are not GUIDs are accepted and said once', () => {
    const { codes, diagnostics } = readCodebookXml(sample('openqda-refi-tools__example_codebook_EXCERPT.qdc').toString('utf8'), 'x.qdc');
    expect(codes!.map((code) => code.id)).toEqual(['c001', 'c21', 'c20', 'c002', 'c36']);
    expect(codes![0]!.description).toBe('All emotions with negative valence and positive arousal.');
    expect(diagnostics.map((diagnostic) => diagnostic.reason)).toEqual([
      '5 ids are not a GUID (e.g. "c001"); read as written, matched exactly',
    ]);
  });

  it('a project is not a codebook and vice versa: one clear error', () => {
    expect(readCodebookXml('<Other/>', 'x.qdc').diagnostics[0]!.reason).toBe('root element <Other> is not a REFI-QDA <CodeBook>');
    const read = readProjectXml(sample('requal__atlasti-win-23.4_codebook.qdc').toString('utf8'), 'x.qde');
    expect(read.project).toBeNull();
    expect(read.diagnostics[0]!.reason).toContain('(a codebook, .qdc, not a project)');
  });
});
