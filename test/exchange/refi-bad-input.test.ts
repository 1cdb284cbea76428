import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { readQdpx } from '../../src/exchange/refi-qda/read-qdpx.js';

const CODE_A = '0a1b2c3d-0000-4000-8000-00000000000a';
const CODE_B = '0a1b2c3d-0000-4000-8000-00000000000b';
const USER = '0a1b2c3d-0000-4000-8000-0000000000ff';
const SOURCE = '0a1b2c3d-0000-4000-8000-000000000001';

/** A project.qde with two codes (B nested in A), one user and the given sources. */
function project(sources: string, extra = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="test" origin="hand">
  <Users><User guid="${USER}" name="Anna"/></Users>
  <CodeBook><Codes>
    <Code guid="${CODE_A}" name="Theme" isCodable="false"><Code guid="{${CODE_B.toUpperCase()}}" name="Code" isCodable="true"/></Code>
  </Codes></CodeBook>
  ${extra}
  <Sources>${sources}</Sources>
</Project>`;
}

/** A coded selection of code B (code point offsets). */
function selection(start: number | string, end: number | string, code = CODE_B, id = 'sel'): string {
  return `<PlainTextSelection guid="${id}" name="${id}" startPosition="${start}" endPosition="${end}">
    <Coding guid="c-${id}" creatingUser="${USER}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
}

function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, value]) => [name, typeof value === 'string' ? strToU8(value) : value])),
  );
}

const reasons = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.map((diagnostic) => `${diagnostic.severity} ${diagnostic.ruleId}: ${diagnostic.reason}`);

