import type { TreeCodebook } from './codebook-tree.js';
import { codesElement } from './codes-xml.js';
import { element, serializeXml, type XmlText } from './xml-writer.js';

/** The REFI-QDA codebook namespace and where its schema is published, as ATLAS.ti and f4 write it. */
const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
const CODEBOOK_SCHEMA = 'http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd';

/**
 * A REFI-QDA codebook (.qdc) of rodedraad codebooks: the hierarchy codebook > theme > code, each
 * code with its GUID from its id and its definition, guidance and examples as its description.
 * Patterns are not part of the exchange. `origin` names the writing tool (`rodedraad 0.1.0`).
 */
export function writeQdc(codebooks: readonly TreeCodebook[], origin: string): XmlText {
  return serializeXml(
    element(
      'CodeBook',
      {
        xmlns: CODEBOOK_NAMESPACE,
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': `${CODEBOOK_NAMESPACE} ${CODEBOOK_SCHEMA}`,
        origin,
      },
      [codesElement(codebooks)],
    ),
  );
}
