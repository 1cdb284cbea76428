import { UserError, type Diagnostic } from '../model/diagnostic.js';
import { RESULT_FORMAT, RESULT_FORMAT_VERSION } from '../model/result.js';
import { MAX_YAML_DEPTH } from '../text/yaml.js';
import type { CodingResult, ResultDocument } from '../model/result.js';
import validateResult from './result-validator.generated.js';
import { toAttributes, type AttributeValue, type Attributes } from '../model/transcript.js';

/** Ajv's standalone validator, compiled from schema/result.schema.json by scripts/generate-validator.mjs. */
type GeneratedValidator = ((value: unknown) => boolean) & {
  errors?: readonly { instancePath: string; message?: string; params: Record<string, unknown> }[] | null;
};

/** The most problems listed for one result file. */
const MAX_PROBLEMS = 10;

/**
 * Check a parsed result.json fully before anything reads it: the format and its version, every
 * field against schema/result.schema.json, then what a schema cannot say (document ids unique,
 * code ids known to the result's codebooks and unique across them, hits inside their segment's
 * text). A user error listing the problems otherwise. Attributes come back as objects without a
 * prototype, as front matter gives them.
 */
export function checkCodingResult(value: unknown, shown: string): CodingResult {
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
  const check = validateResult as GeneratedValidator;
  const problems = check(value)
    ? findInconsistencies(value as CodingResult)
    : (check.errors ?? []).map((error) => `${describePath(error.instancePath)} ${describeError(error, value)}`);
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) listed.push(`and ${problems.length - MAX_PROBLEMS} more problems`);
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
  const result = value as CodingResult;
  return {
    ...result,
    documents: result.documents.map((document): ResultDocument => ({ ...document, attributes: plainAttributes(document.attributes) })),
  };
}

/** What the schema cannot check. */
function findInconsistencies(result: CodingResult): string[] {
  const problems: string[] = [];
  const themeOf = new Map<string, string>();
  for (const codebook of result.codebooks) {
    for (const theme of codebook.themes) {
      for (const code of theme.codes) {
        if (themeOf.has(code.id)) problems.push(`code id "${code.id}" is used twice in the codebooks`);
        themeOf.set(code.id, theme.id);
      }
    }
  }
  const ids = new Set<string>();
  result.documents.forEach((document, index) => {
    if (ids.has(document.id)) problems.push(`documents[${index}].id "${document.id}" is used by another document too`);
    ids.add(document.id);
    // Front matter cannot nest deeper either; deeper would overflow the stack of whatever reads it.
    if (tooDeep(document.attributes, MAX_YAML_DEPTH))
      problems.push(`documents[${index}].attributes are nested more than ${MAX_YAML_DEPTH} levels deep`);
    document.segments.forEach((segment, segmentIndex) => {
      segment.codings.forEach((coding, codingIndex) => {
        const where = `documents[${index}].segments[${segmentIndex}].codings[${codingIndex}]`;
        const theme = themeOf.get(coding.code);
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
  });
  return problems;
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
  return text.length <= 40 ? text : `${text.slice(0, 39)}…`;
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
