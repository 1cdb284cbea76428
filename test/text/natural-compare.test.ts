import { describe, expect, it } from 'vitest';
import { compareNatural } from '../../src/text/natural-compare.js';

describe('compareNatural', () => {
  it('orders numbers in names by value', () => {
    const names = [
      'Interview 10.md',
      'Interview 2.md',
      'Interview 1.md',
      'interview 3.md',
      'Interview 100.md',
      'Interview 9b.md',
      'Interview 9a.md',
    ];
    expect([...names].sort(compareNatural)).toEqual([
      'Interview 1.md',
      'Interview 2.md',
      'Interview 9a.md',
      'Interview 9b.md',
      'Interview 10.md',
      'Interview 100.md',
      'interview 3.md',
    ]);
  });

  it('compares several digit runs, and runs longer than any number type', () => {
    const names = ['r2-10', 'r2-9', 'r10-1', 'r2', '123456789012345678901234567890', '123456789012345678901234567889'];
    expect([...names].sort(compareNatural)).toEqual([
      '123456789012345678901234567889',
      '123456789012345678901234567890',
      'r2',
      'r2-9',
      'r2-10',
      'r10-1',
    ]);
  });

  it('breaks ties between equal numbers by code-unit order, so no two different names compare equal', () => {
    expect(compareNatural('r07', 'r7')).toBe(-1);
    expect(compareNatural('r7', 'r07')).toBe(1);
    expect(compareNatural('r7', 'r7')).toBe(0);
    expect(compareNatural('r007x', 'r7a')).toBe(1);
  });

  it('does not depend on the locale: accented and upper-case letters by code unit', () => {
    expect(['é 1', 'e 2', 'E 3', 'z'].sort(compareNatural)).toEqual(['E 3', 'e 2', 'z', 'é 1']);
  });

  it('is a total order on a mixed sample (antisymmetric and transitive)', () => {
    const sample = [
      '',
      '0',
      '00',
      '1',
      '01',
      '10',
      'a',
      'a0',
      'a00',
      'a1',
      'a01',
      'a1b',
      'a01a',
      'a-1',
      'a 2',
      'a10',
      'A2',
      'b',
      '1a',
      '1-',
      '9',
      '09x',
    ];
    for (const x of sample) {
      for (const y of sample) {
        expect(compareNatural(x, y) + compareNatural(y, x), `${x} ${y}`).toBe(0);
        if (x !== y) expect(compareNatural(x, y)).not.toBe(0);
        for (const z of sample)
          if (compareNatural(x, y) < 0 && compareNatural(y, z) < 0) expect(compareNatural(x, z), `${x} ${y} ${z}`).toBe(-1);
      }
    }
  });
});
