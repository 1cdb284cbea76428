import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { mapSpansToSegments } from '../../src/agree/map-spans.js';
import { readCodingsTable } from '../../src/exchange/codings-table/read-table.js';
import { contentTokens } from '../../src/exchange/quotes/word-tokens.js';
import { segment } from '../helpers.js';

// Real transcripts and codings, see test/fixtures/en-pdpilot/SOURCE.md.
const read = (name: string): string => readFileSync(new URL(`../fixtures/en-pdpilot/${name}`, import.meta.url), 'utf8');
const ids = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'];
const documents = ids.map((id) => ({ id, aliases: [`${id}.txt`], text: read(`${id}.txt`) }));
const csv = read('coded_segments.csv');
const rows = parse(csv, { columns: true }) as { segment_no: string; document: string; code_path: string; text: string }[];
const result = readCodingsTable(csv, 'coded_segments.csv', documents);
const words = (text: string): string[] => contentTokens(text, true).map((token) => token.form);

describe('the 261 quotes of the PDPilot study located in their transcripts', () => {
  it('every quote is located: 22 exact, 222 word for word, 17 approximately, none missing', () => {
    expect(rows).toHaveLength(261);
    expect(result.quotes).toEqual({ exact: 22, words: 222, approximate: 17, notFound: 0 });
    expect(result.project!.spans).toHaveLength(261);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'quote-not-found')).toEqual([]);
  });

  it('each span holds the quote: the same words, or for approximate ones at least 90% of them in order', () => {
    const spans = result.project!.spans;
    rows.forEach((row, index) => {
      const span = spans[index]!;
      const text = documents.find((document) => document.id === span.sourceId)!.text.slice(span.start, span.end);
      const found = words(text);
      const quoted = words(row.text);
      const common = quoted.filter((word) => found.includes(word)).length;
      expect(common / quoted.length, `row ${row.segment_no}`).toBeGreaterThanOrEqual(0.9);
      // Never much longer than the quote: at most the repeated line after a page break (about 30 words).
      expect(found.length - quoted.length, `row ${row.segment_no}`).toBeLessThanOrEqual(30);
    });
  });

  it('the 17 approximate quotes are each said, with what differs', () => {
    const approximate = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'quote-approximate');
    expect(approximate).toHaveLength(17);
    // Row 7 starts inside a word ("[t]here are the two uses"): one word differs.
    expect(approximate[0]!.place!.line).toBe(8);
    expect(approximate[0]!.reason).toBe(
      'quote "here are the two uses that say one is like model developm…" located approximately in P4 (26 of 27 words match); check that the transcript is the one that was coded',
    );
    // The others lack a line the PDF repeats after a page break (e.g. P3 line 69 repeats line 66).
    expect(
      approximate
        .slice(1)
        .every((diagnostic) => /\(\d+ of \d+ words match; \d+ words of the transcript in between/.test(diagnostic.reason)),
    ).toBe(true);
  });

  it('codes come from the code paths with their hierarchy', () => {
    const paths = new Set(rows.map((row) => row.code_path));
    const codable = result.project!.codes.filter((code) => code.codable);
    expect(codable.map((code) => code.id).sort()).toEqual([...paths].sort());
    // Codes only above others (every proper prefix of a path that is not itself used) group them.
    const prefixes = [...paths].flatMap((path) =>
      path
        .split(' > ')
        .slice(0, -1)
        .map((_, depth, parts) => parts.slice(0, depth + 1).join(' > ')),
    );
    const grouping = [...new Set(prefixes)].filter((prefix) => !paths.has(prefix));
    expect(
      result
        .project!.codes.filter((code) => !code.codable)
        .map((code) => code.id)
        .sort(),
    ).toEqual(grouping.sort());
    expect(result.project!.codes).toHaveLength(codable.length + grouping.length);
    const nested = result.project!.codes.find((code) => code.path.length === 3)!;
    expect(nested.parentId).toBe(nested.path.slice(0, 2).join(' > '));
  });
});

describe('the located quotes on rodedraad turns', () => {
  it('every span lands on at least one turn, none only grazes one', () => {
    let unplaced = 0;
    let grazes = 0;
    const carried = new Set<string>();
    for (const document of documents) {
      const { segments } = segment(document.text, { documentId: document.id, format: 'text', interviewers: ['Dan'] });
      const mapping = mapSpansToSegments(
        document.text,
        segments,
        result.project!.spans.filter((span) => span.sourceId === document.id),
      );
      unplaced += mapping.unplaced.length;
      grazes += mapping.grazes;
      for (const codes of mapping.codes) for (const code of codes) carried.add(`${document.id} ${code}`);
    }
    expect({ unplaced, grazes }).toEqual({ unplaced: 0, grazes: 0 });
    expect([...carried].sort()).toEqual([...new Set(result.project!.spans.map((span) => `${span.sourceId} ${span.codeId}`))].sort());
  });
});
