import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { outputOwner } from '../../src/cli/known-outputs.js';
import { OutputFolder } from '../../src/cli/output-dir.js';
import { run } from '../../src/cli/run.js';
import { InterruptedError } from '../../src/model/diagnostic.js';
import { makeResult } from '../aggregate/make-result.js';
import { fakeIo, makeTree } from '../helpers.js';

const fixture = fileURLToPath(new URL('../fixtures/small-corpus/', import.meta.url));
const codeOutputs = ['codings.csv', 'documents.csv', 'matrix.csv', 'result.json', 'summary.md'];

/** A project folder with a codebook and two transcripts. */
function project(extra: Record<string, string> = {}): string {
  return makeTree({
    'cb.yaml': readFileSync(path.join(fixture, 'codebook.yaml'), 'utf8'),
    'interviews/r1.md': '---\ndatum: 2025-03-12\nrol: inwoner\n---\nI: Vraag?\n\nR1: Ik stond op een wachtlijst.\n',
    'interviews/r2.md': '---\ndatum: 2025-03-13\nrol: professional\n---\nI: Vraag?\n\nR2: Niemand belde terug, een wachtlijst.\n',
    ...extra,
  });
}

async function cli(root: string, ...args: string[]) {
  const io = fakeIo(root);
  const code = await run(args, io);
  return { code, err: io.err() };
}

/** Side folders (staging, old output) left beside the folders in `root`. */
const sideFolders = (root: string) => readdirSync(root).filter((name) => /\.(partial|old)-/.test(name));

