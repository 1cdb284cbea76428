import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { checkOfficeArchive } from '../../src/ingest/office-archive.js';
import { convertDocx } from '../../src/ingest/read-docx.js';
import { DEFAULT_INTERVIEWERS } from '../../src/model/segment.js';
import { segmentTranscript } from '../../src/segment/segment.js';
import { makeZip } from './zip.js';

const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });
const row = (...texts: string[]): TableRow => new TableRow({ children: texts.map(cell) });
const label = (name: string, words: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: name, bold: true }), new TextRun(words)] });

async function docxOf(children: (Paragraph | Table)[], extra: Partial<ConstructorParameters<typeof Document>[0]> = {}): Promise<Buffer> {
  return Packer.toBuffer(new Document({ ...extra, sections: [{ children }] }));
}

async function read(bytes: Buffer) {
  const converted = await convertDocx(bytes, 'r07.docx');
  if ('reason' in converted) throw new Error(converted.reason);
  const { text, parsed } = converted;
  const segmented = segmentTranscript(parsed, text, 'r07.docx', { unit: 'turn', documentId: 'R07', interviewers: DEFAULT_INTERVIEWERS });
  return {
    text,
    attributes: parsed.attributes,
    rows: segmented.segments.map((segment) => [
      segment.speaker,
      segment.role,
      segment.section,
      segment.time,
      segment.start.line,
      segment.end.line,
      segment.text,
    ]),
    segments: segmented.segments,
    diagnostics: [...parsed.diagnostics, ...segmented.diagnostics].map((diagnostic) => [
      diagnostic.place?.line ?? null,
      diagnostic.severity,
      diagnostic.ruleId,
      diagnostic.reason,
    ]),
  };
}

