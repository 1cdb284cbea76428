import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/privacy/finding.js';
import type { PrivacyScanner } from '../../src/cli/privacy-scanner.js';
import { createSegmentGate, MAX_SCANNING } from '../../src/cli/segment-gate.js';
import type { FormattedDocument } from '../../src/results/document-outputs.js';

/** A document with one coded segment, as the gate sees it. */
function documentOf(index: number): FormattedDocument {
  return {
    id: `D${index}`,
    codings: '',
    matrix: '',
    segments: '',
    result: '',
    summary: { file: `d${index}.md`, attributes: {} } as unknown as FormattedDocument['summary'],
    counts: {} as FormattedDocument['counts'],
    codedTexts: [`Ik stond op een wachtlijst (${index}).`],
  };
}

describe('the privacy gate of code', () => {
  it('makes the writer wait when more than MAX_SCANNING documents are not scanned yet', async () => {
    const waiting: ((findings: Finding[][]) => void)[] = [];
    const scanner: PrivacyScanner = {
      scan: () => new Promise((resolve) => waiting.push(resolve)),
      close: async () => undefined,
    };
    const gate = createSegmentGate(
      [],
      async () => ({ names: [], allowed: [], diagnostics: [] }),
      null,
      () => scanner,
    );
    for (let index = 0; index < MAX_SCANNING; index++) await gate.add(documentOf(index));
    let added = false;
    const next = gate.add(documentOf(MAX_SCANNING)).then(() => {
      added = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(waiting).toHaveLength(MAX_SCANNING + 1);
    expect(added).toBe(false);
    waiting[0]!([[]]);
    await next;
    expect(added).toBe(true);
    for (const resolve of waiting.slice(1)) resolve([[]]);
    expect(await gate.finish('out/codings.csv')).toEqual([]);
  });
});