/** The id of a process that has ended. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

describe('the output folder of code', () => {
  it('drops the report of an earlier run with the old results, and says so', async () => {
    const root = project();
    expect((await cli(root, 'code', 'interviews', '-c', 'cb.yaml', '-q')).code).toBe(0);
    expect((await cli(root, 'report', 'rodedraad-out', '--by', 'rol', '-q')).code).toBe(0);
    expect(readdirSync(path.join(root, 'rodedraad-out'))).toContain('groups-rol.svg');
    const { code, err } = await cli(root, 'code', 'interviews', '-c', 'cb.yaml', '-q');
    expect(code).toBe(0);
    expect(readdirSync(path.join(root, 'rodedraad-out')).sort()).toEqual(codeOutputs);
    expect(err).toContain(
      'rodedraad: removed the report of an earlier run from rodedraad-out/ (cooccurrence.csv, groups-rol.svg, groups.csv, prevalence-codes.svg, prevalence-themes.svg, report.md and 4 more): it described other results; run rodedraad report again\n',
    );
    expect(sideFolders(root)).toEqual([]);
  });

  it('refuses an input anywhere in the output folder, whatever its name', async () => {
    const root = project({ 'rodedraad-out/notes.md': 'R1: een eigen notitie.\n' });
    const { code, err } = await cli(root, 'code', 'rodedraad-out/notes.md', '-c', 'cb.yaml');
    expect(code).toBe(2);
    expect(err).toBe('rodedraad: rodedraad-out/notes.md: is an input and would be overwritten by the output; choose another --out\n');
  });

  it('is a usage error for --out "", not the current folder', async () => {
    const root = project();
    for (const command of [
      ['code', 'interviews', '-c', 'cb.yaml'],
      ['report', '.'],
    ]) {
      const { code, err } = await cli(root, ...command, '--out', '');
      expect(code).toBe(2);
      expect(err).toBe('rodedraad: --out is empty; name a folder (such as --out rodedraad-out)\n');
    }
    expect(readdirSync(root).sort()).toEqual(['cb.yaml', 'interviews']);
  });

  it('replaces the files of the folder the user works in, in place: rodedraad report . from the results folder', async () => {
    const root = project();
    expect((await cli(root, 'code', 'interviews', '-c', 'cb.yaml', '--out', 'results', '-q')).code).toBe(0);
    const results = path.join(root, 'results');
    const folder = statSync(results).ino;
    const report = await cli(results, 'report', '.', '-q');
    expect(report.code, report.err).toBe(0);
    expect(readdirSync(results)).toEqual(expect.arrayContaining([...codeOutputs, 'report.md']));
    expect(statSync(results).ino).toBe(folder);
    // Coding again from inside it replaces the results and removes the report that no longer fits.
    const again = await cli(results, 'code', '../interviews', '-c', '../cb.yaml', '--out', '.', '-q');
    expect(again.code, again.err).toBe(0);
    expect(again.err).toContain('removed the report of an earlier run');
    expect(readdirSync(results).sort()).toEqual(codeOutputs);
    expect(readdirSync(root).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('refuses an output folder that holds the folder the user works in', async () => {
    const root = project({ 'outer/inner/.keep': '' });
    const { code, err } = await cli(path.join(root, 'outer', 'inner'), 'code', '../../interviews', '-c', '../../cb.yaml', '--out', '..');
    expect(code).toBe(2);
    expect(err).toBe(
      `rodedraad: ${path.join(root, 'outer')}: the output folder holds the folder you are working in; rodedraad replaces its output folder as a whole, so run it from elsewhere or choose another --out\n`,
    );
  });

  it('says that a file is in the way of the output folder, before coding', async () => {
    const root = project({ 'plain.txt': 'not a folder' });
    const { code, err } = await cli(root, 'code', 'interviews', '-c', 'cb.yaml', '--out', 'plain.txt/out');
    expect(code).toBe(2);
    expect(err).toBe('rodedraad: plain.txt/out: cannot create the output folder: a file is in the way\n');
  });

  it('gives the new output folder the permissions of the one it replaces', async () => {
    const root = project({ 'shared/summary.md': 'old' });
    chmodSync(path.join(root, 'shared'), 0o2770);
    expect((await cli(root, 'code', 'interviews', '-c', 'cb.yaml', '--out', 'shared', '-q')).code).toBe(0);
    expect(statSync(path.join(root, 'shared')).mode & 0o7777).toBe(0o2770);
  });

  it('replaces the folder a symbolic link points to and keeps the link', async () => {
    const root = project({ 'real/summary.md': 'old' });
    symlinkSync(path.join(root, 'real'), path.join(root, 'link'));
    expect((await cli(root, 'code', 'interviews', '-c', 'cb.yaml', '--out', 'link', '-q')).code).toBe(0);
    expect(readdirSync(path.join(root, 'real')).sort()).toEqual(codeOutputs);
    expect(readFileSync(path.join(root, 'link', 'summary.md'), 'utf8')).toContain('# rodedraad');
    expect(sideFolders(root)).toEqual([]);
  });
});

describe('the output folder of report', () => {
  it('keeps the coding, links its files into the new folder, and drops charts this report does not write', async () => {
    const root = project();
    expect((await cli(root, 'code', 'interviews', '-c', 'cb.yaml', '-q')).code).toBe(0);
    const result = statSync(path.join(root, 'rodedraad-out/result.json'));
    expect((await cli(root, 'report', 'rodedraad-out', '--by', 'rol', '-q')).code).toBe(0);
    const { code, err } = await cli(root, 'report', 'rodedraad-out', '-q');
    expect(code).toBe(0);
    const names = readdirSync(path.join(root, 'rodedraad-out'));
    expect(names).not.toContain('groups-rol.svg');
    for (const name of codeOutputs) expect(names).toContain(name);
    // The same file (a hard link), not a copy.
    expect(statSync(path.join(root, 'rodedraad-out/result.json')).ino).toBe(result.ino);
    expect(err).toContain('rodedraad: removed from rodedraad-out/ what an earlier report wrote and this one does not: groups-rol.svg\n');
  });

  it('recognises every file a report writes as its own, in every format', async () => {
    const result = makeResult({ t: ['a', 'b'] }, [
      { id: 'r1', attributes: { rol: 'x', 'a b': 'y' }, segments: [['a']] },
      { id: 'r2', attributes: { rol: 'z', 'a b': 'w' }, segments: [['b']] },
    ]);
    const settings = {
      minShare: 0.5,
      by: ['rol', 'a b'],
      quotes: 1,
      saturation: { base: 1, run: 1, threshold: 0 },
      language: 'nl' as const,
      quoteLabel: null,
      quoteLabelTemplate: null,
      minGroupSize: 3,
    };
    const report = await buildReport(result, settings, {
      toolVersion: '0',
      excel: false,
      file: 'result.json',
      formats: ['md', 'docx', 'html'],
    });
    expect(report.files.map((file) => file.name)).toEqual(expect.arrayContaining(['report.md', 'report.docx', 'report.html']));
    expect(report.files.map((file) => outputOwner(file.name, true))).toEqual(report.files.map(() => 'report'));
    expect(outputOwner('notes.docx', true)).toBe('foreign');
    expect(
      ['.DS_Store', 'Thumbs.db', '._report.md', '~$codings.csv', '.~lock.codings.csv#'].map((name) => outputOwner(name, true)),
    ).toEqual(Array(5).fill('system'));
    expect(outputOwner('report.md', false)).toBe('foreign');
  });
});

describe('killed and interrupted runs', () => {
  it('puts the old output back when a run was killed between its two renames, and clears its staging', async () => {
    const root = project();
    const pid = endedPid();
    const old = path.join(root, `.rodedraad-out.old-${pid}-0123abcd`);
    mkdirSync(old);
    writeFileSync(path.join(old, 'summary.md'), 'the previous output');
    mkdirSync(path.join(root, `.rodedraad-out.partial-${pid}-4567cdef`));
    // A run that is still going keeps its staging.
    const live = `.rodedraad-out.partial-${process.ppid}-89abcdef`;
    mkdirSync(path.join(root, live));
    // This run fails (nothing to code): the restored output must be as it was.
    writeFileSync(path.join(root, 'empty.md'), '');
    const { code, err } = await cli(root, 'code', 'empty.md', '-c', 'cb.yaml');
    expect(code).toBe(2);
    expect(err).toContain('rodedraad: restored rodedraad-out: an earlier run was killed while replacing it\n');
    expect(err).toContain(
      `rodedraad: removed .rodedraad-out.partial-${pid}-4567cdef beside rodedraad-out: left behind by an earlier run that was killed\n`,
    );
    expect(readFileSync(path.join(root, 'rodedraad-out/summary.md'), 'utf8')).toBe('the previous output');
    expect(sideFolders(root)).toEqual([live]);
  });

  it('removes the old output of a run killed after its swap', async () => {
    const root = project({ 'rodedraad-out/summary.md': 'new' });
    const pid = endedPid();
    mkdirSync(path.join(root, `.rodedraad-out.old-${pid}-0123abcd`));
    expect((await cli(root, 'code', 'interviews', '-c', 'cb.yaml', '-q')).code).toBe(0);
    expect(sideFolders(root)).toEqual([]);
  });

  it('does not commit when Ctrl-C comes during the last document, after its check', async () => {
    const root = project({ 'rodedraad-out/summary.md': 'old' });
    // A signal that turns aborted after the per-document check of the last (second) document.
    let reads = 0;
    const signal = {
      get aborted() {
        reads += 1;
        return reads > 2;
      },
      reason: 'SIGINT',
    } as unknown as AbortSignal;
    const io = { ...fakeIo(root), signal };
    expect(await run(['code', 'interviews', '-c', 'cb.yaml', '-q'], io)).toBe(130);
    expect(io.err()).toBe('rodedraad: interrupted; no output was written\n');
    expect(readdirSync(path.join(root, 'rodedraad-out'))).toEqual(['summary.md']);
    expect(readFileSync(path.join(root, 'rodedraad-out/summary.md'), 'utf8')).toBe('old');
    expect(sideFolders(root)).toEqual([]);
  });

  it('does not replace a folder into which a file of the user was saved during the run', async () => {
    const root = project({ 'out/summary.md': 'old' });
    const folder = await OutputFolder.create(path.join(root, 'out'), { shown: 'out', cwd: root, keep: [], signal: undefined });
    await folder.writeFile('summary.md', 'new');
    writeFileSync(path.join(root, 'out/notities.docx'), 'mine');
    await expect(folder.commit()).rejects.toThrow(
      'out: --out holds files rodedraad did not write (notities.docx); choose a new or empty folder',
    );
    await folder.discard();
    expect(readdirSync(path.join(root, 'out')).sort()).toEqual(['notities.docx', 'summary.md']);
    expect(sideFolders(root)).toEqual([]);
  });

  it('checks for an interruption right before the swap: nothing is replaced', async () => {
    const root = project({ 'out/summary.md': 'old' });
    const controller = new AbortController();
    const folder = await OutputFolder.create(path.join(root, 'out'), { shown: 'out', cwd: root, keep: [], signal: controller.signal });
    await folder.writeFile('summary.md', 'new');
    controller.abort('SIGTERM');
    await expect(folder.commit()).rejects.toThrow(new InterruptedError('SIGTERM'));
    await folder.discard();
    expect(readFileSync(path.join(root, 'out/summary.md'), 'utf8')).toBe('old');
    expect(sideFolders(root)).toEqual([]);
    expect(existsSync(path.join(root, 'out'))).toBe(true);
  });
});
