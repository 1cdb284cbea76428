import { describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../src/batch/code-file.js';
import { taskSize } from '../../src/batch/code-corpus.js';
import { packOutcomes, unpackOutcomes } from '../../src/batch/pack.js';

const decode = (value: string | Uint8Array): string => (typeof value === 'string' ? value : new TextDecoder().decode(value));

function outcome(id: string, text: string): FileOutcome {
  return {
    diagnostics: [{ file: `${id}.md`, severity: 'info', reason: 'a note', ruleId: 'note' }],
    sheetDiagnostics: [],
    document: {
      id,
      codings: `${id},${text}\r\n`,
      matrix: `${id};1\r\n`,
      segments: text,
      result: JSON.stringify({ id, text }),
      summary: { id } as never,
      counts: { id } as never,
    },
  } as unknown as FileOutcome;
}

describe('outcomes packed on a worker thread into one buffer', () => {
  it('come back with every part of their output text, in order, multi-byte characters whole', () => {
    const outcomes = [
      outcome('a', 'Één keer – “zo” 👍'),
      { diagnostics: [], sheetDiagnostics: [], document: null } as unknown as FileOutcome,
      outcome('b', ''),
    ];
    const packed = packOutcomes(outcomes);
    expect(packed.bytes.byteLength).toBe(
      outcomes
        .flatMap((o) => (o.document ? [o.document.codings, o.document.matrix, o.document.segments, o.document.result] : []))
        .reduce((sum, part) => sum + Buffer.byteLength(part as string), 0),
    );
    const back = unpackOutcomes(packed);
    expect(
      back.map((o) => o.document && [o.document.codings, o.document.matrix, o.document.segments, o.document.result].map(decode)),
    ).toEqual(outcomes.map((o) => o.document && [o.document.codings, o.document.matrix, o.document.segments, o.document.result]));
    expect(back.map((o) => o.diagnostics)).toEqual(outcomes.map((o) => o.diagnostics));
    expect(back[0]!.document!.summary).toEqual({ id: 'a' });
  });
});

describe('files per worker task', () => {
  it('is one for small corpora, grows with the corpus and stays at most 16', () => {
    expect(taskSize(48, 2)).toBe(3);
    expect(taskSize(10, 4)).toBe(1);
    expect(taskSize(1000, 2)).toBe(16);
    expect(taskSize(160, 2)).toBe(10);
  });
});
