import type { Diagnostic, Severity } from '../../model/diagnostic.js';

/** What one read of a project or codebook collects while it goes: the file it reads and its diagnostics. */
export interface ReadContext {
  /** The input file, as shown in messages. */
  readonly file: string;
  readonly diagnostics: Diagnostic[];
}

/** A fresh context for reading `file`. */
export function createContext(file: string): ReadContext {
  return { file, diagnostics: [] };
}

/** Record a diagnostic about the file being read. */
export function report(context: ReadContext, severity: Severity, reason: string, ruleId: string): void {
  context.diagnostics.push({ file: context.file, severity, reason, ruleId });
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The id a reference is matched by: braces removed and lower case, since tools write the same
 * GUID as `{ABC...}` and `abc...`. Ids that are not GUIDs (`c001`) are kept as they are, trimmed.
 */
export function normaliseId(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const trimmed = raw.trim();
  const bare = trimmed.startsWith('{') && trimmed.endsWith('}') ? trimmed.slice(1, -1).trim() : trimmed;
  if (bare === '') return null;
  return GUID.test(bare.toLowerCase()) ? bare.toLowerCase() : bare;
}

/** True when the id is a GUID in the form REFI-QDA prescribes (after `normaliseId`). */
export function isGuid(id: string): boolean {
  return GUID.test(id);
}

/** Say once per file that ids which are not GUIDs were accepted, with an example. */
export function reportNonGuids(context: ReadContext, ids: readonly string[]): void {
  const odd = ids.filter((id) => !isGuid(id));
  if (odd.length === 0) return;
  report(
    context,
    'info',
    `${odd.length} id${odd.length === 1 ? ' is' : 's are'} not a GUID (e.g. "${odd[0]}"); read as written, matched exactly`,
    'refi-id-not-guid',
  );
}
