import { UserError } from '../model/diagnostic.js';
import { FINDING_KINDS, type FindingKind } from './finding.js';

/** Which placeholder each value has been given, per kind; the same key gives the same placeholders. */
export interface PseudonymKey {
  readonly placeholders: Readonly<Partial<Record<FindingKind, Readonly<Record<string, string>>>>>;
}

/** The `format` field of a key file. */
export const KEY_FORMAT = 'rodedraad-pseudonym-key';
/** The version of the key file format this rodedraad reads and writes. */
export const KEY_VERSION = 1;
/** Said in every key file, so that whoever opens it knows what it is. */
export const KEY_WARNING =
  'This file links placeholders to personal data: keep it apart from the pseudonymised transcripts, encrypted, and delete it when the study allows.';

const PLACEHOLDER = /^\[[A-Z]{2,20}-\d{1,6}\]$/;

/** A key with no placeholders yet. */
export function emptyPseudonymKey(): PseudonymKey {
  return { placeholders: {} };
}

/** The key as the JSON text of a key file: sorted, so that the same key gives the same bytes. */
export function serializePseudonymKey(key: PseudonymKey): string {
  const placeholders: Record<string, Record<string, string>> = {};
  for (const kind of [...FINDING_KINDS].sort()) {
    const entries = key.placeholders[kind];
    if (!entries || Object.keys(entries).length === 0) continue;
    placeholders[kind] = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return `${JSON.stringify({ format: KEY_FORMAT, version: KEY_VERSION, warning: KEY_WARNING, placeholders }, null, 2)}\n`;
}

/**
 * Reads and checks a key file's text; `file` names it in errors. Anything malformed (not JSON, another
 * format or version, a placeholder of the wrong shape, one placeholder for two values) is a UserError.
 */
export function parsePseudonymKey(text: string, file: string): PseudonymKey {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `${file}: the key file is not valid JSON (${error instanceof Error ? error.message : String(error)}); give the key file an earlier run wrote`,
    );
  }
  const record = isRecord(value) ? value : {};
  if (record['format'] !== KEY_FORMAT) throw new UserError(`${file}: not a rodedraad key file (it has no "format": "${KEY_FORMAT}")`);
  if (record['version'] !== KEY_VERSION) {
    throw new UserError(`${file}: key file version ${JSON.stringify(record['version'])}; this rodedraad reads version ${KEY_VERSION}`);
  }
  const placeholders = record['placeholders'];
  if (!isRecord(placeholders)) throw new UserError(`${file}: "placeholders" must be an object of kinds`);
  for (const [kind, entries] of Object.entries(placeholders)) {
    if (!(FINDING_KINDS as readonly string[]).includes(kind)) {
      throw new UserError(`${file}: unknown kind "${kind}" in "placeholders"; known kinds: ${FINDING_KINDS.join(', ')}`);
    }
    if (!isRecord(entries)) throw new UserError(`${file}: "placeholders.${kind}" must be an object of value → placeholder`);
    const seen = new Map<string, string>();
    for (const [original, placeholder] of Object.entries(entries)) {
      if (typeof placeholder !== 'string' || !PLACEHOLDER.test(placeholder)) {
        throw new UserError(`${file}: "placeholders.${kind}" has ${JSON.stringify(placeholder)}, not a placeholder like "[NAAM-1]"`);
      }
      const other = seen.get(placeholder);
      if (other !== undefined)
        throw new UserError(`${file}: placeholder ${placeholder} stands for two values of kind ${kind}; a key must be one-to-one`);
      seen.set(placeholder, original);
    }
  }
  return { placeholders: placeholders as PseudonymKey['placeholders'] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
