/**
 * A small XML writer for the REFI-QDA files. Written here rather than taken from an XML library
 * because the exchange needs exact control a generic builder does not give: CR, LF and tab in
 * attribute values and CR in text are written as character references (an XML parser would
 * otherwise normalise them away and change a description), characters XML 1.0 cannot carry are
 * replaced and counted, and elements keep the order the schema prescribes.
 */

/** An element: its name, attributes in the order written (undefined ones are left out) and children. */
export interface XmlElementNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly children: readonly XmlNode[];
}

/** An element or a text. */
export type XmlNode = XmlElementNode | string;

/** Build an element. */
export function element(
  name: string,
  attributes: XmlElementNode['attributes'] = {},
  children: readonly (XmlNode | null)[] = [],
): XmlElementNode {
  return { name, attributes, children: children.filter((child): child is XmlNode => child !== null) };
}

/** An element holding only a text, or null when the text is null or blank (optional elements are left out, not written empty). */
export function textElement(name: string, text: string | null): XmlElementNode | null {
  return text === null || text.trim() === '' ? null : element(name, {}, [text]);
}

/** A serialised document and how many characters XML cannot hold were replaced by U+FFFD. */
export interface XmlText {
  readonly xml: string;
  readonly replaced: number;
}

// Characters outside XML 1.0's Char production: C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; lone surrogates.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

/**
 * Serialise a document: the XML declaration, then the root. Elements with element children are
 * indented two spaces a level; an element with text is written on one line with its text exactly
 * as given (indenting inside it would change the text).
 */
export function serializeXml(root: XmlElementNode): XmlText {
  let replaced = 0;
  const clean = (text: string): string =>
    text.replace(NOT_XML, () => {
      replaced++;
      return '\uFFFD';
    });
  const escapeText = (text: string): string => clean(text).replace(/[&<>\r]/g, (character) => TEXT_ESCAPES[character]!);
  const escapeAttribute = (text: string): string => clean(text).replace(/[&<>"\t\n\r]/g, (character) => ATTRIBUTE_ESCAPES[character]!);
  const lines: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  const write = (node: XmlElementNode, depth: number): void => {
    const indent = '  '.repeat(depth);
    const attributes = Object.entries(node.attributes)
      .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
      .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
      .join('');
    if (node.children.length === 0) {
      lines.push(`${indent}<${node.name}${attributes}/>`);
    } else if (node.children.every((child) => typeof child === 'string')) {
      lines.push(
        `${indent}<${node.name}${attributes}>${node.children.map((child) => escapeText(child as string)).join('')}</${node.name}>`,
      );
    } else {
      lines.push(`${indent}<${node.name}${attributes}>`);
      for (const child of node.children) {
        if (typeof child === 'string') throw new Error(`mixed content in <${node.name}> is not written`);
        write(child, depth + 1);
      }
      lines.push(`${indent}</${node.name}>`);
    }
  };
  write(root, 0);
  return { xml: `${lines.join('\n')}\n`, replaced };
}
