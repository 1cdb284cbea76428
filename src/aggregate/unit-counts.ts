/** What is counted per code or theme in a document. */
export type UnitCount = 'segments' | 'negatedSegments' | 'speakers';

const SLOTS: Readonly<Record<UnitCount, number>> = { segments: 0, negatedSegments: 1, speakers: 2 };

/**
 * Counts per code or theme of one document: segments that have it, segments where it is only a
 * negated mention, and distinct speakers of the segments that have it. Three numbers per entry in
 * one typed array, so that ten thousand documents cost little memory.
 */
export class UnitCounts {
  private readonly values: Uint32Array;

  constructor(size: number) {
    this.values = new Uint32Array(size * 3);
  }

  /** The count of entry `index`. */
  get(index: number, what: UnitCount): number {
    return this.values[index * 3 + SLOTS[what]]!;
  }

  /** Count one more for entry `index`. */
  add(index: number, what: UnitCount): void {
    this.values[index * 3 + SLOTS[what]]!++;
  }
}
