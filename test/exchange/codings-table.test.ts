import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { readCodingsTable } from '../../src/exchange/codings-table/read-table.js';

const R01 = [
  '---',
  'id: R01',
  '---',
  '**I:** Hoe ging het contact met de gemeente?',
  '',
  '**R01:** Ik heb "maanden" op een wachtlijst gestaan - niemand belde',
  'me terug. Het was echt… zwaar.',
  '',
  '**I:** En daarna?',
  '',
  '**R01:** Daarna kreeg ik een vaste contactpersoon. Dat hielp.',
].join('\n');
const R02 = 'R02: Ik schaamde me om hulp te vragen.\nR02: Ik schaamde me om hulp te vragen.\n';
const documents = [
  { id: 'R01', aliases: ['R01.md'], text: R01 },
  { id: 'R02', aliases: ['interviews/R02.txt'], text: R02 },
];

const reasons = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.map((diagnostic) => `${diagnostic.place?.line ?? '-'} ${diagnostic.severity} ${diagnostic.ruleId}: ${diagnostic.reason}`);

describe('codings tables', () => {
  it('reads a Dutch spreadsheet export: semicolons, byte-order mark, curly quotes, dashes, ellipses and line wraps', () => {
    const csv =
      '\uFEFFBestand;Code;Citaat;Codeur\n' +
      'R01.md;Geholpen > Wachten;Ik heb “maanden” op een wachtlijst gestaan – niemand belde me terug. Het was echt... zwaar.;Anna\n' +
      'r01;Geholpen > Regie;Daarna kreeg ik een vaste contactpersoon.;Bram\n';
    const { project, diagnostics, quotes } = readCodingsTable(csv, 'codering.csv', documents);
    expect(quotes).toEqual({ exact: 1, words: 1, approximate: 0, notFound: 0 });
    const texts = project!.spans.map((span) => R01.slice(span.start, span.end));
    expect(texts).toEqual([
      'Ik heb "maanden" op een wachtlijst gestaan - niemand belde\nme terug. Het was echt… zwaar.',
      'Daarna kreeg ik een vaste contactpersoon.',
    ]);
    expect(project!.spans.map((span) => [span.sourceId, span.codeId, span.coderId, span.origin])).toEqual([
      ['R01', 'Geholpen > Wachten', 'Anna', 'row at line 2'],
      ['R01', 'Geholpen > Regie', 'Bram', 'row at line 3'],
    ]);
    expect(project!.codes.map((code) => [code.id, code.codable])).toEqual([
      ['Geholpen', false],
      ['Geholpen > Wachten', true],
      ['Geholpen > Regie', true],
    ]);
    expect(project!.coders.map((coder) => coder.name)).toEqual(['Anna', 'Bram']);
    expect(project!.sources.map((source) => source.id)).toEqual(['R01', 'R02']);
    expect(reasons(diagnostics)).toEqual([
      '- info quote-normalised: 1 quote(s) found word for word once case, punctuation, line breaks and page or paragraph numbers were set aside',
    ]);
  });

  it("reads rodedraad's own codings.csv by its line ranges, not its shortened text", () => {
    const csv =
      'document,segment,speaker,section,line_start,line_end,theme,code,negated,evidence,text\n' +
      'R01,2,R01,,6,7,geholpen,wachten-te-laat,false,wachtlijst,"Ik heb ""maanden"" op een…"\n' +
      'R01,4,R01,,11,,geholpen,regie-aanspreekpunt,false,contactpersoon,Daarna kreeg…\n';
    const { project, diagnostics } = readCodingsTable(csv, 'codings.csv', documents);
    expect(project!.spans.map((span) => [span.codeId, R01.slice(span.start, span.end)])).toEqual([
      ['geholpen > wachten-te-laat', 'Ik heb "maanden" op een wachtlijst gestaan - niemand belde\nme terug. Het was echt… zwaar.'].map(
        (value, index) => (index === 1 ? `**R01:** ${value}` : value),
      ),
      ['geholpen > regie-aanspreekpunt', '**R01:** Daarna kreeg ik een vaste contactpersoon. Dat hielp.'],
    ]);
    expect(reasons(diagnostics)).toEqual(['1 info table-column-ignored: columns not read: segment, speaker, section, negated, evidence']);
  });

  it('several codes in a codes cell, and a theme column above a code', () => {
    const csv = 'doc,thema,codes,line\nR02,Gehoord,schaamte; hulp vragen,1\n';
    const { project } = readCodingsTable(csv, 't.csv', documents);
    expect(project!.spans.map((span) => span.codeId)).toEqual(['Gehoord > schaamte', 'Gehoord > hulp vragen']);
  });

  it('says what it skips: unknown and missing documents, rows without code, bad lines, quotes not found or found twice', () => {
    const csv = [
      'document,code,quote,line_start,line_end',
      'R03,A,iets,,',
      'R03,A,nog iets,,',
      ',A,zonder document,,',
      'R01,,zonder code,,',
      'R01,B,,40,41',
      'R01,B,,5,3',
      'R01,B,,10,99',
      'R01,C,Dit zei niemand in dit interview ooit zo.,,',
      'R02,D,Ik schaamde me om hulp te vragen.,,',
      'R01,E,,,',
      'R01,F,Ik heb maanden op een wachtlijst gestaan bij de woningcorporatie in Utrecht,,',
    ].join('\n');
    const { project, diagnostics, quotes } = readCodingsTable(csv, 't.csv', documents);
    expect(project!.spans.map((span) => [span.sourceId, span.codeId])).toEqual([
      ['R01', 'B'],
      ['R02', 'D'],
    ]);
    expect(quotes).toEqual({ exact: 1, words: 0, approximate: 0, notFound: 3 });
    expect(reasons(diagnostics)).toEqual([
      '5 warning table-no-code: the row has no code; skipped',
      '6 warning table-bad-lines: line 40 is past the end of the document (11 lines) in R01; row skipped',
      '7 warning table-bad-lines: the line range 5-3 runs backwards in R01; row skipped',
      '8 warning table-bad-lines: lines 10-99 run past the end of R01; cut at its last line',
      '9 warning quote-not-found: quote "Dit zei niemand in dit interview ooit zo." not found in R01; row skipped',
      '10 warning quote-ambiguous: quote "Ik schaamde me om hulp te vragen." occurs 2 times in R02; the first is used (quote more words to pick another)',
      '11 warning quote-not-found: the row has neither a line range nor a quote; skipped',
      '12 warning quote-not-found: quote "Ik heb maanden op een wachtlijst gestaan bij de woningcor…" not found in R01 (at best 7 of its 12 words in order); row skipped',
      '2 warning table-unknown-document: document "R03" is not among the transcripts (check the name, or add the transcript): 2 row(s) skipped, the first at line 2',
      '4 warning table-unknown-document: rows without a document: 1 row(s) skipped, the first at line 4',
    ]);
  });

  it('a document name two transcripts share is ambiguous, not a guess', () => {
    const twins = [
      { id: 'a/R01', aliases: ['R01'], text: 'x' },
      { id: 'b/R01', aliases: ['R01'], text: 'y' },
    ];
    const { diagnostics } = readCodingsTable('document,code,line\nR01,A,1\n', 't.csv', twins);
    expect(diagnostics[0]!.reason).toContain('document "R01" matches more than one transcript (give its exact id)');
  });

  it('a table it cannot use is one error with its place', () => {
    const noCode = readCodingsTable('document,quote\nR01,x\n', 't.csv', documents);
    expect(noCode.project).toBeNull();
    expect(reasons(noCode.diagnostics)).toEqual([
      '1 error table-unreadable: the table needs a code column (code, codes, code_path, ...); its header is: document, quote',
    ]);
    const broken = readCodingsTable('document,code,quote\nR01,A,"open\nR01,B,x\n', 't.csv', documents);
    expect(broken.project).toBeNull();
    expect(broken.diagnostics[0]!.ruleId).toBe('table-unreadable');
    expect(broken.diagnostics[0]!.reason).toMatch(/^not a readable CSV table: /);
    expect(readCodingsTable('', 't.csv', documents).diagnostics[0]!.reason).toBe('the table is empty');
  });
});
