import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheStore, defaultCacheDir } from '../../src/cache/store.js';
import { cacheDirOption } from '../../src/cli/cache-options.js';
import { run } from '../../src/cli/run.js';
import { CODE_OUTPUTS } from '../../src/results/code-outputs.js';
import { interview } from '../../bench/generate.js';
import { fakeIo, makeTempDir } from '../helpers.js';

function corpus(): string {
  const root = makeTempDir();
  mkdirSync(path.join(root, 'interviews'));
  for (let index = 0; index < 6; index++) writeFileSync(path.join(root, 'interviews', `r${index}.md`), interview(index, 3000));
  writeFileSync(
    path.join(root, 'interviews', 'crlf.txt'),
    'I: Hoe ging het?\r\n\r\nR1: Ik stond maanden op een wachtlijst, niemand belde terug.\r\n',
  );
  writeFileSync(path.join(root, 'interviews', 'lijst.md'), 'I: Wat ging er mis?\n\nR1: Drie dingen:\n\n- de wachtlijst\n- het loket\n');
  writeFileSync(path.join(root, 'interviews', 'leeg.md'), '');
  return root;
}

async function code(root: string, out: string, ...flags: string[]): Promise<Record<string, string>> {
  const io = fakeIo(root);
  expect(await run(['code', 'interviews', '--out', out, '--quiet', ...flags], io), io.err()).toBe(0);
  return Object.fromEntries(CODE_OUTPUTS.map((name) => [name, readFileSync(path.join(root, out, name), 'utf8')]));
}

/** The cache's entries of transcripts (not the privacy gate's verdicts, test/cli/gate-verdicts.test.ts). */
function cacheFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile() && !readFileSync(file, 'utf8').includes('"gate":'));
}

/** The codebook with one code's pattern edited. */
function editedCodebook(root: string): string {
  const text = readFileSync('codebooks/scp-gezien-gehoord-geholpen.yaml', 'utf8');
  expect(text).toContain('- "*wachtlijst*"\n');
  const file = path.join(root, 'edited.yaml');
  writeFileSync(file, text.replace('- "*wachtlijst*"\n', '- "*wachtlijst"\n'));
  return file;
}

