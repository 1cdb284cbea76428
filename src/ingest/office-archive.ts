import yauzl from 'yauzl';
import type { Diagnostic } from '../model/diagnostic.js';

/**
 * Most uncompressed bytes of the parts of a .docx that are read (everything but media and
 * embedded files). The XML of a 100,000-word transcript is about 20 MB; a zip bomb is far more.
 */
export const MAX_OFFICE_XML_BYTES = 128 * 1024 * 1024;

/** Parts that are never read: images, embedded objects, fonts. */
const UNREAD_PART = /^(word|xl)\/(media|embeddings|fonts)\//;

/** What each Office format must hold, and how messages name it. */
const OFFICE_KINDS = {
  docx: {
    part: 'word/document.xml',
    name: 'Word document',
    article: 'a',
    app: 'Word',
    extension: '.docx',
    legacy: 'Word 97-2003 document (.doc)',
  },
  xlsx: {
    part: 'xl/workbook.xml',
    name: 'Excel workbook',
    article: 'an',
    app: 'Excel',
    extension: '.xlsx',
    legacy: 'Excel 97-2003 workbook (.xls)',
  },
} as const;

/** An Office Open XML format rodedraad reads. */
export type OfficeKind = keyof typeof OFFICE_KINDS;

/** The first bytes of an OLE compound file: Word 97-2003 (.doc), and Office's encrypted documents. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Check that bytes are a .docx (or .xlsx) that can be read safely before a converter unzips it: a
 * zip archive (not a password-protected or 97-2003 file, not another format renamed) with
 * `word/document.xml` (`xl/workbook.xml`), whose parts inflate to at most MAX_OFFICE_XML_BYTES. The sizes the archive
 * declares are checked first; then every part is inflated once with yauzl, which stops a part
 * that inflates beyond its declared size, so a lying header cannot get past either. Null when
 * the file is fine, else a warning naming the file.
 */
export async function checkOfficeArchive(
  bytes: Buffer,
  file: string,
  limit: number = MAX_OFFICE_XML_BYTES,
  format: OfficeKind = 'docx',
): Promise<Diagnostic | null> {
  const kind = OFFICE_KINDS[format];
  const problem = (reason: string, ruleId = `unreadable-${format}`): Diagnostic => ({
    file,
    severity: 'warning',
    reason: `${reason}; skipped`,
    ruleId,
  });
  if (OLE_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    return bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))
      ? problem(
          `the ${kind.name} is password-protected (encrypted); open it in ${kind.app}, remove the password (File > Info > Protect) and save it`,
          `encrypted-${format}`,
        )
      : problem(`a ${kind.legacy} with a ${kind.extension} name; open it in ${kind.app} and save it as ${kind.extension}`);
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    const start = bytes.subarray(0, 5).toString('latin1');
    const what = start === '{\\rtf' ? 'an RTF file' : start === '%PDF-' ? 'a PDF file' : 'not a zip archive';
    return problem(
      `not ${kind.article} ${kind.name}: a ${kind.extension} is a zip archive, and this is ${what}; save it from ${kind.app} as ${kind.extension}`,
    );
  }
  let zip: yauzl.ZipFile;
  let entries: yauzl.Entry[];
  try {
    ({ zip, entries } = await openArchive(bytes));
  } catch (error) {
    return problem(`not a readable ${kind.name}: the zip archive is damaged (${describe(error)})`);
  }
  if (!entries.some((entry) => entry.fileName === kind.part)) {
    const odf = entries.some((entry) => entry.fileName === 'content.xml');
    return problem(
      `a zip archive without ${kind.part}, so not ${kind.article} ${kind.name}${odf ? ` (it looks like an OpenDocument file: save it as ${kind.extension})` : ''}`,
    );
  }
  const read = entries.filter((entry) => !UNREAD_PART.test(entry.fileName) && !entry.fileName.endsWith('/'));
  if (read.some((entry) => entry.isEncrypted())) return problem('the zip archive is password-protected', `encrypted-${format}`);
  const declared = read.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const bomb = `its text would unzip to more than ${Math.round(limit / 1024 / 1024)} MB, which no transcript needs (a damaged file or a zip bomb)`;
  if (declared > limit) return problem(bomb, `${format}-too-large`);
  try {
    await inflateAll(zip, read);
  } catch (error) {
    return problem(`not a readable ${kind.name}: ${describe(error)}`);
  }
  return null;
}

/** Read the archive's central directory. */
function openArchive(bytes: Buffer): Promise<{ zip: yauzl.ZipFile; entries: yauzl.Entry[] }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no archive'));
      const entries: yauzl.Entry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve({ zip, entries }));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Inflate every entry once, discarding the data; yauzl fails an entry that is longer than it declares. */
async function inflateAll(zip: yauzl.ZipFile, entries: readonly yauzl.Entry[]): Promise<void> {
  for (const entry of entries) {
    await new Promise<void>((resolve, reject) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error ?? new Error(`cannot read ${entry.fileName}`));
        stream.on('data', () => {});
        stream.on('end', () => resolve());
        stream.on('error', (streamError: Error) => reject(new Error(`${entry.fileName}: ${streamError.message}`)));
      });
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
