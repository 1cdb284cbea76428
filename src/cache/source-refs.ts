import { type AttributeValue, toAttributes } from '../model/transcript.js';

/**
 * Labels, headings, times and front-matter values as the cache stores them: as a place in the
 * file's text (`[start, length]`), never as text, since they can name people (`Mevr. Jansen:`,
 * `names: [Piet Jansen]`). What is not in the file's text as it stands cannot be stored.
 */
export type SourceRef = readonly [number, number];

/** A stored front-matter value: a string or number by its place, true/false/null as they are, lists and maps of them. */
export type StoredValue =
  | readonly ['r', number, number]
  | readonly ['n', number, number]
  | readonly ['v', boolean | null]
  | readonly ['a', readonly StoredValue[]]
  | readonly ['o', readonly (readonly [string, StoredValue])[]];

/** White space and times (00:01:02.250), which name nobody, and which the cache may keep as they are. */
const NAMES_NOBODY = /^(?:\s*|[\d:.,]+)$/;

/** The place of `text` in `source` (white space and times as they are); null when it is not there. */
export function referTo(text: string, source: string): SourceRef | string | null {
  if (NAMES_NOBODY.test(text)) return text;
  const at = source.indexOf(text);
  return at < 0 ? null : [at, text.length];
}

/** The stored form of the document's id where the file does not hold it (a speaker without a label is named by it). */
export const DOCUMENT_ID = ['id'] as const;

/** The text a stored string stands for (`id`: the document's id); undefined when it does not fit the source. */
export function resolve(stored: unknown, source: string, id?: string): string | undefined {
  if (typeof stored === 'string') return NAMES_NOBODY.test(stored) ? stored : undefined;
  if (Array.isArray(stored) && stored.length === 1 && stored[0] === DOCUMENT_ID[0]) return id;
  return slice(stored, source);
}

/** A front-matter value for the cache; null when a string or number in it is not in the file's text. */
export function storeValue(value: AttributeValue, source: string): StoredValue | null {
  if (typeof value === 'boolean' || value === null) return ['v', value];
  if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value);
    const at = source.indexOf(text);
    if (at < 0 || (typeof value === 'number' && Number(text) !== value)) return null;
    return [typeof value === 'string' ? 'r' : 'n', at, text.length];
  }
  if (Array.isArray(value)) {
    const items: StoredValue[] = [];
    for (const item of value as readonly AttributeValue[]) {
      const stored = storeValue(item, source);
      if (!stored) return null;
      items.push(stored);
    }
    return ['a', items];
  }
  const entries: (readonly [string, StoredValue])[] = [];
  for (const [key, item] of Object.entries(value as Readonly<Record<string, AttributeValue>>)) {
    const stored = storeValue(item, source);
    if (!stored) return null;
    entries.push([key, stored]);
  }
  return ['o', entries];
}

/** The front-matter value a stored one stands for; undefined when it does not fit the source. */
export function restoreValue(stored: unknown, source: string): AttributeValue | undefined {
  if (!Array.isArray(stored) || stored.length < 2) return undefined;
  const [kind, ...rest] = stored as [unknown, ...unknown[]];
  if (kind === 'v') return rest[0] === true || rest[0] === false || rest[0] === null ? (rest[0] as boolean | null) : undefined;
  if (kind === 'r' || kind === 'n') {
    const text = slice(rest, source);
    return text === undefined ? undefined : kind === 'r' ? text : Number(text);
  }
  if (!Array.isArray(rest[0])) return undefined;
  const items: AttributeValue[] = [];
  const entries: [string, AttributeValue][] = [];
  for (const item of rest[0] as unknown[]) {
    if (kind === 'a') {
      const value = restoreValue(item, source);
      if (value === undefined) return undefined;
      items.push(value);
    } else if (kind === 'o' && Array.isArray(item) && typeof item[0] === 'string') {
      const value = restoreValue(item[1], source);
      if (value === undefined) return undefined;
      entries.push([item[0], value]);
    } else return undefined;
  }
  // A map without a prototype, as front matter is read (toAttributes): `__proto__` is a plain key.
  return kind === 'a' ? items : toAttributes(entries);
}

/** `source` from `start` for `length` characters, when `place` is two whole numbers that fit. */
function slice(place: unknown, source: string): string | undefined {
  if (!Array.isArray(place) || place.length !== 2) return undefined;
  const [start, length] = place as [unknown, unknown];
  if (!Number.isInteger(start) || !Number.isInteger(length)) return undefined;
  const [from, count] = [start as number, length as number];
  if (from < 0 || count < 0 || from + count > source.length) return undefined;
  return source.slice(from, from + count);
}

/**
 * A warning's text for the cache: the parts of it that are in the file's text (the names in
 * `known`, and whatever it quotes) by their places, the rest as it is. The warnings name labels,
 * speakers and ids, which can be people's names.
 */
export function storeReason(reason: string, known: ReadonlySet<string>, source: string): (string | SourceRef)[] | string | null {
  const parts = new Set(known);
  for (const quoted of reason.matchAll(/"([^"]+)"/g)) {
    // A quote cut short ends in "…": the part before it is the file's text.
    const part = quoted[1]!.endsWith('…') ? quoted[1]!.slice(0, -1) : quoted[1]!;
    // Quoted text that is not in the file as it stands (folded white space) would be kept as text: not cached.
    if (part.trim().length > 1 && !source.includes(part)) return null;
    parts.add(part);
  }
  // A one-character label (I, R) names nobody, and would cut the text into letters.
  const found = [...parts].filter((part) => part.trim().length > 1 && reason.includes(part) && source.includes(part));
  if (found.length === 0) return reason;
  // Longest first, so that "Piet Jansen" is one place rather than "Piet" and a rest.
  found.sort((a, b) => b.length - a.length);
  const pieces: (string | SourceRef)[] = [];
  let text = '';
  for (let at = 0; at < reason.length; ) {
    const part = found.find((candidate) => reason.startsWith(candidate, at));
    if (part === undefined) {
      text += reason[at]!;
      at++;
      continue;
    }
    if (text !== '') pieces.push(text);
    text = '';
    pieces.push([source.indexOf(part), part.length]);
    at += part.length;
  }
  if (text !== '') pieces.push(text);
  return pieces;
}

/** A warning's text from its stored pieces; undefined when they do not fit the source. */
export function restoreReason(stored: unknown, source: string): string | undefined {
  if (typeof stored === 'string') return stored;
  if (!Array.isArray(stored)) return undefined;
  let reason = '';
  for (const piece of stored as unknown[]) {
    const text = typeof piece === 'string' ? piece : slice(piece, source);
    if (text === undefined) return undefined;
    reason += text;
  }
  return reason;
}
