import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * A parsed XML element: attributes under `@name`, text under `#text`, child elements by their
 * local name (namespace prefixes removed, since real exports spell the namespace in several
 * ways), each as a list in document order.
 */
export interface XmlElement {
  readonly [key: string]: readonly XmlElement[] | string | undefined;
}

/** The root element, or a sentence saying why the text is not well-formed XML. */
export type XmlParse = { readonly root: XmlElement; readonly rootName: string } | { readonly error: string };

/** Parse an XML document; entities (also numeric, also astral) are decoded, text is kept as written. */
export function parseXml(text: string): XmlParse {
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    return { error: `not well-formed XML at line ${line}, column ${col}: ${msg}` };
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    alwaysCreateTextNode: true,
    // Numeric character references (&#233; &#x1F600;) are only decoded with this on.
    htmlEntities: true,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  const document = parser.parse(text) as Record<string, XmlElement[] | undefined>;
  const rootName = Object.keys(document).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  const root = rootName === undefined ? undefined : document[rootName]?.[0];
  if (rootName === undefined || root === undefined) return { error: 'the XML document has no root element' };
  return { root, rootName };
}

/** The child elements called `name`. */
export function childrenOf(element: XmlElement, name: string): readonly XmlElement[] {
  const value = element[name];
  return Array.isArray(value) ? value : [];
}

/** The first child element called `name`. */
export function childOf(element: XmlElement, name: string): XmlElement | undefined {
  return childrenOf(element, name)[0];
}

/** An attribute's value, or undefined when absent. */
export function attributeOf(element: XmlElement, name: string): string | undefined {
  const value = element[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** The element's own text. */
export function textOf(element: XmlElement | undefined): string {
  const value = element?.['#text'];
  return typeof value === 'string' ? value : '';
}

/** The trimmed text of the child element `name`, or null when it is absent or blank. */
export function childText(element: XmlElement, name: string): string | null {
  const text = textOf(childOf(element, name)).trim();
  return text === '' ? null : text;
}
