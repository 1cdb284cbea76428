import { describe, expect, it } from 'vitest';
import { referTo, resolve, restoreReason, restoreValue, storeReason, storeValue } from '../../src/cache/source-refs.js';
import type { AttributeValue } from '../../src/model/transcript.js';

const source = '---\nnames: [Piet Jansen, Marieke]\nleeftijd: 67\nactief: true\n---\n\n**Mevr. Jansen:** Ja.\n';

describe('places in the file instead of text', () => {
  it('refers to labels by their place, keeps white space, and refuses what is not in the file', () => {
    expect(referTo('Mevr. Jansen', source)).toEqual([source.indexOf('Mevr. Jansen'), 12]);
    expect(referTo('\n\n', source)).toBe('\n\n');
    expect(referTo('Karel', source)).toBeNull();
    expect(resolve(referTo('Mevr. Jansen', source), source)).toBe('Mevr. Jansen');
    expect(resolve([source.length - 1, 5], source)).toBeUndefined();
    expect(resolve([-1, 2], source)).toBeUndefined();
    expect(resolve('not white space', source)).toBeUndefined();
    // Times, written as the service wrote them or normalised, name nobody: kept as they are.
    expect(referTo('00:00:01.250', source)).toBe('00:00:01.250');
    expect(resolve('00:00:01.250', source)).toBe('00:00:01.250');
    // A speaker without a label is the document: stored as the id, which the key holds.
    expect(resolve(['id'], source, 'r22-zoom')).toBe('r22-zoom');
  });

  it('stores front-matter values of every shape and gets them back', () => {
    const values: AttributeValue[] = [
      'Piet Jansen',
      67,
      true,
      null,
      ['Piet Jansen', 'Marieke'],
      { wie: 'Marieke', leeftijd: 67, lijst: [false] },
    ];
    for (const value of values) {
      const stored = storeValue(value, source);
      expect(stored).not.toBeNull();
      expect(JSON.stringify(stored)).not.toMatch(/Jansen|Marieke/);
      expect(restoreValue(JSON.parse(JSON.stringify(stored)), source)).toEqual(value);
    }
    const tricky = JSON.parse('{"__proto__": "Marieke"}') as AttributeValue;
    const back = restoreValue(storeValue(tricky, source), source) as Record<string, AttributeValue>;
    expect(Object.hasOwn(back, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toBe('Marieke');
    // Not in the file as it stands: the file is not cached.
    expect(storeValue('Karel', source)).toBeNull();
    expect(storeValue(['Marieke', 'Karel'], source)).toBeNull();
    expect(storeValue(1e21, source)).toBeNull();
    expect(restoreValue(['r', 9999, 3], source)).toBeUndefined();
    expect(restoreValue(['x', 1, 1], source)).toBeUndefined();
    expect(restoreValue(['v', 'Marieke'], source)).toBeUndefined();
  });

  it('stores a warning with the names it holds by their places', () => {
    const reason = 'no interviewer label among Piet Jansen, Mevr. Jansen; assumed "Mevr. Jansen" is the interviewer';
    const stored = storeReason(reason, new Set(['Piet Jansen', 'Jansen']), source);
    expect(JSON.stringify(stored)).not.toContain('Jansen');
    expect(restoreReason(JSON.parse(JSON.stringify(stored)), source)).toBe(reason);
    expect(storeReason('3 word(s) before the first speaker label', new Set(['Piet']), source)).toBe(
      '3 word(s) before the first speaker label',
    );
    expect(restoreReason(['a', [9999, 2]], source)).toBeUndefined();
    // A quote cut short is stored by the place of its first part; a quote not in the file (white
    // space folded) would be text: the file is not cached.
    const cut = storeReason('the line "Mevr. Jans…" is left out', new Set(), source);
    expect(JSON.stringify(cut)).not.toContain('Jans');
    expect(restoreReason(JSON.parse(JSON.stringify(cut)), source)).toBe('the line "Mevr. Jans…" is left out');
    expect(storeReason('the line "Piet  Jansen, Marieke" is left out', new Set(), source)).toBeNull();
  });
});
