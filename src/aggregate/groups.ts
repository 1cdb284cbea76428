import { compareNames } from '../text/natural-compare.js';
import { attributeValue } from '../model/transcript.js';
import { attributeCell } from '../model/transcript.js';
import type { CodedCorpus, CorpusDocument } from './corpus.js';
import { codePrevalence, themePrevalence, type CodePrevalence, type ThemePrevalence } from './prevalence.js';

/** Documents that share a value of an attribute. */
export interface Group {
  /** The attribute value as text; null for documents without the attribute. */
  readonly value: string | null;
  readonly documents: readonly CorpusDocument[];
  readonly themes: readonly ThemePrevalence[];
  readonly codes: readonly CodePrevalence[];
}

/** The documents split by one attribute. */
export interface Grouping {
  readonly attribute: string;
  /** Groups by value, sorted; the group without the attribute last. */
  readonly groups: readonly Group[];
}

/** Split the corpus by an attribute and count prevalence within each group. */
export function groupBy(corpus: CodedCorpus, attribute: string): Grouping {
  const byValue = new Map<string | null, CorpusDocument[]>();
  for (const document of corpus.documents) {
    const cell = attributeCell(attributeValue(document.attributes, attribute));
    const value = cell === null || cell === '' ? null : String(cell);
    const list = byValue.get(value);
    if (list) list.push(document);
    else byValue.set(value, [document]);
  }
  const values = [...byValue.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : compareNames(a, b)));
  return {
    attribute,
    groups: values.map((value) => {
      const documents = byValue.get(value)!;
      return { value, documents, themes: themePrevalence(corpus.themes, documents), codes: codePrevalence(corpus.codes, documents) };
    }),
  };
}

/** The groups of a grouping in which a code (or theme, by id) is present in at least one document. */
export function groupsWith(grouping: Grouping, id: string, level: 'code' | 'theme'): Group[] {
  return grouping.groups.filter((group) =>
    level === 'code'
      ? group.codes.some((entry) => entry.code.id === id && entry.documents > 0)
      : group.themes.some((entry) => entry.theme.id === id && entry.documents > 0),
  );
}

/**
 * A red thread is a code present in at least `minShare` of the documents and, for every grouping,
 * in at least two groups.
 */
export function isRedThread(entry: CodePrevalence, minShare: number, groupings: readonly Grouping[]): boolean {
  if (entry.share < minShare || entry.documents === 0) return false;
  return groupings.every((grouping) => groupsWith(grouping, entry.code.id, 'code').length >= 2);
}

/** The one group a code or theme is found in, when it is found in two or more documents of one group only. */
export function onlyGroup(grouping: Grouping, id: string, level: 'code' | 'theme', documents: number): Group | null {
  const groups = groupsWith(grouping, id, level);
  return groups.length === 1 && documents >= 2 && grouping.groups.length > 1 ? groups[0]! : null;
}