describe('the cache', () => {
  it('gives the same outputs cold, warm and without it, and holds no transcript text', async () => {
    const root = corpus();
    const plain = await code(root, 'plain', '--no-cache');
    expect(await code(root, 'cold', '--cache-dir', 'cache')).toEqual(plain);
    expect(await code(root, 'warm', '--cache-dir', 'cache')).toEqual(plain);
    const stored = cacheFiles(path.join(root, 'cache')).map((file) => readFileSync(file, 'utf8'));
    expect(stored.length).toBe(9);
    // Words of the transcripts that no pattern holds: never in the cache.
    for (const word of ['labrador', 'timmerman', 'drukte van belang', 'zaterdag', 'maanden op een wachtlijst'])
      for (const entry of stored) expect(entry).not.toContain(word);
  });

  it('holds no label, heading or front-matter value either: their places in the file only', async () => {
    const root = makeTempDir();
    mkdirSync(path.join(root, 'interviews'));
    const transcript = [
      '---',
      'id: R-Jansen',
      'gemeente: Gemeente Noorderveld',
      'names: [Piet Jansen, "Marieke de Vries"]',
      'leeftijd: 67',
      'privacy: {allow: [Stadskantoor Noord]}',
      '---',
      '',
      '## Gesprek met Piet in de keuken',
      '',
      '**Interviewer Bakker:** Hoe ging het?',
      '',
      '**Mevrouw Jansen:** Ik stond maanden op een wachtlijst, niemand belde terug.',
      '',
    ].join('\n');
    writeFileSync(path.join(root, 'interviews', 'r1.md'), transcript);
    const plain = await code(root, 'plain', '--no-cache');
    expect(await code(root, 'cold', '--cache-dir', 'cache')).toEqual(plain);
    const [entry] = cacheFiles(path.join(root, 'cache'));
    const stored = readFileSync(entry!, 'utf8');
    for (const text of ['Jansen', 'Noorderveld', 'Marieke', 'keuken', 'Bakker', 'Stadskantoor']) expect(stored).not.toContain(text);
    expect(stored).toMatch(/"leeftijd",\["n",\d+,2\]/);
    // Taken from the cache, not made again: the entry is not written anew, and the outputs are the same.
    const before = statSync(entry!).mtimeMs;
    expect(await code(root, 'warm', '--cache-dir', 'cache')).toEqual(plain);
    expect(statSync(entry!).mtimeMs).toBe(before);
    expect(plain['result.json']).toContain('"names":["Piet Jansen","Marieke de Vries"]');
  });

  it('keeps a transcript without labels too, its speaker named after the document', async () => {
    const root = makeTempDir();
    mkdirSync(path.join(root, 'interviews'));
    writeFileSync(path.join(root, 'interviews', 'zonder-labels.md'), 'Ik stond maanden op een wachtlijst.\n\nNiemand belde terug.\n');
    const plain = await code(root, 'plain', '--no-cache');
    expect(await code(root, 'cold', '--cache-dir', 'cache')).toEqual(plain);
    const [entry] = cacheFiles(path.join(root, 'cache'));
    expect(readFileSync(entry!, 'utf8')).toContain('"strings":[["id"]');
    const before = statSync(entry!).mtimeMs;
    expect(await code(root, 'warm', '--cache-dir', 'cache')).toEqual(plain);
    expect(statSync(entry!).mtimeMs).toBe(before);
    expect(plain['segments.csv']).toContain('zonder-labels,1,zonder-labels,respondent');
  });

  it('re-codes only the code that changed, and gives what a run without the cache gives', async () => {
    const root = corpus();
    await code(root, 'cold', '--cache-dir', 'cache');
    // Empty the stored codings of every code in every entry (a valid entry): what comes back from the cache shows.
    const store = new CacheStore(path.join(root, 'cache'));
    const entries = cacheFiles(path.join(root, 'cache'));
    for (const file of entries) {
      const body = JSON.parse(readFileSync(file, 'utf8').slice(65)) as { key: string; file: unknown; codes: Record<string, unknown> };
      store.write(body.key, { file: body.file as never, codes: Object.fromEntries(Object.keys(body.codes).map((id) => [id, []])) });
    }
    await store.flush();
    const edited = editedCodebook(root);
    const after = await code(root, 'after', '--cache-dir', 'cache', '--codebook', edited);
    const fresh = await code(root, 'fresh', '--no-cache', '--codebook', edited);
    const codes = (csv: string) =>
      csv
        .split('\r\n')
        .slice(1, -1)
        .map((row) => row.split(',')[7]);
    // Only the edited code (wachten-te-laat) was coded again; the others came from the (emptied) cache.
    expect(new Set(codes(after['codings.csv']!))).toEqual(new Set(['wachten-te-laat']));
    expect(codes(fresh['codings.csv']!).filter((id) => id === 'wachten-te-laat').length).toBe(codes(after['codings.csv']!).length);
  });

  it('ignores damaged and foreign entries, and rebuilds them', async () => {
    const root = corpus();
    const plain = await code(root, 'plain', '--no-cache');
    await code(root, 'cold', '--cache-dir', 'cache');
    const entries = cacheFiles(path.join(root, 'cache'));
    const [first, second, third, fourth] = entries;
    writeFileSync(first!, 'garbage');
    writeFileSync(second!, readFileSync(second!, 'utf8').slice(0, 200));
    const body = readFileSync(third!, 'utf8')
      .slice(65)
      .replace(/"segments":\[/, '"segments":[0,999999999,');
    writeFileSync(third!, `${body}`);
    writeFileSync(fourth!, readFileSync(entries[5]!));
    expect(await code(root, 'again', '--cache-dir', 'cache')).toEqual(plain);
    expect(await code(root, 'rebuilt', '--cache-dir', 'cache')).toEqual(plain);
  });

  it('ignores entries whose numbers do not fit the file, even when their checksum is right', async () => {
    const root = corpus();
    const plain = await code(root, 'plain', '--no-cache');
    await code(root, 'cold', '--cache-dir', 'cache');
    const store = new CacheStore(path.join(root, 'cache'));
    type Body = { key: string; file: { segments: number[]; strings: string[] }; codes: Record<string, number[]> };
    const damage: ((body: Body) => void)[] = [
      // A copy of the file's text past its end; a role that does not exist; a speaker not among the strings.
      (body) => body.file.segments.splice(15, 2, 0, 99_999_999),
      (body) => (body.file.segments[2] = 7),
      (body) => (body.file.segments[1] = body.file.strings.length + 3),
      // A segment cut short; a hit of a pattern the code does not have; a coding of a segment that is not there.
      (body) => body.file.segments.pop(),
      (body) =>
        Object.values(body.codes)
          .find((codings) => codings.length > 0)
          ?.splice(3, 1, 999),
      (body) =>
        Object.values(body.codes)
          .find((codings) => codings.length > 0)
          ?.splice(0, 1, 99_999),
    ];
    const entries = cacheFiles(path.join(root, 'cache'))
      .map((file) => JSON.parse(readFileSync(file, 'utf8').slice(65)) as Body)
      .filter((body) => body.file.segments.length > 20 && Object.values(body.codes).some((codings) => codings.length > 0));
    expect(entries.length).toBeGreaterThanOrEqual(damage.length);
    damage.forEach((change, index) => {
      const body = entries[index]!;
      change(body);
      store.write(body.key, { file: body.file as never, codes: body.codes });
    });
    expect(await code(root, 'again', '--cache-dir', 'cache')).toEqual(plain);
  });

  it('stays correct when runs share it at the same time', async () => {
    const root = corpus();
    const plain = await code(root, 'plain', '--no-cache');
    const runs = await Promise.all(['a', 'b', 'c'].map((out) => code(root, out, '--cache-dir', 'cache')));
    for (const outputs of runs) expect(outputs).toEqual(plain);
    expect(await code(root, 'd', '--cache-dir', 'cache')).toEqual(plain);
    expect(cacheFiles(path.join(root, 'cache')).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('writes again after its folder was cleared while a run was going on', async () => {
    const dir = path.join(makeTempDir(), 'cache');
    const store = new CacheStore(dir);
    store.writeValue('a key', { gate: 1 });
    await store.flush();
    expect(store.readValue('a key')).toMatchObject({ gate: 1 });
    rmSync(dir, { recursive: true });
    // The first write finds its folder gone and is given up; the next makes the folder again.
    store.writeValue('a key', { gate: 2 });
    await store.flush();
    expect(store.readValue('a key')).toBeNull();
    store.writeValue('a key', { gate: 3 });
    await store.flush();
    expect(store.readValue('a key')).toMatchObject({ gate: 3 });
    expect(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('is cleared by rodedraad cache clear, which leaves other files alone', async () => {
    const root = corpus();
    await code(root, 'out', '--cache-dir', 'cache');
    writeFileSync(path.join(root, 'cache', 'notes.txt'), 'mine');
    const io = fakeIo(root);
    expect(await run(['cache', 'clear', '--cache-dir', 'cache'], io)).toBe(0);
    expect(cacheFiles(path.join(root, 'cache')).map((file) => path.basename(file))).toEqual(['notes.txt']);
    expect(io.err()).toContain('cleared the cache');
    const bad = fakeIo(root);
    expect(await run(['cache', 'empty'], bad)).toBe(2);
    expect(bad.err()).toContain('unknown action "empty"');
    const none = fakeIo(root);
    expect(await run(['cache', 'clear'], none)).toBe(2);
    expect(none.err()).toContain('no cache folder');
  });

  it('lives where the platform keeps caches, and is off without a home or with RODEDRAAD_CACHE=off', () => {
    expect(defaultCacheDir({}, 'linux', '/home/a')).toBe(path.join('/home/a', '.cache', 'rodedraad'));
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x' }, 'linux', '/home/a')).toBe(path.join('/x', 'rodedraad'));
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/a')).toBe(path.join('/home/a', '.cache', 'rodedraad'));
    expect(defaultCacheDir({}, 'darwin', '/Users/a')).toBe(path.join('/Users/a', 'Library', 'Caches', 'rodedraad'));
    expect(defaultCacheDir({ LOCALAPPDATA: 'C:\\L' }, 'win32', 'C:\\U')).toBe(path.join('C:\\L', 'rodedraad', 'Cache'));
    expect(defaultCacheDir({}, 'win32', 'C:\\U')).toBe(path.join('C:\\U', 'AppData', 'Local', 'rodedraad', 'Cache'));
    const io = (env: Record<string, string>) => ({ env, cwd: '/w' });
    expect(cacheDirOption({}, io({ HOME: '/home/a' }), 'linux')).toBe(path.join('/home/a', '.cache', 'rodedraad'));
    expect(cacheDirOption({}, io({ HOME: '/home/a', RODEDRAAD_CACHE: 'off' }), 'linux')).toBeNull();
    expect(cacheDirOption({}, io({}), 'linux')).toBeNull();
    expect(cacheDirOption({ cache: false, cacheDir: 'c' }, io({ HOME: '/h' }), 'linux')).toBeNull();
    expect(cacheDirOption({ cacheDir: 'c' }, io({}), 'linux')).toBe(path.resolve('/w', 'c'));
    expect(() => cacheDirOption({ cacheDir: '' }, io({}), 'linux')).toThrow('--cache-dir must name a folder');
  });
});
