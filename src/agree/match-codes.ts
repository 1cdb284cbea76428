import type { ExchangeCode } from '../exchange/coding-model.js';

/** Codes of the two codings compared as one: usually one code each; a --map can join several reference codes. */
export interface CodeGroup {
  /** Stable id: the candidate code ids joined with "+". */
  readonly id: string;
  readonly reference: readonly ExchangeCode[];
  readonly candidate: readonly ExchangeCode[];
}

/** A line of a --map file: a reference code and the candidate code it corresponds to, by id, name or path. */
export interface CodeMapEntry {
  readonly reference: string;
  readonly candidate: string;
  /** Where the entry stands, for messages ("map.csv:3"). */
  readonly origin: string;
}

/** The pairing of the codes of two codings. */
export interface CodeMatching {
  readonly groups: readonly CodeGroup[];
  readonly onlyReference: readonly ExchangeCode[];
  readonly onlyCandidate: readonly ExchangeCode[];
  /** Map entries that name no code, with why. */
  readonly problems: readonly string[];
}

/**
 * Compare code names leniently: case, accents, punctuation and spaces do not count, so that an id
 * (`dont-go-in-depth`), a label (`Don't go in depth`) and a name typed again (`Pre-computed`,
 * `Precomputed`) meet. Only `>` counts: it separates the levels of a path.
 */
export function codeKey(name: string): string {
  return (
    name
      // Decomposed, an accent is a mark of its own, and goes with the punctuation.
      .normalize('NFKD')
      .toLowerCase()
      .split('>')
      .map((part) => part.replace(/[^\p{L}\p{N}]+/gu, ''))
      .join('>')
  );
}

/** The names a code can be found by, most specific first: id, path, name. */
function keysOf(code: ExchangeCode): string[] {
  return [code.id, code.path.join(' > '), code.name];
}

/** Find a code by a name: ids first, then paths, then names; 'ambiguous' when two codes share the name at that level. */
function finder(codes: readonly ExchangeCode[]): (name: string) => ExchangeCode | 'ambiguous' | undefined {
  const levels = [0, 1, 2].map((level) => {
    const byKey = new Map<string, ExchangeCode[]>();
    for (const code of codes) {
      const key = codeKey([code.id, code.path.join(' > '), code.name][level]!);
      byKey.set(key, [...(byKey.get(key) ?? []), code]);
    }
    return byKey;
  });
  return (name) => {
    const key = codeKey(name);
    for (const byKey of levels) {
      const found = byKey.get(key);
      if (found !== undefined) return found.length === 1 ? found[0]! : 'ambiguous';
    }
    return undefined;
  };
}

/**
 * Pair the codable codes of a reference and a candidate: first by the --map entries, then each
 * remaining reference code with the candidate code of the same id, path or name. Codes joined
 * through the map (several reference codes to one candidate code) form one group. Groups come in
 * the candidate's order.
 */
export function matchCodes(
  reference: readonly ExchangeCode[],
  candidate: readonly ExchangeCode[],
  map: readonly CodeMapEntry[] = [],
): CodeMatching {
  const findReference = finder(reference);
  const findCandidate = finder(candidate);
  const problems: string[] = [];
  const edges: [ExchangeCode, ExchangeCode][] = [];
  const mapped = new Set<ExchangeCode>();
  for (const entry of map) {
    const from = findReference(entry.reference);
    const to = findCandidate(entry.candidate);
    if (from === undefined || from === 'ambiguous') problems.push(`${entry.origin}: ${describe(from, entry.reference, 'reference')}`);
    if (to === undefined || to === 'ambiguous') problems.push(`${entry.origin}: ${describe(to, entry.candidate, 'candidate')}`);
    if (typeof from === 'object' && typeof to === 'object') {
      edges.push([from, to]);
      mapped.add(from);
    }
  }
  for (const code of reference) {
    if (mapped.has(code)) continue;
    for (const key of keysOf(code)) {
      const to = findCandidate(key);
      if (typeof to === 'object') {
        edges.push([code, to]);
        break;
      }
    }
  }
  // Each candidate code with the reference codes paired to it; candidate codes joined by a shared reference code merge.
  const groupOf = new Map<ExchangeCode, { reference: Set<ExchangeCode>; candidate: Set<ExchangeCode> }>();
  for (const [from, to] of edges) {
    const existing = [groupOf.get(from), groupOf.get(to)].filter((group) => group !== undefined);
    const group = existing[0] ?? { reference: new Set<ExchangeCode>(), candidate: new Set<ExchangeCode>() };
    for (const other of existing.slice(1)) {
      if (other === group) continue;
      for (const code of other.reference) group.reference.add(code);
      for (const code of other.candidate) group.candidate.add(code);
    }
    group.reference.add(from);
    group.candidate.add(to);
    for (const code of [...group.reference, ...group.candidate]) groupOf.set(code, group);
  }
  const order = (codes: readonly ExchangeCode[]) => (set: ReadonlySet<ExchangeCode>) => codes.filter((code) => set.has(code));
  const groups: CodeGroup[] = [];
  const seen = new Set<object>();
  for (const code of candidate) {
    const group = groupOf.get(code);
    if (group === undefined || seen.has(group)) continue;
    seen.add(group);
    const candidates = order(candidate)(group.candidate);
    groups.push({ id: candidates.map((entry) => entry.id).join('+'), reference: order(reference)(group.reference), candidate: candidates });
  }
  return {
    groups,
    onlyReference: reference.filter((code) => !groupOf.has(code)),
    onlyCandidate: candidate.filter((code) => !groupOf.has(code)),
    problems,
  };
}

function describe(found: 'ambiguous' | undefined, name: string, side: string): string {
  return found === 'ambiguous'
    ? `"${name}" names more than one ${side} code; use its id or full path`
    : `no ${side} code is called "${name}"`;
}
