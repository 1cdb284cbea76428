import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { codeText } from '../src/code/apply.js';
import type { Coding } from '../src/model/coding.js';
import { compileMatcher } from '../src/code/matcher.js';
import { loadCodebook } from '../src/codebook/load.js';
import type { Codebook } from '../src/model/codebook.js';
import { createCodebookValidator } from '../src/codebook/schema.js';
import type { Io } from '../src/cli/io.js';
import { createMarkdownParser } from '../src/ingest/parse-markdown.js';
import { parseTranscript } from '../src/ingest/parse.js';
import { segmentTranscript } from '../src/segment/segment.js';
import { DEFAULT_INTERVIEWERS, type SegmentOptions } from '../src/model/segment.js';

/** A fake terminal: what the CLI wrote to stdout and stderr. */
export interface FakeIo extends Io {
  readonly out: () => string;
  readonly err: () => string;
}

/** An Io whose streams collect text; `cwd` defaults to a new temporary folder. */
export function fakeIo(cwd: string, options: { tty?: boolean } = {}): FakeIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (chunk: string) => (out += chunk), isTTY: options.tty ?? false },
    stderr: { write: (chunk: string) => (err += chunk), isTTY: options.tty ?? false },
    cwd,
    env: {},
    out: () => out,
    err: () => err,
  };
}

/** One folder for every temporary folder of a test file, removed after the file's tests. */
const scratch = mkdtempSync(path.join(tmpdir(), 'rodedraad-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A new, empty temporary folder. */
export function makeTempDir(): string {
  return mkdtempSync(path.join(scratch, 'dir-'));
}

/** A new temporary folder with the given files (paths relative to it, `/`-separated). */
export function makeTree(files: Record<string, string | Uint8Array>): string {
  const root = makeTempDir();
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(root, ...name.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return root;
}

/** Parse and segment a transcript written inline. */
export function segment(
  text: string,
  options: Partial<SegmentOptions> & { format?: 'markdown' | 'text' } = {},
): ReturnType<typeof segmentTranscript> {
  const parsed = parseTranscript(text, options.format ?? 'markdown', 'test.md', createMarkdownParser());
  return segmentTranscript(parsed, text, 'test.md', {
    unit: options.unit ?? 'turn',
    documentId: options.documentId ?? 'R01',
    interviewers: options.interviewers ?? DEFAULT_INTERVIEWERS,
  });
}

/** Load a codebook written inline; throws with the diagnostics when it is invalid. */
export function codebookFrom(yaml: string, file = 'test.yaml'): Codebook {
  const loaded = loadCodebook({ file, text: yaml, sha256: '0' }, createCodebookValidator());
  if (!loaded.codebook) throw new Error(loaded.diagnostics.map((d) => `${d.place?.line}:${d.place?.column} ${d.reason}`).join('\n'));
  return loaded.codebook;
}

/** A one-code Dutch (or English) codebook with the given patterns. */
export function oneCode(
  match: readonly string[],
  extra: { unless?: readonly string[]; negation?: string; language?: 'nl' | 'en' } = {},
): Codebook {
  const list = (items: readonly string[]) => items.map((item) => `          - ${JSON.stringify(item)}`).join('\n');
  const unless = extra.unless ? `        unless:\n${list(extra.unless)}\n` : '';
  const negation = extra.negation ? `        negation: ${extra.negation}\n` : '';
  return codebookFrom(oneCodeYaml(`        match:\n${list(match)}\n${unless}${negation}`, extra.language));
}

/**
 * The YAML of a one-code codebook (id `test`, theme `thema`, code `code`); `body` is the rest of
 * the code, its lines indented as they stand under `- id: code`.
 */
export function oneCodeYaml(body: string, language: 'nl' | 'en' = 'nl'): string {
  return `id: test
title: Test
version: 1.0.0
language: ${language}
themes:
  - id: thema
    label: Thema
    codes:
      - id: code
        label: Code
${body}`;
}

/** Code a text with a codebook; returns the codings. */
export function codeWith(codebook: Codebook, text: string): Coding[] {
  return codeText(compileMatcher([codebook]), text).codings;
}

/** The evidence texts of the codings of a text, marked with ! when negated. */
export function evidence(codebook: Codebook, text: string): string[] {
  return codeWith(codebook, text).flatMap((coding) =>
    coding.hits.map((hit) => `${hit.negated ? '!' : ''}${text.slice(hit.start, hit.end)}`),
  );
}

/** A YAML "billion laughs": nine levels of nine aliases each, about 450 bytes, 9^9 values when expanded. */
export function aliasBomb(): string {
  const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  const names = 'abcdefghi';
  for (let level = 1; level < names.length; level++) {
    const name = names[level]!;
    const previous = `*${names[level - 1]!}`;
    lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => previous).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}
