import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../model.js';
import type { AttributeValue, Attributes } from './transcript.js';

/**
 * Parse a YAML front matter block into attributes. `offset` is where the YAML text starts in the
 * file, so that problems point at the right line.
 */
export function parseFrontMatter(
  yamlText: string,
  offset: number,
  file: string,
  locate: (offset: number) => { line: number; column: number; offset: number },
): { attributes: Attributes; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    const diagnostics = document.errors.map((error): Diagnostic => ({
      file,
      place: locate(offset + error.pos[0]),
      severity: 'warning',
      reason: `front matter is not valid YAML: ${firstLine(error.message)}`,
      ruleId: 'front-matter',
    }));
    return { attributes: {}, diagnostics };
  }
  const value: unknown = document.toJS();
  if (value === null || value === undefined) return { attributes: {}, diagnostics: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      attributes: {},
      diagnostics: [
        {
          file,
          place: locate(offset),
          severity: 'warning',
          reason: 'front matter must be a map of keys and values (gemeente: Gemeente B); ignored',
          ruleId: 'front-matter',
        },
      ],
    };
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
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(toAttributeValue);
  if (typeof value === 'object') return toAttributes(value as Record<string, unknown>);
  return String(value);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
