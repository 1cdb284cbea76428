import { closeSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteWindow, JsonScanError, NotAnObject, scanArray, scanObject, type JsonPiece } from '../../src/ingest/json-scan.js';
import { makeTempDir } from '../helpers.js';

/** Scan a text written to a file with a window of `size` bytes; the pieces with their values parsed. */
function scan(text: string, size: number, from: number | null = null): unknown[] {
  const file = path.join(makeTempDir(), 'value.json');
  writeFileSync(file, text);
  const fd = openSync(file, 'r');
  try {
    const window = new ByteWindow(fd, from ?? 0, size);
    const pieces: JsonPiece[] = [...(from === null ? scanObject(window, 'documents') : scanArray(window, from))];
    return pieces.map((piece) =>
      piece.kind === 'member'
        ? [piece.key, JSON.parse(piece.value), Buffer.from(text).subarray(piece.offset).toString().startsWith(piece.value)]
        : piece.kind === 'element'
          ? JSON.parse(piece.text)
          : piece.kind,
    );
  } finally {
    closeSync(fd);
  }
}

/** What an error of the scanner says: its offset, or that the text is not an object. */
function failure(text: string): string {
  try {
    scan(text, 4);
    return 'none';
  } catch (error) {
    if (error instanceof NotAnObject) return `not an object at ${error.offset}`;
    if (error instanceof JsonScanError) return `${error.message} at ${error.offset}`;
    throw error;
  }
}

describe('scanning a JSON object a piece at a time', () => {
  it('gives each member and each element of the documents array, whatever the layout and the window', () => {
    fc.assert(
      fc.property(
        // Keys that are not array indices: an object lists those first, whatever the order they were written in.
        fc.dictionary(
          fc.string().filter((key) => key !== 'documents' && !/^(0|[1-9]\d*)$/.test(key)),
          fc.jsonValue({ maxDepth: 3 }),
          { maxKeys: 4 },
        ),
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }),
        fc.constantFrom(undefined, 2, '\t'),
        fc.integer({ min: 1, max: 64 }),
        fc.nat(),
        (members, documents, indent, size, place) => {
          const entries = Object.entries(members);
          const at = place % (entries.length + 1);
          const value = Object.fromEntries([...entries.slice(0, at), ['documents', documents], ...entries.slice(at)]);
          const text = JSON.stringify(value, null, indent);
          const expected = [
            ...entries.slice(0, at).map(([key, member]) => [key, member, true]),
            'array-start',
            ...documents,
            'array-end',
            ...entries.slice(at).map(([key, member]) => [key, member, true]),
          ];
          // JSON.parse reads -0 as 0 in both; compare by value.
          expect(scan(text, size)).toEqual(JSON.parse(JSON.stringify(expected)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads strings with escaped quotes and backslashes and multi-byte characters across window edges', () => {
    const tricky = ['a\\"b', '\\\\', 'x\\\\"', '"', 'ë€😀', '\\u0022', '}]{['];
    const documents = tricky.map((text, index) => ({ id: `d${index}`, text: text.repeat(index + 1), nested: [{ text }] }));
    const text = JSON.stringify({ format: 'f', documents, tail: tricky });
    for (const size of [1, 2, 3, 5, 8, 64])
      expect(scan(text, size)).toEqual([['format', 'f', true], 'array-start', ...documents, 'array-end', ['tail', tricky, true]]);
  });

  it('reads the documents array alone from its offset', () => {
    const text = '{"a": 1, "documents": [ {"x": 2} , [3], "y" ]}';
    expect(scan(text, 3, text.indexOf('['))).toEqual([{ x: 2 }, [3], 'y']);
  });

  it('says where the structure is broken, and when the text is not an object', () => {
    expect(failure('[1, 2]')).toBe('not an object at 0');
    expect(failure('  "text"')).toBe('not an object at 2');
    expect(failure('{"a": 1')).toBe('the text ends too early at 7');
    expect(failure('{"a": "open')).toBe('a string that does not end at 11');
    expect(failure('{"a" 1}')).toBe("expected ':' at 5");
    expect(failure('{"a": 1 "b": 2}')).toBe("expected ',' or '}' at 8");
    expect(failure('{"documents": [1 2]}')).toBe("expected ',' or ']' at 17");
    expect(failure('{"a": 1} x')).toBe('text after the end at 9');
    expect(failure('{a: 1}')).toBe('expected a member name at 1');
    expect(failure('{"a": }')).toBe('expected a value at 6');
  });
});
