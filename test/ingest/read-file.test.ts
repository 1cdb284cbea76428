import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/ingest/encoding.js';
import { decodeSource } from '../../src/ingest/read-file.js';
import type { TranscriptFile } from '../../src/model/transcript.js';
import { segment } from '../helpers.js';

const file: TranscriptFile = { absolute: '/x/r1.md', display: 'r1.md', format: 'markdown' };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('drops a UTF-8 byte-order mark, so offsets count from the first character', () => {
    const decoded = decodeSource(file, new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('I: Vraag?\n\nR1: Ja.\n')]));
    if (!('text' in decoded)) throw new Error(decoded.reason);
    expect(decoded.text).toBe('I: Vraag?\n\nR1: Ja.\n');
    const { segments } = segment(decoded.text, { documentId: 'R1' });
    expect(segments[0]!.start).toEqual({ line: 1, column: 4, offset: 3 });
  });

  it('hashes the bytes with sha256', () => {
    const decoded = decodeSource(file, bytes('abc'));
    expect('sha256' in decoded && decoded.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('rejects a binary file', () => {
    expect(decodeSource(file, new Uint8Array([0x25, 0x50, 0x00]))).toEqual({
      file: 'r1.md',
      severity: 'warning',
      reason: 'binary file (a NUL byte at byte 2), not a text transcript',
      ruleId: 'binary-file',
    });
  });

  it('rejects invalid UTF-8 with the line and column of the first bad byte', () => {
    const latin1 = new Uint8Array([...bytes('Eerste regel\nDe caf'), 0xe9, ...bytes(' was dicht\n')]);
    expect(decodeSource(file, latin1)).toMatchObject({
      place: { line: 2, column: 7, offset: 19 },
      reason: 'invalid UTF-8 at byte 19; save the file as UTF-8, or read it with --encoding windows-1252 if it is Windows text',
      ruleId: 'invalid-utf8',
    });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x61, 0xc3, 0xa9], 3],
    [[0x61, 0xc0, 0x80], 1],
    [[0xe2, 0x82], 0],
    [[0xed, 0xa0, 0x80], 0],
    [[0xf0, 0x9f, 0x98, 0x80, 0xff], 4],
  ])('%j: first bad byte at %i', (input, expected) => {
    expect(firstInvalidUtf8(new Uint8Array(input))).toBe(expected);
  });
});