describe('.docx', () => {
  it('reads paragraphs, bold labels, headings as sections and a key/value table at the top as attributes; line = paragraph number', async () => {
    const bytes = await docxOf([
      new Paragraph({ text: 'Interview R07', heading: HeadingLevel.TITLE }),
      new Table({ rows: [row('Gemeente:', 'Gemeente B'), row('Rol', 'inwoner'), row('Datum', '14 maart 2025')] }),
      new Paragraph(''),
      new Paragraph({ text: 'Hulp zoeken', heading: HeadingLevel.HEADING_2 }),
      label('I:', ' Hoe kwam u bij het wijkteam terecht?'),
      label('R07:', ' Ik heb maanden op een wachtlijst gestaan.'),
      new Paragraph('Niemand belde me terug.'),
      new Paragraph({
        children: [
          new TextRun({ text: 'I:', bold: true }),
          new TextRun(' En toen?'),
          new TextRun({ break: 1 }),
          new TextRun({ text: 'R07:', bold: true }),
          new TextRun(' Toen ben ik zelf gaan bellen.'),
        ],
      }),
    ]);
    const { text, attributes, rows, diagnostics, segments } = await read(bytes);
    expect(attributes).toEqual({ gemeente: 'Gemeente B', rol: 'inwoner', datum: '14 maart 2025' });
    expect(text.split('\n')).toEqual([
      'Interview R07',
      'Gemeente:',
      'Gemeente B',
      'Rol',
      'inwoner',
      'Datum',
      '14 maart 2025',
      '',
      'Hulp zoeken',
      'I: Hoe kwam u bij het wijkteam terecht?',
      'R07: Ik heb maanden op een wachtlijst gestaan.',
      'Niemand belde me terug.',
      'I: En toen?\u2028R07: Toen ben ik zelf gaan bellen.',
    ]);
    expect(rows).toEqual([
      ['I', 'interviewer', 'Hulp zoeken', null, 10, 10, 'Hoe kwam u bij het wijkteam terecht?'],
      ['R07', 'respondent', 'Hulp zoeken', null, 11, 12, 'Ik heb maanden op een wachtlijst gestaan.\n\nNiemand belde me terug.'],
      ['I', 'interviewer', 'Hulp zoeken', null, 13, 13, 'En toen?'],
      ['R07', 'respondent', 'Hulp zoeken', null, 13, 13, 'Toen ben ik zelf gaan bellen.'],
    ]);
    // Quotes are exact: each segment's text is the document's text at its offsets.
    for (const segment of segments.filter((one) => !one.text.includes('\n\n')))
      expect(text.slice(segment.start.offset, segment.end.offset)).toBe(segment.text);
    expect(diagnostics).toEqual([
      [2, 'info', 'docx-metadata-table', 'the table at the top is read as attributes, not coded: gemeente, rol, datum'],
    ]);
  });

  it('leaves footnotes and comments out of the text, with a note', async () => {
    const bytes = await docxOf(
      [
        label('I:', ' Hoe lang duurde het?'),
        new Paragraph({
          children: [
            new TextRun({ text: 'R07:', bold: true }),
            new TextRun(' Vier maanden'),
            new FootnoteReferenceRun(1),
            new TextRun('. '),
            new CommentRangeStart(0),
            new TextRun('Veel te lang.'),
            new CommentRangeEnd(0),
            new TextRun({ children: [new CommentReference(0)] }),
          ],
        }),
      ],
      {
        footnotes: { 1: { children: [new Paragraph('Volgens het dossier drie maanden.')] } },
        comments: { children: [{ id: 0, author: 'Codeur', date: new Date(0), children: [new Paragraph('wachten-te-laat?')] }] },
      },
    );
    const { rows, diagnostics } = await read(bytes);
    expect(rows.map((one) => one[6])).toEqual(['Hoe lang duurde het?', 'Vier maanden. Veel te lang.']);
    expect(diagnostics).toEqual([[2, 'info', 'docx-notes', '1 footnote(s), 1 comment(s) left out of the coded text']]);
  });

  it('reads a table of turns (time | speaker | text) as turns with their times', async () => {
    const bytes = await docxOf([
      new Paragraph({ text: 'Transcript', heading: HeadingLevel.HEADING_1 }),
      new Table({
        rows: [
          row('Tijd', 'Spreker', 'Tekst'),
          row('00:00:05', 'Interviewer', 'Hoe gaat het?'),
          row('00:00:09', 'Spreker 2', 'Het gaat wel.'),
          row('00:00:15', 'Interviewer', 'En de hulp?'),
          row('00:00:19', 'Spreker 2', 'Die kwam te laat.'),
        ],
      }),
    ]);
    const { rows } = await read(bytes);
    expect(rows).toEqual([
      ['Interviewer', 'interviewer', 'Transcript', '00:00:05', 7, 7, 'Hoe gaat het?'],
      ['Spreker 2', 'respondent', 'Transcript', '00:00:09', 10, 10, 'Het gaat wel.'],
      ['Interviewer', 'interviewer', 'Transcript', '00:00:15', 13, 13, 'En de hulp?'],
      ['Spreker 2', 'respondent', 'Transcript', '00:00:19', 16, 16, 'Die kwam te laat.'],
    ]);
  });

  it('reads bold labels without a colon as labels where they recur, and leaves bold emphasis alone', async () => {
    const bytes = await docxOf([
      label('Interviewer', '\tHoe gaat het?'),
      label('R07', ' Niet goed.'),
      label('Nooit', ' heb ik zo lang gewacht.'),
      label('Interviewer', ' Hoe lang?'),
      label('R07', ' Vier maanden.'),
    ]);
    const { rows, text } = await read(bytes);
    expect(rows.map((row) => [row[0], row[6]])).toEqual([
      ['Interviewer', 'Hoe gaat het?'],
      ['R07', 'Niet goed.\n\nNooit heb ik zo lang gewacht.'],
      ['Interviewer', 'Hoe lang?'],
      ['R07', 'Vier maanden.'],
    ]);
    // The colon is not in the document's text.
    expect(text.split('\n')[0]).toBe('Interviewer\tHoe gaat het?');
  });

  it('reads a Teams transcript downloaded as Word as subtitles, one paragraph a line or with line breaks', async () => {
    const cue = (timing: string, name: string, words: string): Paragraph[] => [
      new Paragraph(timing),
      new Paragraph(name),
      new Paragraph(words),
      new Paragraph(''),
    ];
    const inOne = (timing: string, name: string, words: string): Paragraph =>
      new Paragraph({ children: [new TextRun(timing), new TextRun({ text: name, break: 1 }), new TextRun({ text: words, break: 1 })] });
    const bytes = await docxOf([
      new Paragraph({ text: 'Transcript', heading: HeadingLevel.HEADING_1 }),
      ...cue('0:0:0.0 --> 0:0:4.350', 'Bakker, Anouk', 'Hoe gaat het met u?'),
      ...cue('0:0:4.350 --> 0:0:9.120', 'R07', 'Het gaat wel.'),
      inOne('0:0:9.500 --> 0:0:12.0', 'Bakker, Anouk', 'En de hulp?'),
      inOne('0:0:12.5 --> 0:0:15.0', 'R07', 'Die kwam te laat.'),
    ]);
    const { rows, diagnostics } = await read(bytes);
    expect(rows).toEqual([
      ['Bakker, Anouk', 'interviewer', null, '00:00:00.000', 4, 4, 'Hoe gaat het met u?'],
      ['R07', 'respondent', null, '00:00:04.350', 8, 8, 'Het gaat wel.'],
      ['Bakker, Anouk', 'interviewer', null, '00:00:09.500', 10, 10, 'En de hulp?'],
      ['R07', 'respondent', null, '00:00:12.500', 11, 11, 'Die kwam te laat.'],
    ]);
    expect(diagnostics.map((one) => [one[0], one[2]])).toEqual([
      // The title right above the first timing line reads as that cue's identifier.
      [2, 'text-as-subtitles'],
      [null, 'no-interviewer'],
    ]);
  });

  it('reads a key/value table below a short title as attributes, and not one below the interview', async () => {
    const title = await docxOf([
      new Paragraph({ children: [new TextRun({ text: 'Transcriptie interview R07', bold: true })] }),
      new Table({ rows: [row('ID', 'R07'), row('Gemeente', 'Gemeente B')] }),
      label('R07:', ' Goed.'),
    ]);
    expect((await read(title)).attributes).toEqual({ id: 'R07', gemeente: 'Gemeente B' });
    const late = await docxOf([
      label('I:', ' Hoe gaat het?'),
      label('R07:', ' Goed, ik heb een lang verhaal hierover dat ik graag wil vertellen, want het is echt niet makkelijk geweest.'),
      label('I:', ' Dank u.'),
      label('R07:', ' Graag.'),
      new Table({ rows: [row('Wmo', 'ja'), row('Schuldhulp', 'nee')] }),
    ]);
    expect((await read(late)).attributes).toEqual({});
  });

  it('reads the cells of other tables as paragraphs', async () => {
    const bytes = await docxOf([
      label('R07:', ' Dit waren de instanties:'),
      new Table({ rows: [row('Wmo', 'drie maanden'), row('Schuldhulp', 'vier maanden')] }),
    ]);
    const { rows, attributes } = await read(bytes);
    expect(attributes).toEqual({});
    expect(rows).toEqual([
      ['R07', 'respondent', null, null, 1, 5, 'Dit waren de instanties:\n\nWmo\n\ndrie maanden\n\nSchuldhulp\n\nvier maanden'],
    ]);
  });
});

