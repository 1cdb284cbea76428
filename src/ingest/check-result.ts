import { UserError, type Diagnostic } from '../model/diagnostic.js';
import { RESULT_FORMAT, RESULT_FORMAT_VERSION } from '../model/result.js';
import { MAX_YAML_DEPTH } from '../text/yaml.js';
import type { ResultCodebook, ResultDocument, ResultShell } from '../model/result.js';
import { validateResult, validateResultDocument, validateResultHead } from './result-validator.generated.js';
import { toAttributes, type AttributeValue, type Attributes } from '../model/transcript.js';
import { shorten } from '../text/cut.js';

/** Ajv's standalone validators, compiled from schema/result.schema.json by scripts/generate-validator.mjs. */
type GeneratedValidator = ((value: unknown) => boolean) & {
  errors?: readonly { instancePath: string; message?: string; params: Record<string, unknown> }[] | null;
};

/** The most problems listed for one result file. */
const MAX_PROBLEMS = 10;

/** What is wrong with a result: field by field against the schema, then what a schema cannot say. */
export interface ResultProblems {
  readonly schema: string[];
  readonly consistency: string[];
}

/**
 * The format and its version, which decide whether this rodedraad can read the file at all: a
 * user error for a file that is not a result, or one of a newer format.
 */
export function checkResultFormat(value: unknown, shown: string): void {
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  if (record['format'] !== RESULT_FORMAT) {
    throw new UserError(
      `${shown}: not a rodedraad result (it has no "format": "${RESULT_FORMAT}"); give the folder that rodedraad code wrote`,
    );
  }
  const version = record['formatVersion'];
  if (typeof version !== 'number' || version > RESULT_FORMAT_VERSION) {
    const tool = record['tool'];
    const toolVersion = typeof tool === 'object' && tool !== null ? (tool as Record<string, unknown>)['version'] : undefined;
    throw new UserError(
      `${shown}: written by rodedraad ${typeof toolVersion === 'string' ? toolVersion : 'unknown'} in result format ${String(version)}; this rodedraad reads format ${RESULT_FORMAT_VERSION}: upgrade rodedraad, or code the transcripts again with this one`,
    );
  }
}

/** Whether the members before the documents are complete and valid: then each document can be checked as it comes. */
export function isResultHead(value: unknown): boolean {
  return (validateResultHead as GeneratedValidator)(value);
}

/** Check result.json without its documents (`documents` an empty list): against the schema, then its codebooks. */
export function checkResultShell(value: unknown, problems: ResultProblems): void {
  const check = validateResult as GeneratedValidator;
  if (!check(value)) {
    problems.schema.push(...schemaProblems(check, value, ''));
    return;
  }
  const seen = new Set<string>();
  for (const code of (value as ResultShell).codebooks.flatMap((codebook) => codebook.themes.flatMap((theme) => theme.codes))) {
    if (seen.has(code.id)) problems.consistency.push(`code id "${code.id}" is used twice in the codebooks`);
    seen.add(code.id);
  }
}

/**
 * Checks the documents of a result one at a time, as strictly as the whole: each against the
 * schema, then what a schema cannot say (document ids unique, code ids those of the result's
 * codebooks and under their theme, hits inside their segment's text, attributes not nested too
 * deep). Keeps only the document ids.
 */
export class DocumentChecker {
  private readonly themeOf = new Map<string, string>();
  private readonly ids = new Set<string>();

  constructor(codebooks: readonly ResultCodebook[]) {
    for (const codebook of codebooks)
      for (const theme of codebook.themes) for (const code of theme.codes) this.themeOf.set(code.id, theme.id);
  }

  /** Whether the document at `index` is valid against the schema (its problems added when not). */
  static fitsSchema(value: unknown, index: number, problems: ResultProblems): boolean {
    const check = validateResultDocument as GeneratedValidator;
    if (check(value)) return true;
    problems.schema.push(...schemaProblems(check, value, `/documents/${index}`));
    return false;
  }

  /** The document at `index` when it is valid, its attributes objects without a prototype; null when not (its problems added). */
  check(value: unknown, index: number, problems: ResultProblems): ResultDocument | null {
    if (!DocumentChecker.fitsSchema(value, index, problems)) return null;
    const document = value as ResultDocument;
    const found = this.inconsistencies(document, index);
    problems.consistency.push(...found);
    return found.length === 0 ? { ...document, attributes: plainAttributes(document.attributes) } : null;
  }

