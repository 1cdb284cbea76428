import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { readQdpx } from '../../src/exchange/refi-qda/read-qdpx.js';
import { unzipEntries } from '../../src/exchange/refi-qda/unzip.js';
import type { TreeCodebook } from '../../src/export/codebook-tree.js';
import { guidOf } from '../../src/export/guid.js';
import type { QdpxProject } from '../../src/export/project-model.js';
import { writeQdc } from '../../src/export/write-qdc.js';
import { packQdpx } from '../../src/export/write-qdpx.js';

// The REFI-QDA 1.0 schemas, see test/fixtures/refi-qda/SOURCE.md.
const schema = (name: string) => [
  { fileName: name, contents: readFileSync(new URL(`../fixtures/refi-qda/schema/${name}`, import.meta.url), 'utf8') },
];

async function schemaErrors(xml: string, name: 'Project.xsd' | 'Codebook.xsd'): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'file.xml', contents: xml }], schema: schema(name) });
  return result.errors.map((error) => error.message);
}

const codebook: TreeCodebook = {
  id: 'test',
  title: 'Test & co',
  version: '1.0.0',
  language: 'nl',
  source: null,
  description: 'Een "codeboek" <voor> tests.',
  sha256: 'ab',
  themes: [
    {
      id: 'geholpen',
      label: 'Geholpen worden',
      description: null,
      codes: [
        {
          id: 'wachten',
          label: 'Wachten',
          definition: 'Lang wachten.',
          include: null,
          exclude: null,
          examples: [{ text: 'Een jaar wachtlijst.', expect: 'match' }],
        },
        { id: 'loket', label: 'Loket', definition: null, include: null, exclude: null, examples: [] },
      ],
    },
  ],
};

const text = 'R1: Ik wachtte 😀 op het loket.\r\nR1: Geen wachtlijst, zëker niet.';
const project: QdpxProject = {
  name: 'studie',
  origin: 'rodedraad test',
  user: 'rodedraad 0.0.0 (test)',
  description: 'Een project.',
  codebooks: [codebook],
  variables: [
    { name: 'gemeente', type: 'Text' },
    { name: 'leeftijd', type: 'Integer' },
    { name: 'datum', type: 'Date' },
  ],
  cases: [
    {
      documentId: 'R1',
      values: [
        { variable: 'gemeente', value: 'A' },
        { variable: 'leeftijd', value: '34' },
        { variable: 'datum', value: '2025-03-12' },
      ],
    },
  ],
  sources: [
    {
      documentId: 'R1',
      text,
      description: 'Transcript r1.md',
      selections: [
        {
          start: 4,
          end: 30,
          name: 'Ik wachtte',
          description: 'Wachten: "wachtte" via wacht*',
          codings: [
            { codeId: 'wachten', note: null },
            { codeId: 'loket', note: null },
          ],
        },
        { start: 36, end: 64, name: 'Geen wachtlijst', description: null, codings: [{ codeId: 'wachten', note: 'Ontkende vermelding.' }] },
      ],
    },
    { documentId: 'R2', text: 'Niets gecodeerd.', description: null, selections: [] },
  ],
};

describe('a REFI-QDA project written by rodedraad', () => {
  const archive = packQdpx(project);
  const contents = unzipEntries(archive.bytes, () => true);
  if (typeof contents === 'string') throw new Error(contents);
  const projectXml = new TextDecoder().decode(contents.files.get('project.qde'));

  it('is a zip of project.qde and its sources, sorted, with no date of its own', () => {
    expect(contents.names).toEqual(['project.qde', ...[...contents.names.slice(1)].sort()]);
    expect(contents.names.slice(1).every((name) => /^sources\/[0-9a-f-]{36}\.txt$/.test(name))).toBe(true);
    expect(contents.names).toHaveLength(3);
    expect(packQdpx(project).bytes).toEqual(archive.bytes);
    expect(archive.replaced).toBe(0);
  });

  it('validates against Project.xsd, and its codebook alone against Codebook.xsd', async () => {
    expect(await schemaErrors(projectXml, 'Project.xsd')).toEqual([]);
    expect(await schemaErrors(writeQdc([codebook], 'rodedraad test').xml, 'Codebook.xsd')).toEqual([]);
  });

  it('the validator does reject a project that breaks the schema', async () => {
    expect(await schemaErrors(projectXml.replace('<Users>', '<Users><Nobody/>'), 'Project.xsd')).not.toEqual([]);
  });

  it('keeps each source text byte for byte, CRLF and emoji included, with no byte-order mark', () => {
    const source = contents.names.find(
      (name) => name.startsWith('sources/') && new TextDecoder().decode(contents.files.get(name)).startsWith('R1'),
    )!;
    expect(contents.files.get(source)).toEqual(new TextEncoder().encode(text));
  });

  it('reads back with the project reader: codes under codebook and theme, spans, coder, notes, cases', () => {
    const read = readQdpx(archive.bytes, 'studie.qdpx');
    expect(read.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
    const result = read.project!;
    expect(result.codes.map((code) => [code.path.join(' > '), code.codable])).toEqual([
      ['Test & co', false],
      ['Test & co > Geholpen worden', false],
      ['Test & co > Geholpen worden > Wachten', true],
      ['Test & co > Geholpen worden > Loket', true],
    ]);
    expect(result.codes[2]).toMatchObject({
      id: guidOf('code', 'wachten'),
      description: 'Lang wachten.\n\nVoorbeelden:\n- Een jaar wachtlijst.\n\nrodedraad id: wachten',
    });
    expect(result.coders).toEqual([{ id: guidOf('user', 'rodedraad 0.0.0 (test)'), name: 'rodedraad 0.0.0 (test)' }]);
    // Code point positions 4..30 and 36..64 are UTF-16 4..31 and 37..65: the emoji counts once.
    const spans = result.spans.map((span) => [
      text.slice(span.start, span.end),
      result.codes.find((code) => code.id === span.codeId)!.name,
    ]);
    expect(spans).toEqual([
      ['Ik wachtte 😀 op het loket.', 'Wachten'],
      ['Ik wachtte 😀 op het loket.', 'Loket'],
      ['Geen wachtlijst, zëker niet.', 'Wachten'],
    ]);
    expect(result.sources.map((source) => [source.name, source.variables])).toEqual([
      ['R1', { gemeente: 'A', leeftijd: '34', datum: '2025-03-12' }],
      ['R2', {}],
    ]);
    expect(projectXml).toContain('<PlainTextContent>Ontkende vermelding.</PlainTextContent>');
    expect(projectXml).toMatch(
      /<Coding guid="[^"]+" creatingUser="[^"]+">\s*<CodeRef targetGUID="[^"]+"\/>\s*<NoteRef targetGUID="[^"]+"\/>/,
    );
  });
});
