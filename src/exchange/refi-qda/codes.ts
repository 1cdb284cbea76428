import type { ExchangeCode } from '../coding-model.js';
import { normaliseId, type ReadContext, report } from './context.js';
import { attributeOf, childrenOf, childText, type XmlElement } from './xml.js';

/** Read the code tree under a `Codes` element (of a project's CodeBook or a .qdc), parents before children. */
export function readCodes(codesElement: XmlElement | undefined, context: ReadContext): ExchangeCode[] {
  const codes: ExchangeCode[] = [];
  const seen = new Set<string>();
  const visit = (element: XmlElement, parent: ExchangeCode | null): void => {
    const rawName = attributeOf(element, 'name')?.trim();
    let id = normaliseId(attributeOf(element, 'guid'));
    const name = rawName === undefined || rawName === '' ? (id ?? '(unnamed)') : rawName;
    const path = [...(parent?.path ?? []), name];
    if (id === null) {
      id = `path:${path.join('/')}`;
      report(context, 'warning', `code "${path.join(' > ')}" has no guid; codings cannot refer to it`, 'refi-code-no-guid');
    }
    if (rawName === undefined || rawName === '') {
      report(context, 'warning', `code ${id} has no name; it is called by its id`, 'refi-code-no-name');
    }
    const code: ExchangeCode = {
      id,
      name,
      path,
      parentId: parent?.id ?? null,
      description: childText(element, 'Description'),
      codable: attributeOf(element, 'isCodable')?.trim().toLowerCase() !== 'false',
    };
    if (seen.has(id)) {
      // Its children keep their path; codings with the guid go to the first code.
      report(
        context,
        'warning',
        `code "${path.join(' > ')}" repeats the guid ${id}; codings with it go to the first code`,
        'refi-duplicate-id',
      );
    } else {
      seen.add(id);
      codes.push(code);
    }
    for (const child of childrenOf(element, 'Code')) visit(child, code);
  };
  for (const element of codesElement === undefined ? [] : childrenOf(codesElement, 'Code')) visit(element, null);
  return codes;
}
