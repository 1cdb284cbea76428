import type { MappedText, SourceRun } from '../model/transcript.js';

/** Source offset (UTF-16) of the character at `index` in a mapped text. */
export function toSourceOffset(map: readonly SourceRun[], index: number): number {
  let low = 0;
  let high = map.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (map[mid]![0] <= index) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (found < 0) return map.length > 0 ? map[0]![1] : 0;
  const [textStart, sourceStart, length] = map[found]!;
  return sourceStart + Math.min(index - textStart, length);
}

/** Source range `[start, end)` covered by the text range `[start, end)` of a mapped text. */
export function toSourceRange(map: readonly SourceRun[], start: number, end: number): [number, number] {
  if (end <= start) {
    const at = toSourceOffset(map, start);
    return [at, at];
  }
  return [toSourceOffset(map, start), toSourceOffset(map, end - 1) + 1];
}

/** Builds a mapped text piece by piece, merging adjacent runs. */
export class MappedTextBuilder {
  private text = '';
  private readonly map: [number, number, number][] = [];

  /** Append `value`, whose characters come from consecutive source offsets starting at `sourceStart`. */
  append(value: string, sourceStart: number): void {
    if (value.length === 0) return;
    const last = this.map[this.map.length - 1];
    if (last && last[0] + last[2] === this.text.length && last[1] + last[2] === sourceStart) {
      last[2] += value.length;
    } else {
      this.map.push([this.text.length, sourceStart, value.length]);
    }
    this.text += value;
  }

  /** Append characters that have no place in the source (joiners). */
  appendUnmapped(value: string): void {
    this.text += value;
  }

  /** Append the range `[start, end)` of another mapped text, keeping its mapping. */
  appendSlice(from: MappedText, start: number, end: number): void {
    let cursor = start;
    for (const [textStart, sourceStart, length] of from.map) {
      const runEnd = textStart + length;
      if (runEnd <= cursor) continue;
      if (textStart >= end) break;
      if (textStart > cursor) {
        this.appendUnmapped(from.text.slice(cursor, textStart));
        cursor = textStart;
      }
      const sliceEnd = Math.min(end, runEnd);
      this.append(from.text.slice(cursor, sliceEnd), sourceStart + (cursor - textStart));
      cursor = sliceEnd;
    }
    if (cursor < end) this.appendUnmapped(from.text.slice(cursor, end));
  }

  get length(): number {
    return this.text.length;
  }

  /** The text so far. */
  peek(): string {
    return this.text;
  }

  /** The finished mapped text. */
  build(): MappedText {
    return { text: this.text, map: this.map.map((run) => [run[0], run[1], run[2]] as const) };
  }
}
