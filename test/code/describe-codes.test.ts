import { describe, expect, it } from 'vitest';
import { describeCodes } from '../../src/code/matcher.js';
import { codebookFrom } from '../helpers.js';

/** A codebook of two codes with the given match lists (YAML flow sequences). */
function twoCodes(first: string, second: string) {
  return codebookFrom(`id: t
title: T
version: 1.0.0
language: nl
themes:
  - id: thema
    label: Thema
    codes:
      - id: eerste
        label: Eerste
        match: ${first}
      - id: tweede
        label: Tweede
        match: ${second}
`);
}

describe("a code's description (the cache key of its codings)", () => {
  it('stays the same when another code gains a pattern before it, or its own patterns move in the file', () => {
    const [, before] = describeCodes([twoCodes('[wachtlijst]', '[wachten, "*loket*"]')]);
    const [, after] = describeCodes([twoCodes('[benchwoord, wachtlijst, "=loketten"]', '[wachten, "*loket*"]')]);
    expect(after).toBe(before);
  });

  it('changes when its own patterns change or swap places, since hits at one place are taken in pattern order', () => {
    const [, base] = describeCodes([twoCodes('[wachtlijst]', '[wachten, "*loket*"]')]);
    expect(describeCodes([twoCodes('[wachtlijst]', '[wachten, "*loket*", balie]')])[1]).not.toBe(base);
    expect(describeCodes([twoCodes('[wachtlijst]', '["*loket*", wachten]')])[1]).not.toBe(base);
    // A pattern of the second code that the first code lists earlier is tried earlier: its order changes.
    expect(describeCodes([twoCodes('["*loket*"]', '[wachten, "*loket*"]')])[1]).not.toBe(base);
  });
});
