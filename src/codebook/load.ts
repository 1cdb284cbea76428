import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';
import { createLocator } from '../text/locate.js';
import { parseYaml, yamlValue } from '../text/yaml.js';
import type { Diagnostic, Point } from '../model.js';
import { parsePattern } from '../code/pattern.js';
import type { Code, CodeExample, Codebook, NegationMode, PatternSource, Theme } from './model.js';
import type { CodebookValidator } from './schema.js';
import { describeSchemaErrors } from './validate.js';

/** A codebook file as read from disk. */
export interface CodebookSource {
  /** Path as shown to the user. */
  readonly file: string;
  readonly text: string;
  readonly sha256: string;
}

/** Where things are in a codebook's YAML. */
interface Places {
  at(path: readonly (string | number)[], key?: string | null): Point;
  /** Where a pattern's character `index` stands. */
  inScalar(path: readonly (string | number)[], index: number): Point;
}

/**
 * Parse and validate a codebook: YAML syntax, the JSON Schema, then every pattern. Every
 * problem is reported at once with its place; the codebook is null when there is any error,
 * except that with `dropInvalidPatterns` (for `check`) a codebook that fits the schema is
 * returned without its invalid patterns, so that the other checks can still run.
 */
export function loadCodebook(
  source: CodebookSource,
  validator: CodebookValidator,
  options: { readonly dropInvalidPatterns?: boolean } = {},
): { codebook: Codebook | null; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const parsed = parseYaml(source.text, lineCounter);
  const error = (place: Point, reason: string, ruleId: string): Diagnostic => ({ file: source.file, place, severity: 'error', reason, ruleId });
  if (parsed.document === null) {
    const locator = createLocator(source.text);
    const diagnostics = parsed.problems.map((problem) => {
      const reason = problem.kind === 'syntax' ? `YAML syntax error: ${problem.message}` : `codebook refused: ${problem.message}`;
      return error(locator.point(problem.offset), reason, 'yaml-syntax');
    });
    return { codebook: null, diagnostics };
  }
  const document = parsed.document;
  const places = createPlaces(document, lineCounter);
  const value: unknown = yamlValue(document);
  const diagnostics: Diagnostic[] = describeSchemaErrors(validator.validate(value), validator.schema, value).map((problem) =>
    error(places.at(problem.path, problem.key), problem.message, 'schema'),
  );
  const fitsSchema = diagnostics.length === 0;
  diagnostics.push(...checkPatterns(value, places).map(({ place, reason }) => error(place, reason, 'invalid-pattern')));
  diagnostics.sort((a, b) => a.place!.offset - b.place!.offset);
  if (diagnostics.length > 0 && !(fitsSchema && options.dropInvalidPatterns === true)) return { codebook: null, diagnostics };
  // Patterns are parsed again only when some failed, to leave those out.
  return { codebook: toCodebook(value as RawCodebook, source, places, diagnostics.length > 0), diagnostics };
}

/** Parse every pattern found, even in a codebook that fails the schema, so all problems show at once. */
function checkPatterns(value: unknown, places: Places): { place: Point; reason: string }[] {
  const problems: { place: Point; reason: string }[] = [];
  const themes = (value as { themes?: unknown } | null)?.themes;
  if (!Array.isArray(themes)) return problems;
  themes.forEach((theme: unknown, themeIndex) => {
    const codes = (theme as { codes?: unknown } | null)?.codes;
    if (!Array.isArray(codes)) return;
    codes.forEach((code: unknown, codeIndex) => {
      for (const list of ['match', 'unless'] as const) {
        const patterns = (code as Record<string, unknown> | null)?.[list];
        if (!Array.isArray(patterns)) continue;
        patterns.forEach((pattern: unknown, index) => {
          if (typeof pattern !== 'string') return;
          const parsed = parsePattern(pattern);
          if (parsed.kind !== 'error') return;
          const path = ['themes', themeIndex, 'codes', codeIndex, list, index];
          problems.push({ place: places.inScalar(path, parsed.index), reason: `invalid pattern ${JSON.stringify(pattern)}: ${parsed.message}` });
        });
      }
    });
  });
  return problems;
}

function createPlaces(document: Document, lineCounter: LineCounter): Places {
  const point = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, offset };
  };
  const nodeAt = (path: readonly (string | number)[]): Node | null => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length), true);
      if (node && typeof node === 'object' && 'range' in (node as object)) return node as Node;
    }
    return document.contents;
  };
  return {
    at(path, key = null) {
      const node = nodeAt(path);
      if (key !== null && isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        const keyNode = pair?.key;
        if (isScalar(keyNode) && keyNode.range) return point(keyNode.range[0]);
      }
      return point(node?.range?.[0] ?? 0);
    },
    inScalar(path, index) {
      const node = nodeAt(path);
      if (!isScalar(node) || !node.range) return point(node?.range?.[0] ?? 0);
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
      const plain = node.type === 'PLAIN' || quoted === 1;
      return point(node.range[0] + (plain ? quoted + index : 0));
    },
  };
}

interface RawExample {
  text: string;
  expect: 'match' | 'none';
  also?: string[];
}
interface RawCode {
  id: string;
  label: string;
  definition?: string;
  include?: string;
  exclude?: string;
  match?: string[];
  unless?: string[];
  negation?: NegationMode;
  examples?: RawExample[];
}
interface RawTheme {
  id: string;
  label: string;
  description?: string;
  codes: RawCode[];
}
interface RawCodebook {
  id: string;
  title: string;
  version: string;
  language: 'nl' | 'en';
  source?: string;
  description?: string;
  negation?: NegationMode;
  themes: RawTheme[];
}

function toCodebook(raw: RawCodebook, source: CodebookSource, places: Places, dropInvalid: boolean): Codebook {
  const themes = raw.themes.map((theme, themeIndex): Theme => {
    const themePath = ['themes', themeIndex];
    const codes = theme.codes.map((code, codeIndex): Code => {
      const codePath = [...themePath, 'codes', codeIndex];
      const patterns = (list: 'match' | 'unless'): PatternSource[] =>
        (code[list] ?? [])
          .map((text, index) => ({ text, place: places.at([...codePath, list, index]) }))
          .filter((pattern) => !dropInvalid || parsePattern(pattern.text).kind !== 'error');
      return {
        id: code.id,
        label: code.label,
        definition: code.definition ?? null,
        include: code.include ?? null,
        exclude: code.exclude ?? null,
        match: patterns('match'),
        unless: patterns('unless'),
        negation: code.negation ?? raw.negation ?? 'flag',
        examples: (code.examples ?? []).map((example, index): CodeExample => ({
          text: example.text,
          expect: example.expect,
          also: example.also ?? [],
          place: places.at([...codePath, 'examples', index]),
        })),
        place: places.at(codePath),
      };
    });
    return { id: theme.id, label: theme.label, description: theme.description ?? null, codes, place: places.at(themePath) };
  });
  return {
    id: raw.id,
    title: raw.title,
    version: raw.version,
    language: raw.language,
    source: raw.source ?? null,
    description: raw.description ?? null,
    themes,
    file: source.file,
    sha256: source.sha256,
  };
}
