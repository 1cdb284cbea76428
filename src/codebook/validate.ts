import { quote } from '../text/quote.js';
import { schemaAt, type JsonSchema, type SchemaError } from './schema.js';

/** A schema problem in words, and where it points. */
export interface SchemaProblem {
  readonly path: readonly (string | number)[];
  /** Point at the key of this property instead of the value at `path`. */
  readonly key: string | null;
  readonly message: string;
}

/** Turn Ajv errors into one readable problem each: what is wrong, what was expected, an example. */
export function describeSchemaErrors(errors: readonly SchemaError[], schema: JsonSchema, value: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const path = parsePointer(error.instancePath);
    const problem = describe(error, path, schema, value);
    const key = `${error.instancePath} ${problem.key ?? ''} ${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

function describe(error: SchemaError, path: (string | number)[], schema: JsonSchema, value: unknown): SchemaProblem {
  const where = describePath(path, value);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const name = String(params['missingProperty']);
      return { path, key: null, message: `${where} is missing "${name}"${expectation(schemaAt(schema, [...path, name]), name)}` };
    }
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      const known = Object.keys(schemaAt(schema, path)?.properties ?? {});
      const guess = closest(name, known);
      const hint = guess ? `; did you mean "${guess}"?` : known.length > 0 ? `; known keys: ${known.join(', ')}` : '';
      return { path, key: name, message: `${where} has an unknown key "${name}"${hint}` };
    }
    case 'enum':
      return {
        path,
        key: null,
        message: `${where} must be one of ${(params['allowedValues'] as unknown[]).join(', ')}; found ${show(valueAt(value, path))}`,
      };
    case 'type': {
      const found = valueAt(value, path);
      const hint =
        params['type'] === 'string' && (typeof found === 'number' || typeof found === 'boolean')
          ? ` (put it in quotes: "${String(found)}")`
          : '';
      return {
        path,
        key: null,
        message: `${where} must be ${article(String(params['type']))}; found ${show(found)}${hint}${expectation(schemaAt(schema, path))}`,
      };
    }
    case 'pattern':
      if (params['pattern'] === '\\S')
        return { path, key: null, message: `${where} must not be empty${expectation(schemaAt(schema, path))}` };
      return {
        path,
        key: null,
        message: `${where} has the wrong form, found ${show(valueAt(value, path))}${expectation(schemaAt(schema, path))}`,
      };
    case 'minItems':
      return {
        path,
        key: null,
        message: `${where} must have at least ${String(params['limit'])} item${params['limit'] === 1 ? '' : 's'}${expectation(schemaAt(schema, path))}`,
      };
    default:
      return { path, key: null, message: `${where} ${error.message ?? 'is not valid'}` };
  }
}

/** "; expected: <description>, for example: <example>" from the schema, when it has them. */
function expectation(schema: JsonSchema | null, name?: string): string {
  if (!schema) return '';
  const example = schema.examples?.[0];
  const description = schema.description ? ` (${schema.description.replace(/\.$/, '')})` : '';
  if (example === undefined) return description;
  const shown = typeof example === 'string' ? example : JSON.stringify(example);
  return `${description}, for example ${name ? `${name}: ` : ''}${shown}`;
}

/** A readable name for a place in the codebook: `code "x"`, `match pattern 2 of code "x"`. */
function describePath(path: readonly (string | number)[], value: unknown): string {
  if (path.length === 0) return 'the codebook';
  const last = path[path.length - 1]!;
  if (typeof last === 'number') {
    const id = idAt(value, path);
    const kind = kindOf(path);
    return id ? `${kind} "${id}"` : `${kind} ${last + 1}${owner(path.slice(0, -2), value)}`;
  }
  return `"${last}"${owner(path.slice(0, -1), value)}`;
}

/** What the list item at `path` is, from the name of its list. */
function kindOf(path: readonly (string | number)[]): string {
  const list = path[path.length - 2];
  if (list === 'themes') return 'theme';
  if (list === 'codes') return 'code';
  if (list === 'examples') return 'example';
  if (list === 'match' || list === 'unless') return `${list} pattern`;
  if (list === 'all' || list === 'section' || list === 'question') return `${list} pattern`;
  return 'item';
}

/** " of code "x"" for the item that holds a place, or nothing at the top. */
function owner(path: readonly (string | number)[], value: unknown): string {
  if (path.length === 0) return '';
  const id = idAt(value, path);
  const index = path[path.length - 1];
  if (id) return ` of ${kindOf(path)} "${id}"`;
  return typeof index === 'number' ? ` of ${kindOf(path)} ${index + 1}${owner(path.slice(0, -2), value)}` : '';
}

function idAt(value: unknown, path: readonly (string | number)[]): string | null {
  const item = valueAt(value, path);
  return typeof item === 'object' && item !== null && 'id' in item ? String((item as { id: unknown }).id) : null;
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function parsePointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  // A whole file that is not a codebook would otherwise be echoed in full.
  return typeof value === 'string' ? quote(value) : JSON.stringify(value);
}

/** "a list", "a map", "a string or a map" (a schema type may list several, comma-separated). */
function article(type: string): string {
  const one = (name: string) => (name === 'array' ? 'a list' : name === 'object' ? 'a map' : `a ${name}`);
  return type.split(',').map(one).join(' or ');
}

/** The known key closest to a misspelt one, if it is close enough. */
function closest(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length]!;
}
