import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { indexCodePoints } from '../../src/exchange/code-points.js';
import { readProjectXml } from '../../src/exchange/refi-qda/read-project.js';
import { readQdpx } from '../../src/exchange/refi-qda/read-qdpx.js';

describe('code point offsets', () => {
  it('turn into UTF-16 offsets past astral characters', () => {
    const text = 'a😀b𝄞c';
    const index = indexCodePoints(text);
    expect(index.length).toBe(5);
    expect([0, 1, 2, 3, 4, 5].map((offset) => index.toUtf16(offset))).toEqual([0, 1, 3, 4, 6, 7]);
    expect(indexCodePoints('plain').toUtf16(3)).toBe(3);
  });

  it('a selection after an emoji covers the same words in JavaScript', () => {
    // "Ik ben 😀 blij met de hulp": "blij" is code points 9..13, UTF-16 10..14.
    const text = 'Ik ben 😀 blij met de hulp';
    const xml = `<Project><CodeBook><Codes><Code guid="c1" name="blij" isCodable="true"/></Codes></CodeBook><Sources>
      <TextSource guid="s1" name="R01"><PlainTextContent>${text}</PlainTextContent>
      <PlainTextSelection guid="x" startPosition="9" endPosition="13"><Coding guid="y"><CodeRef targetGUID="c1"/></Coding></PlainTextSelection>
      </TextSource></Sources></Project>`;
    const { project } = readProjectXml(xml, 'p.qde');
    const span = project!.spans[0]!;
    expect([span.start, span.end]).toEqual([10, 14]);
    expect(text.slice(span.start, span.end)).toBe('blij');
  });
});

describe('case variables', () => {
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="cases">
  <Variables>
    <Variable guid="00000000-0000-4000-8000-0000000000a1" name="gemeente" typeOfVariable="Text"/>
    <Variable guid="00000000-0000-4000-8000-0000000000a2" name="leeftijd" typeOfVariable="Integer"/>
    <Variable guid="00000000-0000-4000-8000-0000000000a3" name="rol" typeOfVariable="Text"/>
  </Variables>
  <Cases>
    <Case guid="00000000-0000-4000-8000-0000000000c1" name="Persoon 1">
      <VariableValue><VariableRef targetGUID="00000000-0000-4000-8000-0000000000a1"/><TextValue>Gemeente B</TextValue></VariableValue>
      <VariableValue><VariableRef targetGUID="00000000-0000-4000-8000-0000000000a2"/><IntegerValue>42</IntegerValue></VariableValue>
      <SourceRef targetGUID="00000000-0000-4000-8000-000000000001"/>
    </Case>
    <Case guid="00000000-0000-4000-8000-0000000000c2" name="Groep">
      <VariableValue><VariableRef targetGUID="00000000-0000-4000-8000-0000000000a1"/><TextValue>Gemeente C</TextValue></VariableValue>
      <VariableValue><VariableRef targetGUID="00000000-0000-4000-8000-0000000000ff"/><TextValue>?</TextValue></VariableValue>
      <SourceRef targetGUID="00000000-0000-4000-8000-000000000001"/>
      <SourceRef targetGUID="00000000-0000-4000-8000-000000000002"/>
    </Case>
  </Cases>
  <Sources>
    <TextSource guid="00000000-0000-4000-8000-000000000001" name="R01" plainTextPath="internal://r01.txt">
      <VariableValue><VariableRef targetGUID="00000000-0000-4000-8000-0000000000a3"/><TextValue>inwoner</TextValue></VariableValue>
    </TextSource>
    <TextSource guid="00000000-0000-4000-8000-000000000002" name="R02" plainTextPath="internal://r02.txt"/>
  </Sources>
</Project>`;

  it('come from the cases that hold a source and from the source itself', () => {
    const bytes = zipSync({
      'project.qde': strToU8(xml),
      'sources/r01.txt': strToU8('\uFEFFtekst een'),
      'sources/r02.txt': strToU8('tekst twee'),
    });
    const { project, diagnostics } = readQdpx(bytes, 'cases.qdpx');
    expect(project!.cases.map((entry) => [entry.name, entry.variables, entry.sourceIds.length])).toEqual([
      ['Persoon 1', { gemeente: 'Gemeente B', leeftijd: '42' }, 1],
      ['Groep', { gemeente: 'Gemeente C' }, 2],
    ]);
    expect(project!.sources.map((source) => [source.name, source.text, source.variables])).toEqual([
      ['R01', 'tekst een', { rol: 'inwoner', gemeente: 'Gemeente B', leeftijd: '42' }],
      ['R02', 'tekst twee', { gemeente: 'Gemeente C' }],
    ]);
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['refi-unknown-variable', 'refi-variable-conflict']);
    expect(diagnostics[1]!.reason).toBe(
      'cases "Persoon 1" and "Groep" give source 00000000-0000-4000-8000-000000000001 different values of "gemeente"; "Gemeente B" is kept',
    );
  });
});

describe('archive layouts', () => {
  const xml = `<Project><CodeBook><Codes><Code guid="c1" name="a" isCodable="true"/></Codes></CodeBook><Sources>
    <TextSource guid="s1" name="R01" plainTextPath="internal://r.txt">
    <PlainTextSelection guid="x" startPosition="0" endPosition="5"><Coding guid="y"><CodeRef targetGUID="c1"/></Coding></PlainTextSelection>
    </TextSource></Sources></Project>`;
  const spanText = (bytes: Uint8Array): string | undefined => {
    const { project } = readQdpx(bytes, 'p.qdpx');
    const span = project?.spans[0];
    return span === undefined ? undefined : project!.sources[0]!.text!.slice(span.start, span.end);
  };

  it('stored (uncompressed) entries are read', () => {
    expect(spanText(zipSync({ 'project.qde': strToU8(xml), 'sources/r.txt': strToU8('Hallo wereld') }, { level: 0 }))).toBe('Hallo');
  });

  it('entries written by a streaming zipper (sizes in data descriptors after the data) are read', () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error === null) chunks.push(chunk);
    });
    for (const [name, text] of [
      ['project.qde', xml],
      ['sources/r.txt', 'Hallo wereld'],
    ] as const) {
      const entry = new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      entry.push(strToU8(text), true);
    }
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
    chunks.reduce((offset, chunk) => {
      bytes.set(chunk, offset);
      return offset + chunk.length;
    }, 0);
    expect(spanText(bytes)).toBe('Hallo');
  });
});
