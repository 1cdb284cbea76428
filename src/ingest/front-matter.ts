import type { Diagnostic } from '../model/diagnostic.js';
import { createLocator } from '../text/locate.js';
import { parseYaml, yamlValue } from '../text/yaml.js';
import { toAttributes, type AttributeValue, type Attributes } from '../model/transcript.js';

/**
 * Parse a YAML front matter block into attributes. `offset` is where the YAML text starts in the
 * file's `source`, so that problems point at the right line. The same YAML reader as codebooks:
 * YAML 1.2 core schema (dates and `no` stay text), with limits on nesting and aliases. Maps become
 * objects without a prototype, so that `__proto__` or `constructor` are keys like any other.
 */
export function parseFrontMatter(
  yamlText: string,
  offset: number,
  file: string,
  source: string,
): { attributes: Attributes; diagnostics: Diagnostic[] } {
  const problem = (at: number, reason: string): { attributes: Attributes; diagnostics: Diagnostic[] } => ({
    attributes: toAttributes([]),
    diagnostics: [{ file, place: createLocator(source).point(offset + at), severity: 'warning', reason, ruleId: 'front-matter' }],
  });
  const parsed = parseYaml(yamlText);
  if (parsed.document === null) {
    const first = parsed.problems[0]!;
    return problem(
      first.offset,
      first.kind === 'syntax' ? `front matter is not valid YAML: ${first.message}` : `front matter refused: ${first.message}`,
    );
  }
  const value = yamlValue(parsed.document, { mapAsMap: true });
  if (value === null || value === undefined) return { attributes: toAttributes([]), diagnostics: [] };
  if (!(value instanceof Map)) return problem(0, 'front matter must be a map of keys and values (gemeente: Gemeente B); ignored');
  return { attributes: toAttributeMap(value), diagnostics: [] };
}

function toAttributeMap(map: Map<unknown, unknown>): Attributes {
  return toAttributes([...map].map(([key, value]) => [toKey(key), toAttributeValue(value)]));
}

/** A map key as text: scalars as written in JSON terms, `~` as "null". */
function toKey(key: unknown): string {
  if (typeof key === 'string') return key;
  if (key === null || typeof key !== 'object') return String(key);
  return JSON.stringify(toAttributeValue(key));
}

function toAttributeValue(value: unknown): AttributeValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toAttributeValue);
  if (value instanceof Map) return toAttributeMap(value);
  if (value instanceof Set) return [...value].map(toAttributeValue);
  return String(value);
}
