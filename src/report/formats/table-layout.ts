// Column widths for a table on a page: every column at least as wide as its longest word (numbers
// never wrap), the room left shared out by how much more each column would like. Markdown (as
// pandoc reads the dashes of the separator row), Word and HTML all size tables this way.
import { plainText, type Column, type Inlines } from '../document/model.js';

/** What a column needs: the width of its longest unbreakable piece and of its longest content. */
export interface ColumnNeed {
  readonly min: number;
  readonly natural: number;
}

/** A run of characters without a break longer than this may break anywhere (a hash, a path). */
const LONGEST_UNBROKEN = 24;

/** Measure the columns of a table with `measure` (text to width; bold for headers). */
export function measureColumns(
  columns: readonly Column[],
  rows: readonly (readonly Inlines[])[],
  measure: (text: string, bold: boolean) => number,
): ColumnNeed[] {
  return columns.map((column, index) => {
    const need = (text: string, bold: boolean, wraps: boolean): ColumnNeed => {
      const natural = measure(text, bold);
      if (!wraps) return { min: natural, natural };
      // A line may break after a space, a hyphen or a slash, as Word and browsers break it.
      const pieces = text
        .split(/(?<=[\s\-/])/)
        .map((piece) => (piece.trim().length > LONGEST_UNBROKEN ? piece.trim().slice(0, LONGEST_UNBROKEN) : piece.trim()));
      return { min: Math.max(0, ...pieces.map((piece) => measure(piece, bold))), natural };
    };
    const needs = [need(column.header, true, true), ...rows.map((row) => need(plainText(row[index] ?? []), false, !column.numeric))];
    return { min: Math.max(...needs.map((entry) => entry.min)), natural: Math.max(...needs.map((entry) => entry.natural)) };
  });
}

/**
 * Widths for columns within `available`, each with `padding` added; null when even the narrowest
 * layout is wider. A table whose content fits keeps its natural widths; otherwise every column gets
 * its minimum and the rest of the room goes to the columns that wrap, in proportion to what they miss.
 */
export function layoutColumns(needs: readonly ColumnNeed[], available: number, padding: number): number[] | null {
  const minimum = needs.reduce((sum, need) => sum + need.min + padding, 0);
  if (minimum > available) return null;
  const natural = needs.reduce((sum, need) => sum + need.natural + padding, 0);
  if (natural <= available) return needs.map((need) => need.natural + padding);
  const missing = needs.reduce((sum, need) => sum + (need.natural - need.min), 0);
  const room = available - minimum;
  return needs.map((need) => need.min + padding + (missing === 0 ? 0 : (room * (need.natural - need.min)) / missing));
}

/**
 * The columns split into parts that each fit `available`, every part repeating the first `key`
 * columns (which name the row); one part when the table fits whole. A column that cannot fit even
 * beside the key columns stands alone with them.
 */
export function splitColumns(needs: readonly ColumnNeed[], key: number, available: number, padding: number): number[][] {
  const all = needs.map((_, index) => index);
  if (layoutColumns(needs, available, padding) !== null) return [all];
  const keys = all.slice(0, key);
  const parts: number[][] = [];
  let part: number[] = [];
  for (const index of all.slice(key)) {
    const candidate = [...keys, ...part, index];
    if (
      part.length > 0 &&
      layoutColumns(
        candidate.map((at) => needs[at]!),
        available,
        padding,
      ) === null
    ) {
      parts.push([...keys, ...part]);
      part = [index];
    } else {
      part.push(index);
    }
  }
  if (part.length > 0 || parts.length === 0) parts.push([...keys, ...part]);
  return parts;
}
