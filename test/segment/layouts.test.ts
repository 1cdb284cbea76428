import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMarkdownParser } from '../../src/ingest/parse-markdown.js';
import { parseTranscript } from '../../src/ingest/parse.js';
import { DEFAULT_INTERVIEWERS } from '../../src/model/segment.js';
import { segmentTranscript } from '../../src/segment/segment.js';

const folder = path.join(import.meta.dirname, '../fixtures/layouts');
type Expected = Record<
  string,
  { segments: [string | null, string, number, string | null, string][]; diagnostics: [string, number | null][] }
>;
const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as Expected;

/** Parse and segment a fixture as `code` does, with the fixture's name (without extension) as its id. */
function read(name: string) {
  const text = readFileSync(path.join(folder, name), 'utf8');
  const parsed = parseTranscript(text, name.endsWith('.md') ? 'markdown' : 'text', name, createMarkdownParser());
  const documentId = name.replace(/\.[^.]+$/, '');
  const segmented = segmentTranscript(parsed, text, name, { unit: 'turn', documentId, interviewers: DEFAULT_INTERVIEWERS });
  return { text, segments: segmented.segments, diagnostics: [...parsed.diagnostics, ...segmented.diagnostics] };
}

describe('transcript layouts (test/fixtures/layouts)', () => {
  it('has an expectation for every fixture', () => {
    const files = readdirSync(folder).filter((name) => !['README.md', 'expected.json'].includes(name));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(expected))('%s: speakers, roles, lines, times and text', (name) => {
    const { segments } = read(name);
    const want = expected[name]!.segments;
    expect(segments.map((segment) => [segment.speaker, segment.role, segment.start.line, segment.time])).toEqual(
      want.map(([speaker, role, line, time]) => [speaker, role, line, time]),
    );
    segments.forEach((segment, index) => {
      expect(segment.text.startsWith(want[index]![4]), `${segment.text} starts with ${want[index]![4]}`).toBe(true);
    });
  });

  it.each(Object.keys(expected))('%s: says what it assumed', (name) => {
    const { diagnostics } = read(name);
    expect(diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.place?.line ?? null])).toEqual(expected[name]!.diagnostics);
  });

  it.each(Object.keys(expected))('%s: every segment is located in the source and keeps no label, number or timestamp', (name) => {
    const { text, segments } = read(name);
    for (const segment of segments) {
      const words = segment.text.split(/\s+/);
      expect(text.slice(segment.start.offset, segment.end.offset).startsWith(words[0]!)).toBe(true);
      expect(segment.text).not.toMatch(/^(\d+\s|[\p{L} ,.]+\s*(\(.*\))?\s*(\[\d|\d+:\d\d))/u);
    }
  });
});
