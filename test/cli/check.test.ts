import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { listShippedCodebooks } from '../../src/ingest/codebook-files.js';
import { fakeIo } from '../helpers.js';

const fixtures = fileURLToPath(new URL('../fixtures/check/', import.meta.url));

/** Run `rodedraad check` in a fixture folder on every codebook in it. */
async function check(folder: string, ...extra: string[]) {
  const cwd = path.join(fixtures, folder);
  const codebooks = readdirSync(cwd)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const io = fakeIo(cwd);
  const code = await run(['check', ...codebooks, '--no-color', ...extra], io);
  return { code, out: io.out(), err: io.err() };
}

/** The rule ids in text output, in order of appearance, without repeats. */
function ruleIds(out: string): string[] {
  return [
    ...new Set(
      out
        .split('\n')
        .filter((line) => / {2}(error|warning|info) {2}/.test(line))
        .map((line) => line.split('  ').at(-1)!),
    ),
  ];
}

describe('rodedraad check, one fixture per rule', () => {
  it.each([
    ['yaml-syntax', 1, ['yaml-syntax']],
    ['schema', 1, ['schema']],
    ['duplicate-id', 1, ['duplicate-id']],
    ['missing-definition', 0, ['missing-definition']],
    ['missing-examples', 0, ['missing-examples']],
    ['missing-patterns', 1, ['missing-patterns', 'example-mismatch']],
    ['example-mismatch', 1, ['example-mismatch']],
    ['example-cross-match', 0, ['example-cross-match']],
    ['invalid-pattern', 1, ['invalid-pattern']],
    ['unsafe-regex', 1, ['unsafe-regex']],
    ['duplicate-pattern', 0, ['duplicate-pattern']],
    ['stopword-pattern', 0, ['stopword-pattern']],
    ['dead-unless', 0, ['dead-unless', 'missing-examples', 'missing-patterns']],
  ] as const)('%s: reports exactly what the fixture expects', async (folder, exitCode, rules) => {
    const { code, out, err } = await check(folder);
    expect(err).toBe('');
    expect(code).toBe(exitCode);
    expect(ruleIds(out)).toEqual(rules);
    await expect(out).toMatchFileSnapshot(`../fixtures/check/${folder}/expected.txt`);
  });

  it('reports nothing on a clean codebook that has every construct the rules look at', async () => {
    const { code, out } = await check('clean', '--strict');
    expect(code).toBe(0);
    expect(out).toBe('✔ no problems in 1 codebook (2 codes)\n');
  });

  it('with --corpus, reports unused codes and per-document coverage, and uses the corpus as evidence for unless', async () => {
    const { code, out } = await check('corpus', '--corpus', 'interviews');
    expect(code).toBe(0);
    expect(ruleIds(out)).toEqual(['unused-code', 'coverage']);
    expect(out).toContain(
      'word forms matched in the corpus, per pattern:\ncodebook.yaml:12:17  wachten  match "wachtlijst": wachtlijst ×2\ncodebook.yaml:13:18  wachten  unless "kapper": kapper ×1\n',
    );
    // The corpus has "kapper" next to "wachtlijst", so the unless is not reported as dead.
    expect(out).not.toContain('dead-unless');
    await expect(out).toMatchFileSnapshot('../fixtures/check/corpus/expected.txt');
    const without = await check('corpus');
    expect(ruleIds(without.out)).toEqual(['dead-unless']);
  });

  it('stem-collision: with --corpus, lists the word forms of every pattern and warns where a stem reaches another word', async () => {
    const { code, out } = await check('stem-collision', '--corpus', 'interviews');
    expect(code).toBe(0);
    expect(ruleIds(out)).toEqual(['stem-collision', 'coverage']);
    // tos reaches "to" (a stop word), experience reaches "experiment"; the stemmer keeps useful apart from use and
    // city apart from citi (its -ful and -ity); the phrase and "council" do not collide.
    expect(out).toContain('stem pattern "tos" of "terms" also matches "to" (4×, a stop word)');
    expect(out).toContain('stem pattern "experience" of "experience" also matches "experiment" (1×)');
    expect(out).not.toContain('stem pattern "useful"');
    expect(out).toContain('codebook.yaml:12:17  terms  match "tos": to ×4, tos ×1\n');
    expect(out).toContain('codebook.yaml:19:17  useful  match "useful": useful ×1\n');
    expect(out).toContain('codebook.yaml:26:17  city  match "citi": no match\n');
    await expect(out).toMatchFileSnapshot('../fixtures/check/stem-collision/expected.txt');
    // Without a corpus there are no forms to judge, and code never prints them.
    expect((await check('stem-collision')).out).not.toContain('stem-collision');
    const json = JSON.parse((await check('stem-collision', '--corpus', 'interviews', '--format', 'json')).out) as {
      wordForms: { pattern: string; forms: { form: string; count: number }[] }[];
    };
    expect(json.wordForms.find((entry) => entry.pattern === 'experience')!.forms).toEqual([
      { form: 'experience', count: 1 },
      { form: 'experiment', count: 1 },
    ]);
  });

  it('exits 1 on warnings with --strict', async () => {
    expect((await check('missing-definition')).code).toBe(0);
    expect((await check('missing-definition', '--strict')).code).toBe(1);
  });
});

describe('rodedraad check output formats', () => {
  it('writes GitHub Actions annotations with escaped properties', async () => {
    const { code, out } = await check('example-mismatch', '--format', 'github');
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^::error file=codebook\.yaml,line=\d+,col=\d+,title=rodedraad example-mismatch::/);
    expect(out).toContain('::none example "Gelukkig was er geen wachtlijst meer." is coded with "wachten"');
  });

  it('writes JSON with every diagnostic and the counts', async () => {
    const { out } = await check('missing-examples', '--format', 'json');
    const value = JSON.parse(out) as {
      files: string[];
      codebooks: { id: string }[];
      diagnostics: { line: number; ruleId: string; severity: string }[];
      summary: Record<string, number>;
    };
    expect(value.files).toEqual(['codebook.yaml']);
    expect(value.codebooks.map((codebook) => codebook.id)).toEqual(['zonder-voorbeelden']);
    expect(value.diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.ruleId, diagnostic.severity])).toEqual([
      [9, 'missing-examples', 'warning'],
      [13, 'missing-examples', 'warning'],
    ]);
    expect(value.summary).toEqual({ errors: 0, warnings: 2, infos: 0 });
  });

  it('exits 2 with one line for a codebook that cannot be read', async () => {
    const { code, out, err } = await check('clean', 'missing.yaml');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^rodedraad: missing\.yaml: cannot read codebook: .*\n$/);
  });

  it('exits 2 for an unknown --format', async () => {
    const { code, err } = await check('clean', '--format', 'xml');
    expect(code).toBe(2);
    expect(err).toContain("argument 'xml' is invalid");
  });
});

const shipped = await listShippedCodebooks();

describe('the shipped codebooks', () => {
  it.each(shipped)('%s passes check --strict', async (name) => {
    const io = fakeIo(fixtures);
    const code = await run(['check', name, '--strict', '--no-color'], io);
    expect(io.out()).toMatch(/^✔ no problems in 1 codebook/);
    expect(code).toBe(0);
  });

  it('pass check --strict together (no id is used twice across them)', async () => {
    const io = fakeIo(fixtures);
    const code = await run(['check', ...shipped, '--strict', '--no-color'], io);
    expect(io.out()).toBe(`✔ no problems in ${shipped.length} codebooks (49 codes)\n`);
    expect(code).toBe(0);
  });
});