describe('a .qdpx that cannot be read gives one clear error, never a throw', () => {
  it('not a zip', () => {
    const { project: read, diagnostics } = readQdpx(strToU8('<Project/>'), 'plain.qdpx');
    expect(read).toBeNull();
    expect(reasons(diagnostics)).toEqual(['error refi-not-zip: not a zip archive (a .qdpx file is a zip holding project.qde)']);
    expect(diagnostics[0]!.file).toBe('plain.qdpx');
  });

  it('a zip without project.qde', () => {
    const { project: read, diagnostics } = readQdpx(zip({ 'sources/a.txt': 'x', 'notes.md': 'y' }), 'empty.qdpx');
    expect(read).toBeNull();
    expect(reasons(diagnostics)).toEqual([
      'error refi-no-project: no project.qde in the archive (it holds sources/a.txt, notes.md); is this a REFI-QDA project export?',
    ]);
  });

  it('project.qde that is not well-formed XML names line and column', () => {
    const { diagnostics } = readQdpx(zip({ 'project.qde': '<Project>\n  <Users>\n</Project>' }), 'bad.qdpx');
    expect(diagnostics[0]!.ruleId).toBe('refi-bad-xml');
    expect(diagnostics[0]!.reason).toMatch(/^project\.qde is not well-formed XML at line 3, column \d+: /);
  });

  it('a zip bomb: project.qde that inflates past the limit is not inflated further', () => {
    const bomb = zipSync({ 'project.qde': new Uint8Array(20_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const { project: read, diagnostics } = readQdpx(bomb, 'bomb.qdpx', { maxEntryBytes: 1_000_000, maxTotalBytes: 2_000_000 });
    expect(read).toBeNull();
    expect(reasons(diagnostics)).toEqual([
      'error refi-zip-limit: project.qde inflates to more than 1000000 bytes for one file; not read (a damaged or crafted archive?)',
    ]);
  });

  it('a source text past the total limit is skipped, the rest is read', () => {
    const bytes = zip({
      'project.qde': project(`<TextSource guid="${SOURCE}" name="big" plainTextPath="internal://big.txt">${selection(0, 3)}</TextSource>`),
      'sources/big.txt': 'x'.repeat(5000),
    });
    const { project: read, diagnostics } = readQdpx(bytes, 'p.qdpx', { maxEntryBytes: 10_000, maxTotalBytes: 4_000 });
    expect(read!.codes).toHaveLength(2);
    expect(reasons(diagnostics)).toEqual([
      'warning refi-source-skipped: source "big" is skipped: inflates to more than 4000 bytes in all; not read (a damaged or crafted archive?)',
      'warning refi-coding-skipped: 1 codings of skipped source "big" are not read',
    ]);
  });

  it('truncated and corrupted archives never throw', () => {
    const bytes = readFileSync(new URL('../fixtures/refi-qda/qc__demo.qdpx', import.meta.url));
    for (let cut = 0; cut < bytes.length; cut += 997) {
      expect(() => readQdpx(bytes.subarray(0, cut), 'cut.qdpx')).not.toThrow();
    }
    const flipped = Uint8Array.from(bytes);
    for (let at = 40; at < flipped.length; at += 1009) flipped[at] = flipped[at]! ^ 0xff;
    const { diagnostics } = readQdpx(flipped, 'flipped.qdpx');
    expect(diagnostics.length).toBeGreaterThan(0);
  });
});

describe('a readable .qdpx with bad parts: warnings, and the rest is read', () => {
  it('a source whose text file is missing: skipped with its codings', () => {
    const bytes = zip({
      'project.qde': project(
        `<TextSource guid="${SOURCE}" name="R01" plainTextPath="internal://${SOURCE}.txt">${selection(0, 4)}</TextSource>`,
      ),
    });
    const { project: read, diagnostics } = readQdpx(bytes, 'p.qdpx');
    expect(read!.sources).toEqual([{ id: SOURCE, name: 'R01', text: null, variables: {} }]);
    expect(read!.spans).toEqual([]);
    expect(reasons(diagnostics)).toEqual([
      `warning refi-source-skipped: source "R01" is skipped: its text file ${SOURCE}.txt is not in the archive`,
      'warning refi-coding-skipped: 1 codings of skipped source "R01" are not read',
    ]);
  });

  it('selections outside the text, backwards or not numbers are skipped; one past the end is cut', () => {
    const selections = [
      selection(0, 5, CODE_B, 'ok'),
      selection(8, 99, CODE_B, 'long'),
      selection(20, 30, CODE_B, 'after'),
      selection(5, 2, CODE_B, 'back'),
      selection('x', 3, CODE_B, 'nan'),
    ];
    const bytes = zip({
      'project.qde': project(
        `<TextSource guid="${SOURCE}" name="R01" plainTextPath="internal://r.txt">${selections.join('')}</TextSource>`,
      ),
      'Sources/r.txt': 'Hallo wereld',
    });
    const { project: read, diagnostics } = readQdpx(bytes, 'p.qdpx');
    expect(read!.spans.map((span) => [span.origin, span.start, span.end])).toEqual([
      ['ok', 0, 5],
      ['long', 8, 12],
    ]);
    expect(reasons(diagnostics)).toEqual([
      'warning refi-selection-outside: selection long in source "R01" ends after the text (12 characters); cut at the end',
      'warning refi-selection-outside: selection after in source "R01" is skipped: it starts at 20, after the end of the text (12 characters)',
      'warning refi-selection-outside: selection back in source "R01" is skipped: it runs from 5 to 2, which is empty or backwards',
      'warning refi-selection-outside: selection nan in source "R01" is skipped: its startPosition "x" or endPosition "3" is not a whole number',
    ]);
  });

  it('codings of unknown codes and by unknown users are said; braces and case in GUIDs do not matter', () => {
    const stranger = '0a1b2c3d-0000-4000-8000-0000000000ee';
    const unknown = selection(0, 2, '0a1b2c3d-0000-4000-8000-000000000099', 'u');
    const byStranger = `<PlainTextSelection guid="s2" startPosition="3" endPosition="5" creatingUser="${stranger}"><Coding guid="c2"><CodeRef targetGUID="{${CODE_B}}"/></Coding></PlainTextSelection>`;
    const bytes = zip({
      'project.qde': project(
        `<TextSource guid="{${SOURCE.toUpperCase()}}" name="R01"><PlainTextContent>abcdef</PlainTextContent>${unknown}${byStranger}</TextSource>`,
      ),
    });
    const { project: read, diagnostics } = readQdpx(bytes, 'p.qdpx');
    expect(read!.spans).toEqual([{ sourceId: SOURCE, codeId: CODE_B, coderId: stranger, start: 3, end: 5, origin: 's2' }]);
    expect(read!.coders).toEqual([
      { id: USER, name: 'Anna' },
      { id: stranger, name: stranger },
    ]);
    expect(reasons(diagnostics)).toEqual([
      'warning refi-unknown-code: codings in source "R01" refer to 1 code id(s) not in the codebook (e.g. 0a1b2c3d-0000-4000-8000-000000000099); not read',
      `warning refi-unknown-user: codings name user ${stranger}, who is not among the project's users; the coder is called by that id`,
    ]);
  });

  it('other media are skipped with a reason; a PDF is read through its text representation', () => {
    const pdf = `<PDFSource guid="0a1b2c3d-0000-4000-8000-000000000002" name="Report.pdf" path="internal://r.pdf">
      <PDFSelection guid="p1" page="1" firstX="0" firstY="0" secondX="9" secondY="9"/>
      <Representation guid="0a1b2c3d-0000-4000-8000-000000000003" plainTextPath="internal://r.txt">${selection(0, 3)}</Representation></PDFSource>
      <AudioSource guid="0a1b2c3d-0000-4000-8000-000000000004" name="Interview.mp3"/>`;
    const { project: read, diagnostics } = readQdpx(zip({ 'project.qde': project(pdf), 'sources/r.txt': 'Een rapport' }), 'p.qdpx');
    expect(read!.sources.map((source) => [source.name, source.text])).toEqual([['Report.pdf', 'Een rapport']]);
    expect(read!.spans).toHaveLength(1);
    expect(reasons(diagnostics)).toEqual([
      'warning refi-source-skipped: PDF source "Report.pdf": 1 area selections (page coordinates) are not read; only text selections are',
      'warning refi-source-skipped: source "Interview.mp3" is skipped: it is an audio file, and only text sources are read',
    ]);
  });
});
