import { describe, expect, it } from 'vitest';
import { attributeOf, childOf, parseXml, textOf } from '../../src/exchange/refi-qda/xml.js';
import { element, serializeXml, textElement } from '../../src/export/xml-writer.js';

describe('the XML writer', () => {
  it('escapes markup, and writes CR, LF and tab in attributes and CR in text as references, so a parser gives them back', () => {
    const name = 'a & b < c > d "e"\tf\ng\r\nh';
    const text = 'regel 1\r\nregel 2 & <meer>\nregel 3 "ë" 😀';
    const { xml, replaced } = serializeXml(element('Root', { name }, [element('Description', {}, [text])]));
    expect(replaced).toBe(0);
    expect(xml).toContain('&#13;');
    const parsed = parseXml(xml);
    if ('error' in parsed) throw new Error(parsed.error);
    expect(attributeOf(parsed.root, 'name')).toBe(name);
    expect(textOf(childOf(parsed.root, 'Description'))).toBe(text);
  });

  it('replaces and counts characters XML 1.0 cannot hold (control characters, lone surrogates)', () => {
    const { xml, replaced } = serializeXml(element('Root', { name: 'a\u0001b' }, [element('T', {}, ['x\u000Cy\uD800z'])]));
    expect(replaced).toBe(3);
    expect(xml).toContain('name="a\uFFFDb"');
    expect(xml).toContain('<T>x\uFFFDy\uFFFDz</T>');
  });

  it('leaves out undefined attributes and blank optional elements, and keeps attribute order', () => {
    const root = element('Code', { guid: 'g', name: 'n', isCodable: true, color: undefined }, [
      textElement('Description', '  '),
      textElement('Other', null),
    ]);
    expect(serializeXml(root).xml).toBe('<?xml version="1.0" encoding="utf-8"?>\n<Code guid="g" name="n" isCodable="true"/>\n');
  });

  it('indents element children and writes text children on one line, untouched', () => {
    const { xml } = serializeXml(element('A', {}, [element('B', {}, ['  two spaces ']), element('C')]));
    expect(xml).toBe('<?xml version="1.0" encoding="utf-8"?>\n<A>\n  <B>  two spaces </B>\n  <C/>\n</A>\n');
  });
});
