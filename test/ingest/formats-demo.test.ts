import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodebooks } from '../../src/pipeline/load-codebooks.js';
import { readAttributesSheet } from '../../src/ingest/attributes-sheet.js';
import { listTranscriptFiles } from '../../src/ingest/list-files.js';
import { mergeSheetAttributes } from '../../src/ingest/merge-attributes.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { createCodingRun } from '../../src/pipeline/pipeline.js';
import type { CodedDocument } from '../../src/model/coding.js';
import { DEFAULT_INTERVIEWERS } from '../../src/model/segment.js';

const root = path.join(import.meta.dirname, '../..');

/** Code fixtures/formats/ in one run, as `rodedraad code fixtures/formats` does. */
async function codeDemo(): Promise<{ documents: CodedDocument[]; diagnostics: Diagnostic[] }> {
  const codebooks = await loadCodebooks(['scp-gezien-gehoord-geholpen'], root);
  const listed = await listTranscriptFiles(['fixtures/formats'], { cwd: root, exclude: [] });
  const diagnostics: Diagnostic[] = [...listed.diagnostics];
  const run = createCodingRun(codebooks, { unit: 'turn', includeInterviewer: false, interviewers: DEFAULT_INTERVIEWERS });
  const documents: CodedDocument[] = [];
  for await (const document of run.documents(listed.files, {
    diagnostic: (diagnostic) => diagnostics.push(diagnostic),
    progress: () => {},
  }))
    documents.push(document);
  return { documents, diagnostics };
}

const demo = codeDemo();

describe('fixtures/formats: every format in one run', () => {
  it('reads every transcript, with the segments and codings reviewed in expected.json', async () => {
    const { documents, diagnostics } = await demo;
    const shown = {
      documents: documents.map((document) => ({
        id: document.id,
        format: document.format,
        attributes: document.attributes,
        segments: document.segments.map((segment) => ({
          at: `${segment.index} ${segment.speaker ?? '-'} (${segment.role}) r. ${segment.start.line}-${segment.end.line}${segment.time ? ` @${segment.time}` : ''}`,
          text: segment.text,
          codes: segment.codings.map((coding) => `${coding.code.code.id}${coding.negated ? ' (ontkend)' : ''}`),
        })),
      })),
      diagnostics: diagnostics.map(
        (diagnostic) => `${diagnostic.file}:${diagnostic.place?.line ?? '-'} ${diagnostic.severity} ${diagnostic.ruleId}`,
      ),
    };
    await expect(`${JSON.stringify(shown, null, 2)}\n`).toMatchFileSnapshot('../fixtures/formats-demo/expected.json');
    expect(documents.map((document) => document.format)).toEqual([
      'markdown',
      'vtt',
      'text',
      'docx',
      'srt',
      'text',
      'text',
      'text',
      'text',
    ]);
  });

  it('gives the same codings for the same interview in .md, .docx, .vtt and .txt, apart from lines and times', async () => {
    const { documents } = await demo;
    const versions = ['r21-markdown', 'r21-word', 'r21-teams', 'r21-tekst'].map((id) => documents.find((document) => document.id === id)!);
    const codings = versions.map((document) =>
      document.segments.flatMap((segment) =>
        segment.codings.map((coding) => [
          segment.index,
          segment.speaker,
          segment.role,
          segment.section,
          coding.code.code.id,
          coding.negated,
          coding.hits,
          segment.text,
        ]),
      ),
    );
    expect(codings[0]!.length).toBeGreaterThan(5);
    for (const other of codings.slice(1)) expect(other).toEqual(codings[0]);
    expect(versions.map((document) => document.segments.map((segment) => segment.start.line).join(','))).toEqual([
      '8,10,13,15,17,19,22,24,27',
      '10,11,12,13,14,15,16,17,18',
      '12,16,24,28,32,36,44,48,56',
      '7,9,12,14,16,18,21,23,26',
    ]);
    expect(versions.map((document) => document.segments[1]!.time)).toEqual([null, null, '00:00:06.020', null]);
  });

  it('merges cases.csv into the documents without a conflict, and names the documents it has no row for', async () => {
    const { documents } = await demo;
    const { sheet, diagnostics: read } = await readAttributesSheet(
      path.join(root, 'fixtures/formats/cases.csv'),
      'fixtures/formats/cases.csv',
    );
    expect(read).toEqual([]);
    const { attributes, diagnostics } = mergeSheetAttributes(sheet!, documents);
    expect(attributes.map((merged, index) => [documents[index]!.id, merged['gemeente'], merged['rol']])).toEqual([
      ['r21-markdown', 'Gemeente E', 'inwoner'],
      ['r21-teams', 'Gemeente E', 'inwoner'],
      ['r21-tekst', 'Gemeente E', 'inwoner'],
      ['r21-word', 'Gemeente E', 'inwoner'],
      ['r22-zoom', 'Gemeente E', 'inwoner'],
      ['r23-otter', 'Gemeente F', 'inwoner'],
      ['r24-teams-export', 'Gemeente F', 'mantelzorger'],
      ['r25-amberscript', 'Gemeente F', 'inwoner'],
      ['r26-kladblok', 'Gemeente E', 'inwoner'],
    ]);
    expect(diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.ruleId])).toEqual([
      ['fixtures/formats/r21-markdown.md', 'attributes-missing-row'],
      ['fixtures/formats/r21-tekst.txt', 'attributes-missing-row'],
    ]);
  });
});
