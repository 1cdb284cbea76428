import { normaliseId } from '../exchange/refi-qda/context.js';
import { attributeOf, childOf, childrenOf, childText, parseXml, type XmlElement } from '../exchange/refi-qda/xml.js';
import type { Diagnostic } from '../model/diagnostic.js';

/** A code of a REFI-QDA codebook as written, with its children. */
export interface QdcCode {
  readonly name: string;
  /** The GUID, normalised (lower case, no braces); null when the file gives none. */
  readonly guid: string | null;
  readonly description: string | null;
  readonly codable: boolean;
  /** Names from the top down to this code, this code's last. */
  readonly path: readonly string[];
  readonly children: readonly QdcCode[];
}

/** A codebook read for import: its code tree, the code groups (Sets) by member GUID, and the writing tool. */
export interface QdcTree {
  readonly codes: readonly QdcCode[];
  /** The names of the Sets each code GUID is a member of, in file order. */
  readonly sets: ReadonlyMap<string, readonly string[]>;
  readonly origin: string | null;
}

/** Deeper than this is not a codebook a person made: refused rather than walked. */
const MAX_DEPTH = 64;

/**
 * Read the code tree of a .qdc (root CodeBook) or of a project's codebook (root Project), strictly,
 * since a codebook made from it must be unambiguous: a code without a name, two codes with the
 * same name under one parent (letter case aside), a code inside itself (its GUID repeats on its
 * own path: a cycle) and two codes sharing a GUID are errors, every one listed; the tree is null
 * when there is any.
 */
export function readQdcTree(xml: string, file: string): { tree: QdcTree | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const error = (reason: string, ruleId: string): void => {
    diagnostics.push({ file, severity: 'error', reason, ruleId });
  };
  const parsed = parseXml(xml);
  if ('error' in parsed) {
    error(`the codebook is ${parsed.error}`, 'import-bad-xml');
    return { tree: null, diagnostics };
  }
  if (parsed.rootName !== 'CodeBook' && parsed.rootName !== 'Project') {
    error(`root element <${parsed.rootName}> is not a REFI-QDA <CodeBook> (.qdc) or <Project> (.qde)`, 'import-not-codebook');
    return { tree: null, diagnostics };
  }
  const book = parsed.rootName === 'Project' ? childOf(parsed.root, 'CodeBook') : parsed.root;
  const guids = new Map<string, string>();
  const walk = (element: XmlElement, parent: readonly string[], ancestors: readonly string[]): QdcCode | null => {
    const name = (attributeOf(element, 'name') ?? '').normalize('NFC').trim();
    const guid = normaliseId(attributeOf(element, 'guid'));
    const shownPath = [...parent, name || '(no name)'].join(' > ');
    if (name === '')
      error(`code ${guid ?? 'without a guid'} at ${shownPath} has no name; name it in the QDA tool and export again`, 'import-empty-name');
    if (parent.length >= MAX_DEPTH) {
      error(`codes are nested more than ${MAX_DEPTH} levels deep at ${shownPath}; is this a codebook?`, 'import-too-deep');
      return null;
    }
    if (guid !== null && ancestors.includes(guid)) {
      error(`code "${shownPath}" has the guid ${guid} of a code it is inside: a cycle; give it its own guid`, 'import-cycle');
      return null;
    }
    if (guid !== null && guids.has(guid))
      error(`codes "${guids.get(guid)}" and "${shownPath}" share the guid ${guid}; each code needs its own`, 'import-duplicate-guid');
    if (guid !== null && !guids.has(guid)) guids.set(guid, shownPath);
    const path = [...parent, name];
    const children = collect(childrenOf(element, 'Code'), path, guid === null ? ancestors : [...ancestors, guid]);
    return {
      name,
      guid,
      description: childText(element, 'Description'),
      codable: attributeOf(element, 'isCodable')?.trim().toLowerCase() !== 'false',
      path,
      children,
    };
  };
  const collect = (elements: readonly XmlElement[], parent: readonly string[], ancestors: readonly string[]): QdcCode[] => {
    const codes = elements.map((element) => walk(element, parent, ancestors)).filter((code): code is QdcCode => code !== null);
    const seen = new Map<string, string>();
    for (const code of codes) {
      const key = code.name.toLowerCase();
      if (code.name === '') continue;
      if (seen.has(key)) {
        const where = parent.length === 0 ? 'at the top of the codebook' : `under "${parent.join(' > ')}"`;
        error(
          `two codes ${where} are called "${seen.get(key)}"${seen.get(key) === code.name ? '' : ` and "${code.name}"`}; rename one (a codebook needs names it can tell apart)`,
          'import-duplicate-name',
        );
      } else {
        seen.set(key, code.name);
      }
    }
    return codes;
  };
  const codes = collect(book === undefined ? [] : childrenOf(childOf(book, 'Codes') ?? {}, 'Code'), [], []);
  if (codes.length === 0 && diagnostics.length === 0) error('the codebook has no codes', 'import-no-codes');
  if (diagnostics.length > 0) return { tree: null, diagnostics };
  return { tree: { codes, sets: readSets(parsed.root), origin: attributeOf(parsed.root, 'origin')?.trim() || null }, diagnostics };
}

/** Set names by member GUID; a .qdc names members by `guid`, a project by `targetGUID`. */
function readSets(root: XmlElement): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  for (const set of childrenOf(childOf(root, 'Sets') ?? {}, 'Set')) {
    const name = attributeOf(set, 'name')?.trim();
    if (!name) continue;
    for (const member of childrenOf(set, 'MemberCode')) {
      const guid = normaliseId(attributeOf(member, 'guid') ?? attributeOf(member, 'targetGUID'));
      if (guid !== null) sets.set(guid, [...(sets.get(guid) ?? []), name]);
    }
  }
  return sets;
}
