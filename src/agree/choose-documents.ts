import { indexDocuments } from '../exchange/codings-table/table-documents.js';
import { UserError } from '../model/diagnostic.js';
import { shortList } from '../text/short-list.js';
import type { UnitDocument } from './units.js';

/**
 * The documents --documents names (by id or file name; case, folders and extension aside), as a
 * set of ids; null names all. A name that finds no document, or two, is a user error that lists
 * the documents there are: comparing fewer documents than meant without a word would be wrong.
 */
export function chooseDocuments(documents: readonly UnitDocument[], names: readonly string[] | null): ReadonlySet<string> | null {
  if (names === null) return null;
  const find = indexDocuments(documents.map((document) => ({ id: document.id, aliases: document.aliases, text: '' })));
  const chosen = new Set<string>();
  const problems: string[] = [];
  for (const name of names) {
    const found = find(name);
    if (found === undefined) problems.push(`"${name}" is no document`);
    else if (found === 'ambiguous') problems.push(`"${name}" names more than one document`);
    else chosen.add(found.id);
  }
  if (problems.length > 0) {
    const known =
      shortList(
        documents.map((document) => document.id),
        10,
      ) || 'none';
    throw new UserError(`--documents: ${problems.join('; ')}; the documents are: ${known}`);
  }
  return chosen;
}