describe('bad .docx files', () => {
  const documentXml = Buffer.from(
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
  );
  const check = async (bytes: Buffer, limit?: number) => {
    const found = await checkOfficeArchive(bytes, 'kapot.docx', limit);
    return found && [found.file, found.ruleId, found.reason];
  };

  it('refuses a file that is not a zip, naming what it is', async () => {
    expect(await check(Buffer.from('I: Hoe gaat het?\nR07: Goed.\n'))).toEqual([
      'kapot.docx',
      'unreadable-docx',
      'not a Word document: a .docx is a zip archive, and this is not a zip archive; save it from Word as .docx; skipped',
    ]);
    expect((await check(Buffer.from('{\\rtf1\\ansi Hallo}')))?.[2]).toContain('this is an RTF file');
    expect((await check(Buffer.from('PK\u0003\u0004 kapot')))?.[2]).toMatch(
      /^not a readable Word document: the zip archive is damaged \(.+\); skipped$/,
    );
  });

  it('refuses a zip without word/document.xml', async () => {
    expect(await check(makeZip([{ name: 'content.xml', data: Buffer.from('<office:document/>') }]))).toEqual([
      'kapot.docx',
      'unreadable-docx',
      'a zip archive without word/document.xml, so not a Word document (it looks like an OpenDocument file: save it as .docx); skipped',
    ]);
  });

  it('refuses an encrypted document and a Word 97-2003 file', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.alloc(512)]);
    expect((await check(Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le')])))?.slice(1)).toEqual([
      'encrypted-docx',
      'the Word document is password-protected (encrypted); open it in Word, remove the password (File > Info > Protect) and save it; skipped',
    ]);
    expect((await check(ole))?.[2]).toBe('a Word 97-2003 document (.doc) with a .docx name; open it in Word and save it as .docx; skipped');
  });

  it('refuses a zip bomb by its declared size, and one whose header lies about its size', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 0x20);
    expect(await check(makeZip([{ name: 'word/document.xml', data: big }]), 2 * 1024 * 1024)).toEqual([
      'kapot.docx',
      'docx-too-large',
      'its text would unzip to more than 2 MB, which no transcript needs (a damaged file or a zip bomb); skipped',
    ]);
    const lying = await check(makeZip([{ name: 'word/document.xml', data: big, declaredSize: 1000 }]), 2 * 1024 * 1024);
    expect(lying?.[2]).toMatch(/^not a readable Word document: word\/document\.xml: too many bytes in the stream/);
    expect(await check(makeZip([{ name: 'word/document.xml', data: documentXml }]))).toBeNull();
  });

  it('gives the archive problem from convertDocx too, so the file is skipped', async () => {
    expect(await convertDocx(Buffer.from('geen zip'), 'kapot.docx')).toMatchObject({
      file: 'kapot.docx',
      severity: 'warning',
      ruleId: 'unreadable-docx',
    });
  });
});
