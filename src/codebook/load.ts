import { LineCounter } from 'yaml';
import { createLocator } from '../text/locate.js';
import { parseYaml, yamlValue } from '../text/yaml.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Point } from '../model/position.js';
import type { Code, CodeExample, Codebook, NegationMode, Theme } from '../model/codebook.js';
import { findPatternProblems, type CompiledPatterns } from './pattern-problems.js';
import { createPlaces, type Places } from './places.js';
import type { CodebookValidator } from './schema.js';
import { describeSchemaErrors } from './validate.js';
import type { CodebookSource } from '../model/codebook.js';

/** The most YAML syntax errors listed: a file that is not a codebook at all has one on every line. */
const MAX_YAML_ERRORS = 10;

/**
 * Parse and validate a codebook: YAML syntax, the JSON Schema, then every pattern. Every
 * problem is reported at once with its place; the codebook is null when there is any error,
 * except that with `dropInvalidPatterns` (for `check`) a codebook that fits the schema is
 * returned without its invalid patterns and unsafe regexes, so that the other checks can still run.
 */
export function loadCodebook(
  source: CodebookSource,
  validator: CodebookValidator,
  options: { readonly dropInvalidPatterns?: boolean } = {},
): { codebook: Codebook | null; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const parsed = parseYaml(source.text, lineCounter);
  const error = (place: Point, reason: string, ruleId: string): Diagnostic => ({
    file: source.file,
    place,
    severity: 'error',
    reason,
    ruleId,
  });
  if (parsed.document === null) {
    const locator = createLocator(source.text);
    const diagnostics = parsed.problems.slice(0, MAX_YAML_ERRORS).map((problem) => {
      const reason = problem.kind === 'syntax' ? `YAML syntax error: ${problem.message}` : `codebook refused: ${problem.message}`;
      return error(locator.point(problem.offset), reason, 'yaml-syntax');
    });
    const more = parsed.problems[MAX_YAML_ERRORS];
    if (more)
      diagnostics.push(
        error(
          locator.point(more.offset),
          `and ${parsed.problems.length - MAX_YAML_ERRORS} more YAML syntax errors; is this file a codebook?`,
          'yaml-syntax',
        ),
      );
    return { codebook: null, diagnostics };
  }
  const document = parsed.document;
  const places = createPlaces(document, lineCounter);
  const value: unknown = yamlValue(document);
  const diagnostics: Diagnostic[] = describeSchemaErrors(validator.validate(value), validator.schema, value).map((problem) =>
    error(places.at(problem.path, problem.key), problem.message, 'schema'),
  );
  const fitsSchema = diagnostics.length === 0;
  const patterns = findPatternProblems(value, places, source.file);
  diagnostics.push(...patterns.diagnostics);
  diagnostics.sort((a, b) => a.place!.offset - b.place!.offset);
  const failed = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  if (failed && !(fitsSchema && options.dropInvalidPatterns === true)) return { codebook: null, diagnostics };
  return { codebook: toCodebook(value as RawCodebook, source, places, patterns.compiled), diagnostics };
}

interface RawExample {
  text: string;
  expect: 'match' | 'none';
  also?: string[];
  section?: string;
  question?: string;
}
interface RawCode {
  id: string;
  label: string;
  definition?: string;
  include?: string;
  exclude?: string;
  match?: unknown[];
  unless?: unknown[];
  negation?: NegationMode;
  section?: string[];
  question?: string[];
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

function toCodebook(raw: RawCodebook, source: CodebookSource, places: Places, compiled: CompiledPatterns): Codebook {
  const themes = raw.themes.map((theme, themeIndex): Theme => {
    const themePath = ['themes', themeIndex];
    const codes = theme.codes.map((code, codeIndex): Code => {
      const codePath = [...themePath, 'codes', codeIndex];
      const entries = (list: 'match' | 'unless') =>
        (code[list] ?? []).flatMap((_item, index) => {
          const entry = compiled.entries.get([...codePath, list, index].join('/'));
          return entry ? [entry] : [];
        });
      const scope = (key: 'section' | 'question') =>
        (code[key] ?? []).flatMap((_item, index) => {
          const pattern = compiled.scopes.get([...codePath, key, index].join('/'));
          return pattern ? [pattern] : [];
        });
      return {
        id: code.id,
        label: code.label,
        definition: code.definition ?? null,
        include: code.include ?? null,
        exclude: code.exclude ?? null,
        match: entries('match'),
        unless: entries('unless'),
        negation: code.negation ?? raw.negation ?? 'flag',
        section: scope('section'),
        question: scope('question'),
        examples: (code.examples ?? []).map(
          (example, index): CodeExample => ({
            text: example.text,
            expect: example.expect,
            also: example.also ?? [],
            section: example.section ?? null,
            question: example.question ?? null,
            place: places.at([...codePath, 'examples', index]),
          }),
        ),
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
