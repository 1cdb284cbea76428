import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultJobs, FILES_PER_THREAD, PARALLEL_FROM } from '../../src/batch/code-corpus.js';
import { run } from '../../src/cli/run.js';
import { CODE_OUTPUTS, writeCodeOutputs } from '../../src/results/code-outputs.js';
import { createCodingRun } from '../../src/pipeline/pipeline.js';
import { loadCodebooks } from '../../src/pipeline/load-codebooks.js';
import { listTranscriptFiles } from '../../src/ingest/list-files.js';
import { DEFAULT_INTERVIEWERS } from '../../src/model/segment.js';
import { interview } from '../../bench/generate.js';
import { fakeIo, makeTempDir } from '../helpers.js';

/** A corpus large enough for the worker threads: generated interviews, the demo corpus (Markdown and text), a duplicate id and an unusable file. */
function corpus(): string {
  const root = makeTempDir();
  const input = path.join(root, 'interviews');
  mkdirSync(input);
  for (let index = 0; index < PARALLEL_FROM + 4; index++) writeFileSync(path.join(input, `g${index}.md`), interview(index, 2500));
  cpSync('fixtures/interviews', path.join(input, 'demo'), { recursive: true });
  writeFileSync(path.join(input, 'dubbel.md'), interview(3, 1200));
  writeFileSync(path.join(input, 'leeg.md'), '');
  return root;
}

/** Every output file of `code` in a folder. */
function outputs(folder: string): Record<string, string> {
  return Object.fromEntries(CODE_OUTPUTS.map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]));
}

async function code(root: string, out: string, ...flags: string[]): Promise<{ files: Record<string, string>; err: string }> {
  const io = fakeIo(root);
  const exit = await run(['code', 'interviews', '--out', out, '--quiet', ...flags], io);
  expect(exit, io.err()).toBe(0);
  return { files: outputs(path.join(root, out)), err: io.err() };
}

describe('code on every core', () => {
  it('writes the same bytes and messages with 1 thread, 2 and 3 worker threads, and as the library does', async () => {
    const root = corpus();
    const one = await code(root, 'one', '--jobs', '1', '--no-cache');
    const two = await code(root, 'two', '--jobs', '2', '--no-cache');
    const three = await code(root, 'three', '--jobs', '3', '--no-cache');
    expect(two.files).toEqual(one.files);
    expect(three.files).toEqual(one.files);
    expect(two.err.replace('two/', 'one/')).toBe(one.err);
    // The duplicate id and the empty file are warned about, in file order, on every path.
    expect(one.err).toMatch(/dubbel\.md.*duplicate-document|duplicate-document[\s\S]*leeg\.md/);
    expect(readdirSync(path.join(root, 'two'))).toHaveLength(CODE_OUTPUTS.length);

    // The library's single-threaded pipeline gives the same bytes.
    const codebooks = await loadCodebooks([], root);
    const settings = { unit: 'turn' as const, includeInterviewer: false, interviewers: DEFAULT_INTERVIEWERS };
    const { files } = await listTranscriptFiles(['interviews'], {
      cwd: root,
      exclude: [path.join(root, 'one'), path.join(root, 'two'), path.join(root, 'three')],
    });
    const memory: Record<string, string> = {};
    const sink = {
      file: async (name: string) => ({
        write: async (text: string) => {
          memory[name] = (memory[name] ?? '') + text;
        },
      }),
    };
    const head = { toolVersion: JSON.parse(readFileSync('package.json', 'utf8')).version, inputs: ['interviews'], settings, codebooks };
    await writeCodeOutputs(createCodingRun(codebooks, settings), files, { excel: false, head, language: 'nl' }, sink);
    expect(memory).toEqual(one.files);
  }, 120_000);

  it('starts a thread per FILES_PER_THREAD files when --jobs is not given, at most one per core', () => {
    expect(defaultJobs(10, 8)).toBe(1);
    expect(defaultJobs(FILES_PER_THREAD * 2 - 1, 8)).toBe(1);
    expect(defaultJobs(FILES_PER_THREAD * 2, 8)).toBe(2);
    expect(defaultJobs(FILES_PER_THREAD * 100, 8)).toBe(8);
    expect(defaultJobs(FILES_PER_THREAD * 100, 1)).toBe(1);
  });

  it('refuses a --jobs that is not a whole number from 1', async () => {
    const io = fakeIo(makeTempDir());
    expect(await run(['code', 'x', '--jobs', '0'], io)).toBe(2);
    expect(io.err()).toContain('--jobs must be a whole number from 1; found "0"');
  });
});
