import { parseYaml, yamlValue } from '../text/yaml.js';
import type { CodebookGuidance } from './codebook-tree.js';

/**
 * The guidance of a codebook file read without checking it: for a file whose sha256 shows it is
 * the one that coded (and so loaded without errors then), this skips compiling and analysing its
 * patterns, which the exchange does not carry. Fields that are not of the expected type are
 * left out; null when the text is not a YAML map.
 */
export function readCodebookGuidance(text: string): CodebookGuidance | null {
  const parsed = parseYaml(text);
  if (parsed.document === null) return null;
  const value = yamlValue(parsed.document);
  if (!isRecord(value)) return null;
  return {
    description: textOf(value['description']),
    themes: listOf(value['themes']).map((theme) => ({
      id: textOf(theme['id']) ?? '',
      description: textOf(theme['description']),
      codes: listOf(theme['codes']).map((code) => ({
        id: textOf(code['id']) ?? '',
        include: textOf(code['include']),
        exclude: textOf(code['exclude']),
        examples: listOf(code['examples']).flatMap((example) => {
          const exampleText = textOf(example['text']);
          const expect = example['expect'];
          return exampleText !== null && (expect === 'match' || expect === 'none') ? [{ text: exampleText, expect }] : [];
        }),
      })),
    })),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
