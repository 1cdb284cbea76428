import { mkdirSync, rmSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { CODE_OUTPUTS } from '../../src/results/code-outputs.js';
import type { CodingResult } from '../../src/model/result.js';
import { fakeIo, makeTempDir } from '../helpers.js';
import { codebookArbitrary, renderTranscript, transcriptArbitrary, type GeneratedFile } from './corpus.js';

/** Corpora per test run: a few hundred transcripts in `npm test`; `npm run fuzz` asks for thousands. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 60);

const corpusArbitrary = fc.record({
  transcripts: fc.array(transcriptArbitrary, { minLength: 1, maxLength: 5 }),
  codebook: codebookArbitrary,
  unit: fc.constantFrom('turn', 'paragraph', 'sentence'),
  excel: fc.boolean(),
  hostile: fc.constantFrom('none', 'none', 'binary', 'invalid-utf8', 'empty', 'broken-front-matter'),
});

const HOSTILE: Record<string, Uint8Array | string> = {
  binary: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]),
  'invalid-utf8': new Uint8Array([0x49, 0x3a, 0x20, 0xc3, 0x28, 0x0a]),
  empty: '',
  'broken-front-matter': '---\nid: [unclosed\n---\nI: Vraag?\n\nR1: Antwoord.\n',
};

/** Parse as a strict reader does: any line ending outside quotes ends a record. */
const STRICT = (excel: boolean) => ({ delimiter: excel ? ';' : ',', record_delimiter: ['\r\n', '\n', '\r'] });

/**
 * A codings.csv text cell: the segment's text when it is at most 300 characters, else at most 300
 * characters of it with "…" where it was cut, holding the start of the first evidence.
 */
function expectExcerpt(cell: string, text: string, hits: readonly { readonly textStart: number }[]): void {
  if (text.length <= 300) {
    expect(cell).toBe(text);
    return;
  }
  expect(cell.length).toBeLessThanOrEqual(300);
  const inner = cell.replace(/^…/, '').replace(/…$/, '');
  const first = Math.min(...hits.map((hit) => hit.textStart));
  const places: number[] = [];
  for (let place = text.indexOf(inner); place >= 0; place = text.indexOf(inner, place + 1)) places.push(place);
  const place = places.find((candidate) => candidate <= first && first < candidate + inner.length);
  expect(place, `${cell} in ${text}`).toBeDefined();
  expect(cell.startsWith('…')).toBe(place! > 0);
  expect(cell.endsWith('…')).toBe(place! + inner.length < text.length);
}

/** Undo the formula escape of a CSV text cell. */
const unescapeFormula = (cell: string): string => (/^'[=+\-@\t\r＝＋－＠]/u.test(cell) ? cell.slice(1) : cell);

describe('fuzz: generated transcripts and codebooks through rodedraad code', () => {
  it(
    `keeps its invariants on ${RUNS} generated corpora`,
    async () => {
      await fc.assert(
        fc.asyncProperty(corpusArbitrary, async (corpus) => {
          const root = makeTempDir();
          const input = path.join(root, 'interviews');
          mkdirSync(input);
          const files: GeneratedFile[] = corpus.transcripts.map((transcript, index) =>
            renderTranscript(transcript, `D${String(index + 1).padStart(2, '0')}`),
          );
          for (const file of files) writeFileSync(path.join(input, file.name), (file.bom ? '\uFEFF' : '') + file.text);
          if (corpus.hostile !== 'none') writeFileSync(path.join(input, `zz-${corpus.hostile}.txt`), HOSTILE[corpus.hostile]!);
          writeFileSync(path.join(root, 'codebook.yaml'), corpus.codebook);
          const io = fakeIo(root);
          const codeArgs = (out: string, ...extra: string[]) => [
            'code',
            'interviews',
            '--codebook',
            'codebook.yaml',
            '--out',
            out,
            '--unit',
            corpus.unit,
            '--quiet',
            ...(corpus.excel ? ['--excel'] : []),
            ...extra,
          ];
          const code = await run(codeArgs('out'), io);

          // No stack trace, a clean exit, and no staging folder left behind.
          expect(io.err()).not.toMatch(/internal error|\n\s+at /);
          expect(code, io.err()).toBe(0);
          expect(readdirSync(root).filter((name) => name.includes('partial'))).toEqual([]);

          const result = JSON.parse(readFileSync(path.join(root, 'out', 'result.json'), 'utf8')) as CodingResult;
          expect(result.documents.map((document) => document.file)).toEqual(files.map((file) => `interviews/${file.name}`));

          // Every word lands in exactly one segment, of the speaker's role, holding that word.
          for (const [index, document] of result.documents.entries()) {
            for (const word of files[index]!.words) {
              const holders = document.segments.filter(
                (segment) => segment.start.offset <= word.offset && word.offset < segment.end.offset,
              );
              if (holders.length !== 1 && process.env['FUZZ_DUMP']) writeFileSync(process.env['FUZZ_DUMP'], files[index]!.text);
              expect(holders.length, `${document.id}: "${word.word}" at ${word.offset}`).toBe(1);
              expect(holders[0]!.role, `${document.id}: "${word.word}" at ${word.offset}`).toBe(word.role);
              if (!holders[0]!.text.includes(word.word) && process.env['FUZZ_DUMP'])
                writeFileSync(process.env['FUZZ_DUMP'], files[index]!.text);
              expect(holders[0]!.text).toContain(word.word);
            }
          }

          // codings.csv holds exactly result.json's codings, whatever the cells hold; its text is the
          // segment's text, or a stretch of it around the evidence with "…" where cut.
          const readRows = (name: string) => {
            const csv = readFileSync(path.join(root, 'out', name), 'utf8');
            return parse(corpus.excel ? csv.replace(/^\uFEFF/, '') : csv, STRICT(corpus.excel)) as string[][];
          };
          const rows = readRows('codings.csv');
          const codings = result.documents.flatMap((document) =>
            document.segments.flatMap((segment) =>
              segment.codings.map((coding) => ({
                row: [document.id, String(segment.index), coding.code, String(coding.negated)],
                segment,
                coding,
              })),
            ),
          );
          const header = rows[0]!;
          const at = (name: string) => header.indexOf(name);
          expect(rows.slice(1).map((row) => [row[at('document')]!, row[at('segment')]!, row[at('code')]!, row[at('negated')]!])).toEqual(
            codings.map((coding) => coding.row),
          );
          for (const [index, { segment, coding }] of codings.entries()) {
            const cell = unescapeFormula(rows[index + 1]![at('text')]!);
            expectExcerpt(cell, segment.text, coding.hits);
          }

          // segments.csv holds every segment of result.json once, with its whole text.
          const segmentRows = readRows('segments.csv');
          const column = (name: string) => segmentRows[0]!.indexOf(name);
          expect(segmentRows.slice(1).map((row) => [row[column('document')], row[column('segment')]])).toEqual(
            result.documents.flatMap((document) => document.segments.map((segment) => [document.id, String(segment.index)])),
          );
          expect(segmentRows.slice(1).map((row) => unescapeFormula(row[column('text')]!))).toEqual(
            result.documents.flatMap((document) => document.segments.map((segment) => segment.text)),
          );

          // report reads what code wrote, whatever it holds, and leaves no staging folder either.
          const reporting = fakeIo(root);
          const reported = await run(
            [
              'report',
              'out',
              '--out',
              'report',
              '--quiet',
              ...(corpus.transcripts.some((t) => t.shape.frontMatter) ? ['--by', 'gemeente'] : []),
            ],
            reporting,
          );
          expect(reporting.err()).not.toMatch(/internal error|\n\s+at /);
          expect(reported, reporting.err()).toBe(0);
          expect(readdirSync(root).filter((name) => name.includes('partial'))).toEqual([]);

          // documents.csv has a row per document with its segment count.
          const documents = parse(
            readFileSync(path.join(root, 'out', 'documents.csv'), 'utf8').replace(/^\uFEFF/, ''),
            STRICT(corpus.excel),
          ) as string[][];
          expect(documents.slice(1).map((row) => [row[0], row[documents[0]!.indexOf('segments')]])).toEqual(
            result.documents.map((document) => [document.id, String(document.segments.length)]),
          );
          // Through the cache, cold and warm, the outputs are the same bytes (what the cache stores as
          // places in the file, labels and front-matter values among them, comes back whole).
          const outputs = (folder: string) =>
            Object.fromEntries(CODE_OUTPUTS.map((name) => [name, readFileSync(path.join(root, folder, name), 'utf8')]));
          for (const folder of ['cold', 'warm']) {
            const cached = fakeIo(root);
            const exit = await run(codeArgs(folder, '--cache-dir', 'cache'), cached);
            expect(exit, cached.err()).toBe(0);
            expect(outputs(folder)).toEqual(outputs('out'));
          }

          // A corpus that passed is removed at once: 10,000 of them would fill the disk and make the
          // final clean-up outlast its time-out. A failing one stays for inspection.
          rmSync(root, { recursive: true, force: true });
        }),
        {
          numRuns: RUNS,
          endOnFailure: true,
          ...(process.env['FUZZ_SEED'] === undefined ? {} : { seed: Number(process.env['FUZZ_SEED']) }),
        },
      );
    },
    // The time-out: about 50 ms per corpus on two cores, three times that for a slow machine.
    Math.max(600_000, RUNS * 150),
  );
});
