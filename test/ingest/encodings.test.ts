import { describe, expect, it } from 'vitest';
import type { TranscriptFile } from '../../src/model/transcript.js';
import { decodeSource } from '../../src/ingest/read-file.js';
import { segment } from '../helpers.js';

const file: TranscriptFile = { absolute: '/x/r1.txt', display: 'r1.txt', format: 'text' };
const text = 'I: Hoe ging het?\n\nR1: Goed, café 😀, geen wachtlijst.\n';
const utf16le = (value: string) => new Uint8Array(Buffer.from(value, 'utf16le'));
const utf16be = (value: string) => new Uint8Array(Buffer.from(value, 'utf16le').swap16());

describe('decodeSource with UTF-16', () => {
  it('reads UTF-16 with a byte-order mark, little and big endian, as the same text', () => {
    for (const bytes of [new Uint8Array([0xff, 0xfe, ...utf16le(text)]), new Uint8Array([0xfe, 0xff, ...utf16be(text)])]) {
      const decoded = decodeSource(file, bytes);
      expect('text' in decoded && decoded.text).toBe(text);
      if (!('text' in decoded)) continue;
      expect(segment(decoded.text, { format: 'text', documentId: 'R1' }).segments[1]!.text).toBe('Goed, café 😀, geen wachtlijst.');
    }
  });

  it('says to save as UTF-8 for UTF-16 without a byte-order mark, and for UTF-32', () => {
    for (const bytes of [utf16le(text), utf16be(text)]) {
      expect(decodeSource(file, bytes)).toEqual({
        file: 'r1.txt',
        severity: 'warning',
        reason: 'UTF-16 text without a byte-order mark; save the file as UTF-8',
        ruleId: 'unsupported-encoding',
      });
    }
    expect(decodeSource(file, new Uint8Array([0xff, 0xfe, 0, 0, 0x49, 0, 0, 0]))).toMatchObject({
      reason: 'UTF-32 text; save the file as UTF-8',
    });
  });

  it('refuses broken UTF-16 and still calls a binary file binary', () => {
    expect(decodeSource(file, new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toMatchObject({ ruleId: 'invalid-utf16' });
    expect(
      decodeSource(file, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48])),
    ).toMatchObject({ ruleId: 'binary-file' });
  });
});
