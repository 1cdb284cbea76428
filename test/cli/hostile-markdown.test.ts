import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTree } from '../helpers.js';
import { allNodes, parseMarkdown, renderedText, treeShape } from '../markdown-tree.js';

// Input that becomes HTML, a link or other markup when pasted into Markdown as it is. Each has a
// harmless twin: the same corpus with the twins must give a report of the same shape.
const HOSTILE = {
  title: '<script>alert(1)</script> [x](javascript:alert(1))',
  themeA: '# Thema | pijp',
  themeB: '> citaat <!-- x',
  codeA: '**vet** <img src=x onerror=alert(1)> `tick`',
  codeB: '1. lijst www.evil.example',
  codeC: 'Label {#id} ~~weg~~ $x$ @cite',
  keyA: '<img src=y onerror=alert(2)>',
  keyB: '[a](javascript:b) #',
  valueA1: '<!-- x',
  valueA2: '- item | b',
  valueA3: '[klik](javascript:alert(1))',
  valueB1: 'https://evil.example/x',
  valueB2: '&lt;b&gt; &amp;',
  valueB3: '<a href="javascript:alert(1)">z</a>',
  id1: '[R1](javascript:alert(1))',
  id2: '<b>R2</b>',
  id3: '`R3` # x',
  date: '<img src=d onerror=alert(3)>',
};
type Values = Record<keyof typeof HOSTILE, string>;
const HARMLESS = Object.fromEntries(Object.keys(HOSTILE).map((key, index) => [key, `Waarde${index + 1}`])) as Values;

function codebook(values: Values): string {
  const label = (text: string) => JSON.stringify(text);
  return `id: vijandig
title: ${label(values.title)}
version: 1.0.0
language: nl
themes:
  - id: geholpen
    label: ${label(values.themeA)}
    codes:
      - id: wachten
        label: ${label(values.codeA)}
        match: ["*wachtlijst*"]
      - id: terugbellen
        label: ${label(values.codeB)}
        match: [(belde|bellen) ~3 terug]
  - id: netwerk
    label: ${label(values.themeB)}
    codes:
      - id: buren
        label: ${label(values.codeC)}
        match: [(buurvrouw|buren)]
`;
}

function transcript(values: Values, index: 1 | 2 | 3): string {
  const front = [
    ['id', values[`id${index}`]],
    [values.keyA, values[`valueA${index}`]],
    [values.keyB, values[`valueB${index}`]],
    ['datum', index === 1 ? values.date : `2025-01-0${index}`],
  ];
  return [
    '---',
    ...front.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`),
    '---',
    'I: Hoe ging het?',
    '',
    `R${index}: Ik stond op een wachtlijst <img src=x onerror=alert(1)> [klik](javascript:alert(1)) en www.evil.example.`,
    '',
    'I: En de buren?',
    '',
    `R${index}: 1. Mijn buurvrouw belde niet terug <!-- x`,
    '',
  ].join('\n');
}

/** Code the corpus made with `values`, report it grouped by both attributes, and diff the codebook against a changed one. */
async function outputs(values: Values) {
  const root = makeTree({
    'cb.yaml': codebook(values),
    'cb2.yaml': codebook(values).replace('match: [(buurvrouw|buren)]', 'match: [buurman]').replace('["*wachtlijst*"]', '[wachttijd]'),
    'interviews/r1.md': transcript(values, 1),
    'interviews/r2.md': transcript(values, 2),
    // Plain text keeps every character; Markdown transcripts lose their markup when read.
    'interviews/r3.txt': transcript(values, 3),
  });
  const coding = fakeIo(root);
  expect(await run(['code', 'interviews', '-c', 'cb.yaml'], coding), coding.err()).toBe(0);
  const reporting = fakeIo(root);
  expect(await run(['report', 'rodedraad-out', '--by', `${values.keyA},${values.keyB}`, '--quiet'], reporting), reporting.err()).toBe(0);
  const diffing = fakeIo(root);
  expect(await run(['diff', 'cb.yaml', 'cb2.yaml', 'interviews'], diffing), diffing.err()).toBe(0);
  const out = path.join(root, 'rodedraad-out');
  return {
    'summary.md': readFileSync(path.join(out, 'summary.md'), 'utf8'),
    'report.md': readFileSync(path.join(out, 'report.md'), 'utf8'),
    diff: diffing.out(),
    charts: readdirSync(out).filter((name) => name.endsWith('.svg')),
  };
}

const nodesOf = (tree: Root, type: Nodes['type']) => allNodes(tree).filter((node) => node.type === type);
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('Markdown outputs with hostile labels, ids, attribute names and values', () => {
  it('render every input as text: no HTML, no link, and the same shape as with harmless input', async () => {
    const hostile = await outputs(HOSTILE);
    const harmless = await outputs(HARMLESS);
    expect(hostile.charts).toHaveLength(harmless.charts.length);
    for (const name of ['summary.md', 'report.md', 'diff'] as const) {
      for (const flavour of ['commonmark', 'gfm'] as const) {
        const tree = parseMarkdown(hostile[name], flavour);
        const twin = parseMarkdown(harmless[name], flavour);
        const where = `${name} (${flavour})`;
        expect(treeShape(tree), where).toBe(treeShape(twin));
        // The only HTML is the report's own <details> around the transcript hashes.
        expect(
          nodesOf(tree, 'html').map((node) => (node as { value: string }).value),
          where,
        ).toEqual(nodesOf(twin, 'html').map((node) => (node as { value: string }).value));
        for (const type of ['link', 'linkReference', 'definition', 'footnoteReference', 'footnoteDefinition'] as const)
          expect(nodesOf(tree, type), `${where}: ${type}`).toEqual([]);
        for (const image of nodesOf(tree, 'image')) expect(hostile.charts, where).toContain((image as { url: string }).url);
      }
    }
    // Everything from input reads as it was written.
    const text = (markdown: string) => flat(renderedText(parseMarkdown(markdown, 'gfm')));
    const report = text(hostile['report.md']);
    for (const key of [
      'title',
      'themeA',
      'themeB',
      'codeA',
      'codeB',
      'codeC',
      'keyA',
      'keyB',
      'valueA1',
      'valueA2',
      'valueA3',
      'valueB1',
      'valueB2',
      'valueB3',
      'id1',
      'id2',
      'id3',
    ] as const) {
      expect(report, key).toContain(flat(HOSTILE[key]));
    }
    expect(report).toContain(
      'Ik stond op een wachtlijst <img src=x onerror=alert(1)> [klik](javascript:alert(1)) en www.evil.example. — `R3` # x',
    );
    const summary = text(hostile['summary.md']);
    for (const key of ['themeA', 'themeB', 'codeA', 'codeB', 'codeC'] as const) expect(summary, key).toContain(HOSTILE[key]);
    const diff = text(hostile.diff);
    for (const key of ['codeA', 'codeC', 'id1', 'id2', 'id3'] as const) expect(diff, key).toContain(HOSTILE[key]);
    expect(diff).toContain('1. Mijn buurvrouw belde niet terug <!-- x');
  });
});
