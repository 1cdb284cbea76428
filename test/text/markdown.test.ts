import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { markdownCode, markdownText } from '../../src/text/markdown.js';
import { allNodes, parseMarkdown, renderedText } from '../markdown-tree.js';

/** Input that becomes markup when pasted into Markdown as it is. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<!-- x',
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '![x](https://example.org/x.png)',
  '[^1] [x]: https://example.org',
  'a | b',
  '`tick` and ``',
  '# kop',
  'Vraag #',
  'Label {#id .cls}',
  '1. lijst',
  '2) lijst',
  'a. lijst',
  '(a) lijst',
  '- item',
  '+ item',
  '* item',
  '> quote',
  '===',
  '---',
  ': def',
  '*nadruk* en _nadruk_ en __sterk__',
  '~~weg~~ en ~sub~ en ^sup^',
  '$x$ kost $5$',
  '@citaat en mail@example.org',
  'www.example.org en https://example.org. Of https://a.nl/|x en (www.b.nl/`c), mail@example.org.',
  'AT&amp;T &#60; &copy;',
  'back\\slash \\* en \\',
  'tekst  ',
  '    code',
  '| line block',
  '::: div',
  'x\ny\n\nz',
  '```\nfence\n```',
];

// Each context in which the report or a summary puts input: the node that holds it.
const CONTEXTS: { name: string; make: (text: string, code: string) => string; holder: (nodes: Nodes[]) => Nodes | undefined }[] = [
  { name: 'paragraph', make: (text) => `voor ${text} na`, holder: (nodes) => nodes.find((node) => node.type === 'paragraph') },
  { name: 'line start', make: (text) => text, holder: (nodes) => nodes.find((node) => node.type === 'paragraph') },
  { name: 'heading', make: (text, code) => `### ${text} (${code})`, holder: (nodes) => nodes.find((node) => node.type === 'heading') },
  { name: 'list item', make: (text) => `- ${text}`, holder: (nodes) => nodes.find((node) => node.type === 'listItem') },
  { name: 'block quote', make: (text) => `> ${text}\n> — R1`, holder: (nodes) => nodes.find((node) => node.type === 'blockquote') },
  {
    name: 'table cell',
    make: (text, code) => `| a | b |\n| --- | --- |\n| ${text} | ${code} |`,
    holder: (nodes) => nodes.filter((node) => node.type === 'tableRow')[1],
  },
  { name: 'image alt', make: (text) => `![${text}](chart.svg)`, holder: (nodes) => nodes.find((node) => node.type === 'image') },
];

const expectedText: Record<string, (input: string) => string> = {
  paragraph: (input) => `voor ${input} na`,
  'line start': (input) => input,
  heading: (input) => `${input} (${input})`,
  'list item': (input) => input,
  'block quote': (input) => `${input}\n— R1`,
  'table cell': (input) => `${input}${input}`,
  'image alt': (input) => input,
};

describe('markdownText and markdownCode', () => {
  for (const flavour of ['commonmark', 'gfm'] as const) {
    for (const context of CONTEXTS) {
      if (context.name === 'table cell' && flavour === 'commonmark') continue; // no tables in CommonMark
      it(`render input as exactly its text, never as markup (${flavour}, ${context.name})`, () => {
        for (const input of HOSTILE) {
          const flat = input.replace(/\s+/g, ' ').trim();
          const tree = parseMarkdown(context.make(markdownText(input), markdownCode(input)), flavour);
          const nodes = allNodes(tree);
          const holder = context.holder(nodes);
          expect(holder, input).toBeDefined();
          expect(renderedText(holder!), input).toBe(expectedText[context.name]!(flat));
          const types = new Set(nodes.map((node) => node.type));
          for (const markup of [
            'html',
            'link',
            'linkReference',
            'definition',
            'emphasis',
            'strong',
            'delete',
            'footnoteReference',
            'code',
            'thematicBreak',
          ]) {
            expect(types.has(markup as Nodes['type']), `${input}: ${markup}`).toBe(false);
          }
          expect(nodes.filter((node) => node.type === 'heading').length, input).toBe(context.name === 'heading' ? 1 : 0);
          expect(nodes.filter((node) => node.type === 'list').length, input).toBe(context.name === 'list item' ? 1 : 0);
          expect(nodes.filter((node) => node.type === 'blockquote').length, input).toBe(context.name === 'block quote' ? 1 : 0);
        }
      });
    }
  }

  it('escapes minimally, so that the Markdown still reads as the text', () => {
    expect(markdownText('Dat is \'m "zeker" -- ja... (oké), 50% van de R1\'s')).toBe('Dat is \'m "zeker" -- ja... (oké), 50% van de R1\'s');
    expect(markdownText('snake_case, C#, a > b, e.g. 3.5, 10:00, www, http:')).toBe('snake_case, C#, a > b, e.g. 3.5, 10:00, www, http:');
    expect(markdownText('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(markdownText('<img onerror=x>')).toBe('&lt;img onerror=x>');
    expect(markdownText('1. eerst')).toBe('1\\. eerst');
    expect(markdownText('Zie www.example.org. Of mail@example.org!')).toBe('Zie `www.example.org`. Of `mail@example.org`!');
    expect(markdownText('  regel\n\nnog een  ')).toBe('regel nog een');
  });

  it('writes ids and hashes as code spans, with a longer fence around backticks', () => {
    expect(markdownCode('wachten')).toBe('`wachten`');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`a')).toBe('`` `a ``');
    expect(markdownCode('(weken|maanden) gewacht', 'outside-table')).toBe('`(weken|maanden) gewacht`');
    // A pipe in a code span cannot stand in a table cell for both GFM and pandoc: escaped text instead.
    expect(markdownCode('a|b')).toBe('a\\|b');
  });
});
