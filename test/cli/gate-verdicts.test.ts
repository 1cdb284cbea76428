import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createGateVerdicts } from '../../src/cli/gate-verdicts.js';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTempDir } from '../helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const planted = path.join(root, 'test/fixtures/privacy/planted');
const codebook = path.join(root, 'test/fixtures/privacy/gate/codebook.yaml');
const expected = JSON.parse(readFileSync(path.join(planted, 'expected.json'), 'utf8')) as { text: string }[];

const texts = ['Mijn nummer is 06-12345678.', 'Gewoon een zin.'];
const context = { names: ['Piet'], allowed: [], minConfidence: 0.5 };
const verdict = { segments: 2, withFindings: 1, kinds: ['phone' as const] };

/** Every file under a folder. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(file).isFile());
}

describe("the privacy gate's verdicts in the cache", () => {
  it('are read back by the next run into the same folder, for the same texts and context only', async () => {
    const dir = makeTempDir();
    const first = createGateVerdicts(dir, '0.1.0+build', '/out');
    expect(first.read(texts, context)).toBeNull();
    first.write(texts, context, verdict);
    await first.flush();
    const next = createGateVerdicts(dir, '0.1.0+build', '/out');
    expect(next.read(texts, context)).toEqual(verdict);
    expect(next.read([texts[0]!, 'Een andere zin.'], context)).toBeNull();
    expect(next.read(texts, { ...context, names: [] })).toBeNull();
    expect(next.read(texts, { ...context, allowed: ['06-12345678'] })).toBeNull();
    expect(next.read(texts, { ...context, minConfidence: 0.9 })).toBeNull();
    // Another build may scan differently; another output folder keeps its own.
    expect(createGateVerdicts(dir, '0.1.0+other', '/out').read(texts, context)).toBeNull();
    expect(createGateVerdicts(dir, '0.1.0+build', '/elders').read(texts, context)).toBeNull();
    // A verdict read is kept for the run after; one file in all, without texts or names.
    await next.flush();
    expect(createGateVerdicts(dir, '0.1.0+build', '/out').read(texts, context)).toEqual(verdict);
    expect(filesUnder(dir)).toHaveLength(1);
    for (const file of filesUnder(dir)) expect(readFileSync(file, 'utf8')).not.toMatch(/12345678|Piet/);
  });

  it('are not trusted when damaged or impossible', async () => {
    const dir = makeTempDir();
    const impossible = [
      { segments: 2, withFindings: 3, kinds: ['phone' as const] },
      { segments: 2, withFindings: 1, kinds: ['password' as 'phone'] },
      { segments: 2, withFindings: 1, kinds: [] },
      { segments: 3, withFindings: 1, kinds: ['phone' as const] },
    ];
    for (const stored of impossible) {
      const writer = createGateVerdicts(dir, 'b', '/out');
      writer.write(texts, context, stored);
      await writer.flush();
      expect(createGateVerdicts(dir, 'b', '/out').read(texts, context)).toBeNull();
    }
    const writer = createGateVerdicts(dir, 'b', '/out');
    writer.write(texts, context, verdict);
    await writer.flush();
    expect(createGateVerdicts(dir, 'b', '/out').read(texts, context)).toEqual(verdict);
    const [file] = filesUnder(dir);
    writeFileSync(file!, readFileSync(file!, 'utf8').replace('"withFindings":1', '"withFindings":0'));
    expect(createGateVerdicts(dir, 'b', '/out').read(texts, context)).toBeNull();
  });

  it('give code the same warning on a second run, and hold no text or names of the transcripts', async () => {
    const cwd = makeTempDir();
    cpSync(planted, path.join(cwd, 'corpus'), { recursive: true });
    const warnings: string[][] = [];
    for (let round = 0; round < 2; round++) {
      const io = fakeIo(cwd);
      expect(await run(['code', 'corpus', '-c', codebook, '--out', 'out', '--quiet', '--cache-dir', 'cache', '--no-color'], io)).toBe(0);
      warnings.push(
        io
          .err()
          .split('\n')
          .filter((line) => line.endsWith('  personal-data')),
      );
    }
    expect(warnings[0]).toEqual([expect.stringContaining('10 of 10 coded segments (in 3 of 3 documents) hold likely personal data')]);
    expect(warnings[1]).toEqual(warnings[0]);
    const cached = filesUnder(path.join(cwd, 'cache'))
      .map((file) => readFileSync(file, 'utf8'))
      .filter((text) => text.includes('"gate"'));
    expect(cached).toHaveLength(1);
    for (const item of expected) expect(cached.filter((text) => text.includes(item.text))).toEqual([]);
  });
});
