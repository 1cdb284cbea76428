import { type CompiledElement, elementAtoms } from './phrase-match.js';

/**
 * Which phrases can match in a segment: a phrase is tried only where the segment holds a word
 * for each of its positions, since most tries start at a common word ("niet", "geen") and the
 * rest of the phrase is nowhere in the segment. Each distinct set of atoms that a position takes
 * is a slot; an atom seen for the first time in a segment marks its slots; a phrase can match
 * when all of its slots are marked. Marks carry the segment's stamp, so nothing is cleared
 * between segments.
 */
export class PhrasePresence {
  /** The slots of each phrase (by index; empty for one-word patterns and regexes). */
  private readonly needs: Int32Array[];
  /** The slots an atom marks, by atom id. */
  private readonly slotsOf: Int32Array[];
  private seen = new Float64Array(0);
  private readonly marked: Float64Array;
  private stamp = 0;

  /** `elements` per pattern: the positions of each phrase (none for a regex). */
  constructor(elements: readonly (readonly CompiledElement[])[]) {
    const slots = new Map<string, number>();
    const bySlot: number[][] = [];
    this.needs = elements.map((positions) =>
      // The first position is there: a phrase is only tried where a word of it stands.
      Int32Array.from(
        positions.slice(1).map((element) => {
          const atoms = [...new Set(elementAtoms(element))].sort((a, b) => a - b);
          const key = atoms.join(',');
          let slot = slots.get(key);
          if (slot === undefined) {
            slot = bySlot.push(atoms) - 1;
            slots.set(key, slot);
          }
          return slot;
        }),
      ),
    );
    const slotLists: number[][] = [];
    bySlot.forEach((atoms, slot) => {
      for (const atom of atoms) {
        slotLists[atom] ??= [];
        slotLists[atom].push(slot);
      }
    });
    this.slotsOf = Array.from(slotLists, (list) => Int32Array.from(list ?? []));
    this.marked = new Float64Array(bySlot.length);
  }

  /** Start a segment: no atom seen yet. `atoms` is the number of atoms there are (every id is below it). */
  begin(atoms: number): void {
    if (this.seen.length < atoms) this.seen = new Float64Array(atoms);
    this.stamp++;
  }

  /** A word of the segment, by its atoms. */
  see(atoms: readonly number[]): void {
    const { seen, stamp, slotsOf, marked } = this;
    for (let index = 0; index < atoms.length; index++) {
      const atom = atoms[index]!;
      if (seen[atom] === stamp) continue;
      seen[atom] = stamp;
      const slots = slotsOf[atom];
      if (slots) for (let at = 0; at < slots.length; at++) marked[slots[at]!] = stamp;
    }
  }

  /** Whether the segment holds a word for every position of phrase `index` after its first. */
  mayMatch(index: number): boolean {
    const needs = this.needs[index]!;
    for (let at = 0; at < needs.length; at++) if (this.marked[needs[at]!] !== this.stamp) return false;
    return true;
  }
}
