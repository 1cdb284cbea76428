import { parseDescription, splitId } from '../export/code-description.js';
import { CODEBOOK_MARK } from '../export/codes-xml.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { QdcCode, QdcTree } from './qdc-tree.js';
import { createIdPool, slugify } from './slug.js';

/** A code of the skeleton: guidance from the .qdc, no patterns yet; `from` when it stood deeper than a theme's code. */
export interface SkeletonCode {
  readonly id: string;
  readonly label: string;
  readonly definition: string | null;
  readonly include: string | null;
  readonly exclude: string | null;
  readonly examples: readonly { readonly text: string; readonly expect: 'match' | 'none' }[];
  /** The path it had in the .qdc when that was deeper than theme > code. */
  readonly from: string | null;
}

/** A theme of the skeleton. */
export interface SkeletonTheme {
  readonly id: string;
  readonly label: string;
  readonly description: string | null;
  readonly codes: readonly SkeletonCode[];
}

/** A rodedraad codebook made from a REFI-QDA codebook, before it is written as YAML. */
export interface Skeleton {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly language: 'nl' | 'en';
  readonly description: string | null;
  readonly source: string | null;
  readonly themes: readonly SkeletonTheme[];
}

/** Where the name of the theme for codes without one comes from. */
const LOOSE_THEME = { nl: 'Overige codes', en: 'Other codes' } as const;

/**
 * A skeleton from a code tree. Top-level codes that only group themes (not codable, every child
 * has children: a codebook level, as rodedraad exports write) are unwrapped. Then each top-level
 * code with children is a theme; the codes below it are its codes, those deeper than one level
 * flattened into it with a note of where they stood; a group that is not codable gives no code of
 * its own. Top-level codes without children go to the theme of the first code group (Set) they
 * are in, else to one theme "Other codes". Ids come from names, made unique.
 */
export function buildSkeleton(
  tree: QdcTree,
  file: string,
  fallbackTitle: string,
  language: 'nl' | 'en',
): { skeleton: Skeleton; diagnostics: Diagnostic[] } {
  const diagnostics: string[] = [];
  const groups = tree.codes.every(
    (code) => !code.codable && code.children.length > 0 && code.children.every((child) => child.children.length > 0),
  );
  const top = groups ? tree.codes.flatMap((code) => code.children) : tree.codes;
  const book = groups && tree.codes.length === 1 ? tree.codes[0]! : null;
  const about = readBookDescription(book?.description ?? null);
  const themeIds = createIdPool();
  const codeIds = createIdPool();
  const themes: SkeletonTheme[] = [];
  const loose = new Map<string, QdcCode[]>();
  const codableThemes: string[] = [];
  for (const node of top) {
    if (node.children.length === 0) {
      const set = node.guid === null ? undefined : tree.sets.get(node.guid)?.[0];
      const name = set ?? LOOSE_THEME[language];
      loose.set(name, [...(loose.get(name) ?? []), node]);
      continue;
    }
    if (node.codable) codableThemes.push(node.name);
    const codes = node.children.flatMap((child) => flatten(child, codeIds, 1));
    if (codes.length === 0) {
      diagnostics.push(`"${node.name}" holds no codable code, so it is left out (a theme needs at least one code)`);
      continue;
    }
    const { id, rest } = splitId(node.description);
    themes.push({ id: themeIds(id ?? (slugify(node.name) || 'theme'), [slugify(node.name)]), label: node.name, description: rest, codes });
  }
  for (const [name, nodes] of loose) {
    themes.push({
      id: themeIds(slugify(name) || 'theme'),
      label: name,
      description: null,
      codes: nodes.flatMap((node) => flatten(node, codeIds, 1)),
    });
  }
  if (codableThemes.length > 0) {
    diagnostics.push(
      `${codableThemes.length} code(s) with subcodes became themes (${codableThemes.slice(0, 3).join(', ')}${codableThemes.length > 3 ? ', …' : ''}); rodedraad codes with codes, not themes, so add a code under each if it was used for coding`,
    );
  }
  const flattened = themes.reduce((total, theme) => total + theme.codes.filter((code) => code.from !== null).length, 0);
  if (flattened > 0)
    diagnostics.push(
      `${flattened} code(s) stood more than one level below a theme; rodedraad has themes and codes only, so they are codes of their theme now, each with a comment saying where it stood`,
    );
  const title = book?.name ?? fallbackTitle;
  const skeleton: Skeleton = {
    id: about.id ?? (slugify(title) || 'imported-codebook'),
    title,
    version: about.version ?? '0.1.0',
    language,
    description: about.description,
    source: about.source,
    themes,
  };
  return { skeleton, diagnostics: diagnostics.map((reason) => ({ file, severity: 'info', reason, ruleId: 'import-structure' })) };
}

/** A code and the codes below it as codes of one theme; codes below the first level keep a note of their path. */
function flatten(node: QdcCode, ids: ReturnType<typeof createIdPool>, depth: number): SkeletonCode[] {
  const own: SkeletonCode[] = [];
  if (node.codable || node.children.length === 0) {
    const parent = node.path.length >= 2 ? node.path[node.path.length - 2]! : '';
    const { id, ...guidance } = parseDescription(node.description);
    const base = slugify(node.name) || 'code';
    own.push({
      id: ids(id ?? base, [base, slugify(`${parent} ${node.name}`)]),
      label: node.name,
      ...guidance,
      from: depth > 1 ? node.path.join(' > ') : null,
    });
  }
  return [...own, ...node.children.flatMap((child) => flatten(child, ids, depth + 1))];
}

/** What a codebook-level description says: the rodedraad line (id, version, language), a source line, the rest. */
function readBookDescription(text: string | null): {
  id: string | null;
  version: string | null;
  source: string | null;
  description: string | null;
} {
  const mark = text === null ? null : CODEBOOK_MARK.exec(text);
  const paragraphs = (text ?? '')
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !CODEBOOK_MARK.test(part));
  const sourceAt = paragraphs.findIndex((part) => /^(Bron|Source): /.test(part));
  const source = sourceAt < 0 ? null : paragraphs.splice(sourceAt, 1)[0]!.replace(/^(Bron|Source): /, '');
  return {
    id: mark?.[1] ?? null,
    version: mark?.[2] ?? null,
    source,
    description: paragraphs.length === 0 ? null : paragraphs.join('\n\n'),
  };
}
