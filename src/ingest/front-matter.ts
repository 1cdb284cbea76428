import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { Diagnostic } from '../model.js';
import { createLocator } from '../text/locate.js';
import type { AttributeValue, Attributes } from './transcript.js';

/**
 * Parse a YAML front matter block into attributes. `offset` is where the YAML text starts in the
 * file's `source`, so that problems point at the right line. Front matter is parsed for every
 * transcript, so this uses js-yaml (fast, YAML 1.2 core schema: dates stay text); codebooks use
 * `yaml`, which keeps the position of every node.
 */
export function parseFrontMatter(yamlText: string, offset: number, file: string, source: string): { attributes: Attributes; diagnostics: Diagnostic[] } {
  const problem = (at: number, reason: string): { attributes: Attributes; diagnostics: Diagnostic[] } => ({
    attributes: {},
    diagnostics: [{ file, place: createLocator(source).point(offset + at), severity: 'warning', reason, ruleId: 'front-matter' }],
  });
  let value: unknown;
  try {
    value = load(yamlText, { schema: CORE_SCHEMA, json: false });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return problem(error.mark?.position ?? 0, `front matter is not valid YAML: ${error.reason}`);
  }
  if (value === null || value === undefined) return { attributes: {}, diagnostics: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return problem(0, 'front matter must be a map of keys and values (gemeente: Gemeente B); ignored');
  }
  return { attributes: toAttributes(value as Record<string, unknown>), diagnostics: [] };
}

function toAttributes(map: Record<string, unknown>): Attributes {
  const attributes: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(map)) attributes[key] = toAttributeValue(value);
  return attributes;
}

function toAttributeValue(value: unknown): AttributeValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toAttributeValue);
  if (typeof value === 'object') return toAttributes(value as Record<string, unknown>);
  return String(value);
}
