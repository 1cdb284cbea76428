import type { NegationMode, PatternEntry, PatternSource, Reach } from '../model/codebook.js';
import type { Point } from '../model/position.js';
import { parseYaml, yamlValue } from '../text/yaml.js';
import { compilePattern } from './compile-pattern.js';
import type { BacktrackingRisk } from './regex-safety.js';

/** Where a pattern of an entry stands: its key in the entry's map (`null` for a plain string) and its index in a list. */
export interface PartPlace {
  readonly key: 'pattern' | 'all' | 'section' | 'question' | null;
  readonly index: number | null;
}

/** A problem with one entry: an unparsable pattern (with the character it points at) or a misuse of the map's keys. */
export interface EntryProblem {
  readonly part: PartPlace;
  /** For an invalid pattern: the text of the pattern and the index of the character the message points at. */
  readonly pattern: { readonly text: string; readonly index: number } | null;
  readonly message: string;
}

/** A compiled part with its regex risks and its place, for the caller's diagnostics. */
export interface CompiledPart {
  readonly part: PartPlace;
  readonly source: PatternSource;
  readonly risks: readonly BacktrackingRisk[];
}

/** An entry compiled: null when it has an error; the parts with their risks either way (the valid ones). */
export interface CompiledEntry {
  readonly entry: PatternEntry | null;
  readonly parts: readonly CompiledPart[];
  readonly problems: readonly EntryProblem[];
}

const REACHES: readonly Reach[] = ['clause', 'sentence', 'segment'];
const MODES: readonly NegationMode[] = ['flag', 'exclude', 'require', 'ignore'];

/**
 * Compile one entry of a `match` or `unless` list as the YAML holds it: a string, or a map with
 * `pattern:` or `all:` and the options `within`, `negation`, `section` and `question`. `at` gives
 * the place of each part. The schema checks types; this checks what the schema cannot say: one of
 * `pattern:` and `all:`, and `within:` only where it means something.
 */
export function compileEntry(value: unknown, list: 'match' | 'unless', at: (part: PartPlace) => Point): CompiledEntry {
  const problems: EntryProblem[] = [];
  const parts: CompiledPart[] = [];
  const compile = (text: unknown, part: PartPlace): PatternSource | null => {
    if (typeof text !== 'string' || text.trim() === '') return null;
    const result = compilePattern(text, at(part));
    if ('kind' in result) {
      problems.push({ part, pattern: { text, index: result.index }, message: result.message });
      return null;
    }
    parts.push({ part, source: result.source, risks: result.risks });
    return result.source;
  };
  if (typeof value === 'string') {
    const source = compile(value, { key: null, index: null });
    return { entry: source ? plainEntry(source) : null, parts, problems };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { entry: null, parts, problems };
  const map = value as Record<string, unknown>;
  const here = { key: null, index: null } as const;
  const hasPattern = map['pattern'] !== undefined;
  const hasAll = map['all'] !== undefined;
  if (hasPattern === hasAll) {
    const message = hasAll
      ? 'has pattern: (one pattern) or all: (a list of patterns), not both'
      : 'needs pattern: (one pattern) or all: (a list of patterns)';
    problems.push({ part: here, pattern: null, message: `a pattern entry ${message}` });
  }
  // An unknown value of within: is the schema's to report.
  if (REACHES.includes(map['within'] as Reach) && list === 'match' && !hasAll) {
    const message = 'within: belongs to all: (where the patterns must stand) or to an unless pattern (how far it vetoes)';
    problems.push({ part: here, pattern: null, message });
  }
  const main = hasAll
    ? listOf(map['all']).map((text, index) => compile(text, { key: 'all', index }))
    : [compile(map['pattern'], { key: 'pattern', index: null })];
  const scope = (key: 'section' | 'question') => listOf(map[key]).map((text, index) => compile(text, { key, index }));
  const section = scope('section');
  const question = scope('question');
  const valid = (sources: (PatternSource | null)[]): sources is PatternSource[] => sources.every((source) => source !== null);
  if (problems.length > 0 || !valid(main) || main.length === 0 || !valid(section) || !valid(question))
    return { entry: null, parts, problems };
  const within = REACHES.find((reach) => reach === map['within']) ?? 'segment';
  const negation = MODES.find((mode) => mode === map['negation']) ?? null;
  return {
    entry: { text: entryText(map), place: at(here), parts: main, all: hasAll, within, negation, section, question },
    parts,
    problems,
  };
}

/**
 * An entry from its text as a result or a probe holds it: a pattern, or a map entry in YAML flow
 * style (`{all: [wachtlijst, ggz]}`, as `entryText` writes it); null when it does not compile or
 * a regex can backtrack exponentially.
 */
export function entryFromText(text: string, list: 'match' | 'unless', place: Point): PatternEntry | null {
  let value: unknown = text;
  if (text.trimStart().startsWith('{')) {
    const parsed = parseYaml(text);
    value = parsed.document === null ? null : yamlValue(parsed.document);
  }
  const compiled = compileEntry(value, list, () => place);
  return compiled.parts.some((part) => part.risks.some((risk) => risk.exponential)) ? null : compiled.entry;
}

/** The entry of a pattern written as a plain string. */
export function plainEntry(source: PatternSource): PatternEntry {
  return {
    text: source.text,
    place: source.place,
    parts: [source],
    all: false,
    within: 'segment',
    negation: null,
    section: [],
    question: [],
  };
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

const ENTRY_KEYS = ['pattern', 'all', 'within', 'negation', 'section', 'question'];

/** A map entry in YAML flow style, keys in a fixed order: `{all: [wachtlijst, ggz], within: sentence}`. */
export function entryText(map: Readonly<Record<string, unknown>>): string {
  const keys = ENTRY_KEYS.filter((key) => map[key] !== undefined);
  const show = (value: unknown): string => (Array.isArray(value) ? `[${value.map(show).join(', ')}]` : scalar(String(value)));
  return `{${keys.map((key) => `${key}: ${show(map[key])}`).join(', ')}}`;
}

/** A scalar as YAML flow style reads it back: plain where it can be, else double-quoted. */
function scalar(text: string): string {
  const plain = text !== '' && !/^[-*&!|>'"%@`~?:#\s]/.test(text) && !/[,[\]{}#]|: |:$|\s$/.test(text);
  return plain ? text : JSON.stringify(text);
}

/** The place of what was not read from a file (a result's recorded patterns, candidate patterns). */
export const NOWHERE: Point = { line: 1, column: 1, offset: 0 };

/** Entries of pattern texts not read from a file; a text that does not compile (or could backtrack exponentially) is left out, as a loaded codebook holds none such. */
export function entriesFromTexts(texts: readonly string[], list: 'match' | 'unless'): PatternEntry[] {
  return texts.flatMap((text) => {
    const entry = entryFromText(text, list, NOWHERE);
    return entry ? [entry] : [];
  });
}
