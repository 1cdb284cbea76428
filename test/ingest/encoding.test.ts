import { describe, expect, it } from 'vitest';
import { decodeTranscriptBytes, decodeWindows1252, parseEncoding } from '../../src/ingest/encoding.js';

const text = 'R07: “Eén” café – €5\n';
const utf16le = (value: string): Uint8Array => Uint8Array.from([0xff, 0xfe, ...Buffer.from(value, 'utf16le')]);
const utf16be = (value: string): Uint8Array => Uint8Array.from([0xfe, 0xff, ...Buffer.from(value, 'utf16le').swap16()]);

describe('decodeTranscriptBytes', () => {
  it('reads UTF-8, with and without a byte-order mark', () => {
    expect(decodeTranscriptBytes(Buffer.from(text), 'a.txt')).toEqual({ text, encoding: 'utf-8' });
    expect(decodeTranscriptBytes(Buffer.from(`\uFEFF${text}`), 'a.txt')).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE by their byte-order mark, which is not part of the text', () => {
    expect(decodeTranscriptBytes(utf16le(text), 'a.txt')).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeTranscriptBytes(utf16be(text), 'a.txt')).toEqual({ text, encoding: 'utf-16be' });
    // A byte-order mark wins over --encoding.
    expect(decodeTranscriptBytes(utf16le(text), 'a.txt', 'windows-1252')).toEqual({ text, encoding: 'utf-16le' });
  });

  it('warns about UTF-16 cut short, and says to save UTF-16 without a byte-order mark as UTF-8', () => {
    const cut = utf16le(text).subarray(0, 7);
    expect(decodeTranscriptBytes(cut, 'a.txt')).toMatchObject({ file: 'a.txt', severity: 'warning', ruleId: 'invalid-utf16' });
    const long = 'R07: een lange zin zonder byte-order mark, zoals Kladblok hem soms schrijft.\n';
    expect(decodeTranscriptBytes(Buffer.from(long, 'utf16le'), 'a.txt')).toMatchObject({
      ruleId: 'unsupported-encoding',
      reason: 'UTF-16 text without a byte-order mark; save the file as UTF-8',
    });
  });

  it('keeps the "save as UTF-8" warning for Windows-1252 bytes, with the place of the first bad byte', () => {
    const bytes = Uint8Array.from([...Buffer.from('R07: goed\nI: caf'), 0xe9, 0x0a]);
    expect(decodeTranscriptBytes(bytes, 'a.txt')).toEqual({
      file: 'a.txt',
      place: { line: 2, column: 7, offset: 16 },
      severity: 'warning',
      reason: 'invalid UTF-8 at byte 16; save the file as UTF-8, or read it with --encoding windows-1252 if it is Windows text',
      ruleId: 'invalid-utf8',
    });
  });

  it('reads Windows-1252 when asked, curly quotes, dashes and the euro sign included', () => {
    const bytes = Uint8Array.from([0x93, 0x45, 0xe9, 0x6e, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x85]);
    expect(decodeTranscriptBytes(bytes, 'a.txt', 'windows-1252')).toEqual({ text: '“Eén” – €5…', encoding: 'windows-1252' });
  });

  it('maps every byte 0x80-0x9f as the WHATWG windows-1252 table does', () => {
    const high = decodeWindows1252(Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index));
    expect([...high].map((char) => char.codePointAt(0)!.toString(16))).toEqual(
      '20ac 81 201a 192 201e 2026 2020 2021 2c6 2030 160 2039 152 8d 17d 8f 90 2018 2019 201c 201d 2022 2013 2014 2dc 2122 161 203a 153 9d 17e 178'.split(
        ' ',
      ),
    );
    expect(decodeWindows1252(Uint8Array.from([0x41, 0xff]))).toBe('Aÿ');
  });
});

describe('parseEncoding', () => {
  it('reads the names people type, and refuses others', () => {
    expect(['UTF-8', 'utf8', 'cp1252', 'Windows-1252', 'ANSI', 'latin1'].map(parseEncoding)).toEqual([
      'utf-8',
      'utf-8',
      'windows-1252',
      'windows-1252',
      'windows-1252',
      'windows-1252',
    ]);
    expect(parseEncoding('shift_jis')).toBeNull();
  });
});
