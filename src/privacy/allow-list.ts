import { FINDING_KINDS, type Finding, type FindingKind } from './finding.js';
import { normaliseValue } from './pseudonymise.js';

/** Values that are fine to quote (the municipality, a public organisation's phone number): findings of them are not reported. */
export interface AllowList {
  /** Whether the finding's value is on the list, compared as normaliseValue writes values of its kind. */
  allows(finding: Pick<Finding, 'kind' | 'text'>): boolean;
  readonly size: number;
}

/** What a privacy section (front matter `privacy:`) or a `.rodedraad-privacy.yaml` file says. */
export interface PrivacySettings {
  /** Values that are fine: names, numbers, addresses, of any kind. */
  readonly allow: readonly string[];
  /** Names known to occur, added to the front matter `names:` and a `--names` file. */
  readonly names: readonly string[];
}

/** The keys a privacy section may have. */
const PRIVACY_KEYS: readonly string[] = ['allow', 'names'];

/** Build an allow-list; each entry is written one way per kind, so `030-286 00 00` allows `(030) 2860000`. */
export function createAllowList(entries: readonly string[]): AllowList {
  const byKind = new Map<FindingKind, ReadonlySet<string>>();
  for (const kind of FINDING_KINDS) byKind.set(kind, new Set(entries.map((entry) => normaliseValue(kind, entry))));
  return {
    allows: (finding) => entries.length > 0 && byKind.get(finding.kind)!.has(normaliseValue(finding.kind, finding.text)),
    size: entries.length,
  };
}

/**
 * Reads a privacy section: `{allow: [...], names: [...]}`, each a list of text (a single text is a
 * list of one; numbers are text too). Returns what could be read and one problem per thing that
 * could not, so that the caller says where.
 */
export function readPrivacySettings(value: unknown): { settings: PrivacySettings; problems: string[] } {
  const problems: string[] = [];
  if (value === null || value === undefined) return { settings: { allow: [], names: [] }, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      settings: { allow: [], names: [] },
      problems: ['must be a map with allow: and names: lists (privacy: {allow: [Gemeente Utrecht]})'],
    };
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!PRIVACY_KEYS.includes(key)) problems.push(`unknown key "${key}"; a privacy section has ${PRIVACY_KEYS.join(' and ')}`);
  }
  const list = (key: string): string[] => {
    const entry = Object.hasOwn(record, key) ? record[key] : undefined;
    if (entry === undefined || entry === null) return [];
    const items = Array.isArray(entry) ? entry : [entry];
    const texts: string[] = [];
    for (const item of items) {
      if (typeof item === 'string' || typeof item === 'number') {
        if (String(item).trim() !== '') texts.push(String(item).trim());
      } else {
        problems.push(`${key}: ${JSON.stringify(item)} is not a text; write one value per list entry`);
      }
    }
    return texts;
  };
  return { settings: { allow: list('allow'), names: list('names') }, problems };
}

/** The names of a front matter `names:` entry: a list of texts or one text; anything else is a problem. */
export function readNamesEntry(value: unknown): { names: string[]; problems: string[] } {
  const { settings, problems } = readPrivacySettings(value === undefined ? undefined : { names: value });
  return { names: [...settings.names], problems: problems.map((problem) => problem.replace(/^names: /, '')) };
}

/** Settings of several places together (front matter, files up the tree, flags), in order, without repeats. */
export function mergePrivacySettings(parts: readonly PrivacySettings[]): PrivacySettings {
  return {
    allow: [...new Set(parts.flatMap((part) => part.allow))],
    names: [...new Set(parts.flatMap((part) => part.names))],
  };
}
