import type { CodeRef, Coding, Hit } from '../model/coding.js';
import { isCount } from './recipe.js';

/** One code's codings of a file, per segment that has one: `[segment position, negated, hits]`. */
export type StoredCodings = readonly (readonly [number, boolean, readonly StoredHit[]])[];
/** A hit with its negation cue as a place in the segment's text: `[pattern, start, end, negated, cue start, cue end]`. */
type StoredHit = readonly [string, number, number, boolean, number, number];

/** Store the codings of one code (by order) of a file's segments; null when a cue is not in its segment's text. */
export function storeCodings(
  segments: readonly { readonly text: string; readonly codings: readonly Coding[] }[],
  order: number,
): StoredCodings | null {
  const stored: [number, boolean, StoredHit[]][] = [];
  for (let position = 0; position < segments.length; position++) {
    const { text, codings } = segments[position]!;
    const coding = codings.find((one) => one.code.order === order);
    if (!coding) continue;
    const hits: StoredHit[] = [];
    for (const hit of coding.hits) {
      const cue = hit.cue === null ? -1 : text.indexOf(hit.cue);
      if (hit.cue !== null && cue < 0) return null;
      hits.push([hit.pattern, hit.start, hit.end, hit.negated, cue, cue < 0 ? -1 : cue + hit.cue!.length]);
    }
    stored.push([position, coding.negated, hits]);
  }
  return stored;
}

/** The codings of `code` per segment position from a stored value; null when anything in it does not fit the segments. */
export function restoreCodings(
  value: unknown,
  segments: readonly { readonly text: string; readonly coded: boolean }[],
  code: CodeRef,
): Map<number, Coding> | null {
  if (!Array.isArray(value)) return null;
  const patterns = new Set([...code.code.match, ...code.code.unless].map((source) => source.text.trim()));
  const codings = new Map<number, Coding>();
  for (const entry of value as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 3 || !Array.isArray(entry[2]) || typeof entry[1] !== 'boolean') return null;
    const segment = isCount(entry[0]) ? segments[entry[0]] : undefined;
    if (!segment?.coded || codings.has(entry[0] as number)) return null;
    const hits: Hit[] = [];
    for (const stored of entry[2] as unknown[]) {
      const hit = restoreHit(stored, segment.text, patterns);
      if (!hit) return null;
      hits.push(hit);
    }
    codings.set(entry[0] as number, { code, negated: entry[1], hits });
  }
  return codings;
}

function restoreHit(value: unknown, text: string, patterns: ReadonlySet<string>): Hit | null {
  if (!Array.isArray(value) || value.length !== 6) return null;
  const [pattern, start, end, negated, cueStart, cueEnd] = value as unknown[];
  if (typeof pattern !== 'string' || !patterns.has(pattern) || typeof negated !== 'boolean') return null;
  if (!isCount(start) || !isCount(end) || start > end || end > text.length) return null;
  if (cueStart === -1 && cueEnd === -1) return { pattern, start, end, negated, cue: null };
  if (!isCount(cueStart) || !isCount(cueEnd) || cueStart >= cueEnd || cueEnd > text.length) return null;
  return { pattern, start, end, negated, cue: text.slice(cueStart, cueEnd) };
}
