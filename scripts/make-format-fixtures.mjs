// Regenerates the binary files of fixtures/formats/ from text: r21-word.docx from r21-markdown.md
// (the same interview: front matter as a table at the top, bold labels, line breaks inside a turn)
// and r26-kladblok.txt as UTF-16 LE with a byte-order mark and CRLF, as Notepad saves "Unicode".
// Run: node scripts/make-format-fixtures.mjs (needs the devDependency docx).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const folder = path.join(import.meta.dirname, '..', 'fixtures', 'formats');

/** The front matter and the turns (label, lines) of the Markdown version. */
function readMarkdown(text) {
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  const attributes = yaml.split('\n').map((line) => line.split(/:\s*/, 2));
  const turns = body
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => {
      const [, label, words] = /^\*\*(.+?):\*\*\s*([\s\S]*)$/.exec(paragraph.trim());
      return { label, lines: words.split('\n') };
    });
  return { attributes, turns };
}

const cell = (text, bold = false) =>
  new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
  });

const { attributes, turns } = readMarkdown(readFileSync(path.join(folder, 'r21-markdown.md'), 'utf8'));
const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: attributes.map(([key, value]) => new TableRow({ children: [cell(key[0].toUpperCase() + key.slice(1), true), cell(value)] })),
});
const paragraphs = turns.map(
  ({ label, lines }) =>
    new Paragraph({
      spacing: { after: 160 },
      children: [
        new TextRun({ text: `${label}:`, bold: true }),
        ...lines.map((line, index) => new TextRun({ text: index === 0 ? ` ${line}` : line, break: index === 0 ? 0 : 1 })),
      ],
    }),
);
const document = new Document({
  creator: 'rodedraad',
  title: 'Synthetisch interview R21 (demo)',
  description: 'Fictief interview, geschreven voor de demo van rodedraad.',
  sections: [{ children: [table, new Paragraph(''), ...paragraphs] }],
});
writeFileSync(path.join(folder, 'r21-word.docx'), await Packer.toBuffer(document));

const notepad = [
  'Interview R26, uitgetypt in Kladblok',
  '',
  'I: Wat vond u van de hulp van het wijkteam?',
  '',
  'R26: Eerlijk gezegd voelde ik me niet serieus genomen. Ze zeiden: u redt het zelf wel.',
  '',
  'I: Wat had u nodig gehad?',
  '',
  'R26: Dat iemand echt luisterde. Mijn zus heeft uiteindelijk alles geregeld, zij is mijn steun.',
  '',
].join('\r\n');
writeFileSync(path.join(folder, 'r26-kladblok.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(notepad, 'utf16le')]));
console.log('wrote r21-word.docx and r26-kladblok.txt in fixtures/formats/');
