import yauzl from 'yauzl';
import type { Diagnostic } from '../model.js';

/**
 * Most uncompressed bytes of the parts of a .docx that are read (everything but media and
 * embedded files). The XML of a 100,000-word transcript is about 20 MB; a zip bomb is far more.
 */
export const MAX_DOCX_XML_BYTES = 128 * 1024 * 1024;

/** Parts that are never read: images, embedded objects, fonts. */
const UNREAD_PART = /^word\/(media|embeddings|fonts)\//;

/** The first bytes of an OLE compound file: Word 97-2003 (.doc), and Office's encrypted documents. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Check that bytes are a .docx that can be read safely before a converter unzips it: a zip
 * archive (not a password-protected or Word 97-2003 file, not another format renamed) with
 * `word/document.xml`, whose parts inflate to at most MAX_DOCX_XML_BYTES. The sizes the archive
 * declares are checked first; then every part is inflated once with yauzl, which stops a part
 * that inflates beyond its declared size, so a lying header cannot get past either. Null when
 * the file is fine, else a warning naming the file.
 */
export async function checkDocxArchive(bytes: Buffer, file: string, limit: number = MAX_DOCX_XML_BYTES): Promise<Diagnostic | null> {
  const problem = (reason: string, ruleId = 'unreadable-docx'): Diagnostic => ({ file, severity: 'warning', reason: `${reason}; skipped`, ruleId });
  if (OLE_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    return bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))
      ? problem('the Word document is password-protected (encrypted); open it in Word, remove the password (File > Info > Protect Document) and save it', 'encrypted-docx')
      : problem('a Word 97-2003 document (.doc) with a .docx name; open it in Word and save it as .docx');
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    const kind = bytes.subarray(0, 5).toString('latin1') === '{\\rtf' ? 'an RTF file' : bytes.subarray(0, 5).toString('latin1') === '%PDF-' ? 'a PDF file' : 'not a zip archive';
    return problem(`not a Word document: a .docx is a zip archive, and this is ${kind}; save it from Word as .docx`);
  }
  let zip: yauzl.ZipFile;
  let entries: yauzl.Entry[];
  try {
    ({ zip, entries } = await openArchive(bytes));
  } catch (error) {
    return problem(`not a readable Word document: the zip archive is damaged (${describe(error)})`);
  }
  if (!entries.some((entry) => entry.fileName === 'word/document.xml')) {
    const odt = entries.some((entry) => entry.fileName === 'content.xml');
    return problem(`a zip archive without word/document.xml, so not a Word document${odt ? ' (it looks like an OpenDocument .odt: save it as .docx)' : ''}`);
  }
  const read = entries.filter((entry) => !UNREAD_PART.test(entry.fileName) && !entry.fileName.endsWith('/'));
  if (read.some((entry) => entry.isEncrypted())) return problem('the zip archive is password-protected', 'encrypted-docx');
  const declared = read.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const bomb = `its text would unzip to more than ${Math.round(limit / 1024 / 1024)} MB, which no transcript needs (a damaged file or a zip bomb)`;
  if (declared > limit) return problem(bomb, 'docx-too-large');
  try {
    await inflateAll(zip, read);
  } catch (error) {
    return problem(`not a readable Word document: ${describe(error)}`);
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