  private inconsistencies(document: ResultDocument, index: number): string[] {
    const problems: string[] = [];
    if (this.ids.has(document.id)) problems.push(`documents[${index}].id "${document.id}" is used by another document too`);
    this.ids.add(document.id);
    // Front matter cannot nest deeper either; deeper would overflow the stack of whatever reads it.
    if (tooDeep(document.attributes, MAX_YAML_DEPTH))
      problems.push(`documents[${index}].attributes are nested more than ${MAX_YAML_DEPTH} levels deep`);
    document.segments.forEach((segment, segmentIndex) => {
      segment.codings.forEach((coding, codingIndex) => {
        const where = `documents[${index}].segments[${segmentIndex}].codings[${codingIndex}]`;
        const theme = this.themeOf.get(coding.code);
        if (theme === undefined) problems.push(`${where}.code "${coding.code}" is not a code of the result's codebooks`);
        else if (theme !== coding.theme)
          problems.push(`${where}.theme "${coding.theme}" is not the theme of code "${coding.code}" ("${theme}")`);
        coding.hits.forEach((hit, hitIndex) => {
          if (hit.textStart > hit.textEnd || hit.textEnd > segment.text.length) {
            problems.push(
              `${where}.hits[${hitIndex}] (${hit.textStart}-${hit.textEnd}) does not lie inside its segment's text (${segment.text.length} characters)`,
            );
          }
        });
      });
    });
    return problems;
  }
}

/** A user error listing the problems found (those against the schema when there are any), or nothing when there are none. */
export function throwProblems(problems: ResultProblems, shown: string): void {
  const found = problems.schema.length > 0 ? problems.schema : problems.consistency;
  if (found.length === 0) return;
  const listed = found.slice(0, MAX_PROBLEMS);
  if (found.length > MAX_PROBLEMS) listed.push(`and ${found.length - MAX_PROBLEMS} more problems`);
  const diagnostics = listed.map(
    (reason): Diagnostic => ({
      file: shown,
      severity: 'error',
      reason: `${reason}; was result.json edited? Code the transcripts again`,
      ruleId: 'invalid-result',
    }),
  );
  throw new UserError(`${shown}: not a valid rodedraad result`, diagnostics);
}

/** The schema's complaints about `value`, which stands at `prefix` (a JSON pointer) in the file. */
function schemaProblems(check: GeneratedValidator, value: unknown, prefix: string): string[] {
  return (check.errors ?? []).map((error) => `${describePath(prefix + error.instancePath)} ${describeError(error, value)}`);
}

function describePath(pointer: string): string {
  if (pointer === '') return 'the result';
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : `${index === 0 ? '' : '.'}${part}`))
    .join('');
}

function describeError(error: { instancePath: string; message?: string; params: Record<string, unknown> }, value: unknown): string {
  const allowed = error.params['allowedValues'];
  const expected = Array.isArray(allowed)
    ? `must be one of ${allowed.map((item) => JSON.stringify(item)).join(', ')}`
    : (error.message ?? 'is not valid');
  const found = valueAt(value, error.instancePath);
  return found === undefined || 'missingProperty' in error.params ? expected : `${expected}; found ${show(found)}`;
}

function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const part of pointer.split('/').slice(1)) {
    if (typeof current !== 'object' || current === null) return undefined;
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    current = Object.hasOwn(current, key) ? (current as Record<string, unknown>)[key] : undefined;
  }
  return current;
}

function show(value: unknown): string {
  const text = tooDeep(value, MAX_YAML_DEPTH) ? 'a value nested too deep to show' : (JSON.stringify(value) ?? String(value));
  return shorten(text, 40);
}

/** Whether lists and maps in `value` nest deeper than `max`; without recursion, so any depth is safe. */
function tooDeep(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Attributes parsed from JSON as objects without a prototype, nested maps too. */
function plainAttributes(attributes: Attributes): Attributes {
  return toAttributes(Object.entries(attributes).map(([key, value]) => [key, plainValue(value)]));
}

function plainValue(value: AttributeValue): AttributeValue {
  if (Array.isArray(value)) return value.map(plainValue);
  if (typeof value === 'object' && value !== null) return plainAttributes(value as Attributes);
  return value;
}
