import { describe, expect, it } from 'vitest';
import type { Column } from '../../src/report/document/model.js';
import { layoutColumns, measureColumns, splitColumns } from '../../src/report/formats/table-layout.js';

const text = (value: string) => [{ kind: 'text' as const, text: value }];
const length = (value: string) => [...value].length;

describe('measureColumns', () => {
  it('takes the longest word of a text column as its minimum, and the whole of a number or header word', () => {
    const columns: Column[] = [
      { header: 'code', align: 'left', numeric: false },
      { header: 'interviews', align: 'right', numeric: true },
    ];
    const needs = measureColumns(columns, [[text('Schaamte en vraagverlegenheid (schaamte-vraagverlegenheid)'), text('14')]], length);
    // "vraagverlegenheid" (with the bracket) is the longest piece; a line may break after the hyphen.
    expect(needs[0]).toEqual({ min: 'vraagverlegenheid)'.length, natural: 58 });
    expect(needs[1]).toEqual({ min: 10, natural: 10 });
  });

  it('lets a long unbroken run (a hash) break, so it never claims a whole page', () => {
    const needs = measureColumns([{ header: 'sha256', align: 'left', numeric: false }], [[text('a'.repeat(64))]], length);
    expect(needs[0]!.min).toBe(24);
    expect(needs[0]!.natural).toBe(64);
  });
});

describe('layoutColumns', () => {
  it('keeps natural widths when they fit, and gives the room left to the columns that wrap', () => {
    expect(
      layoutColumns(
        [
          { min: 5, natural: 10 },
          { min: 3, natural: 3 },
        ],
        100,
        2,
      ),
    ).toEqual([12, 5]);
    const widths = layoutColumns(
      [
        { min: 10, natural: 60 },
        { min: 5, natural: 20 },
        { min: 4, natural: 4 },
      ],
      50,
      2,
    )!;
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(50);
    // The number column keeps exactly its width; the two text columns share the rest by what they miss (50 : 15).
    expect(widths[2]).toBe(6);
    expect((widths[0]! - 12) / (widths[1]! - 7)).toBeCloseTo(50 / 15);
  });

  it('says null when even the narrowest layout is wider than the page', () => {
    expect(
      layoutColumns(
        [
          { min: 30, natural: 40 },
          { min: 30, natural: 30 },
        ],
        60,
        2,
      ),
    ).toBeNull();
  });
});

describe('splitColumns', () => {
  it('keeps a table that fits whole, and splits one that does not into parts that fit, each with the key columns first', () => {
    const needs = Array.from({ length: 12 }, (_, index) => (index === 0 ? { min: 12, natural: 20 } : { min: 8, natural: 8 }));
    expect(splitColumns(needs.slice(0, 4), 1, 60, 2)).toEqual([[0, 1, 2, 3]]);
    const parts = splitColumns(needs, 1, 60, 2);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part[0]).toBe(0);
      expect(
        layoutColumns(
          part.map((index) => needs[index]!),
          60,
          2,
        ),
      ).not.toBeNull();
    }
    expect(parts.flatMap((part) => part.slice(1))).toEqual(Array.from({ length: 11 }, (_, index) => index + 1));
  });
});
