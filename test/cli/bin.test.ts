import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers.js';

// The built binary, as users run it (npm test builds dist/ first).
const bin = fileURLToPath(new URL('../../bin/rodedraad.js', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = (await import('../../package.json', { with: { type: 'json' } })).default;

function rodedraad(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('the rodedraad binary', () => {
  it('prints help and exits 0', () => {
    const result = rodedraad('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: rodedraad \[options\] \[command\]/);
    expect(result.stdout).toContain('code [options] <paths...>');
    expect(result.stderr).toBe('');
  });

  it('prints the version of package.json', () => {
    const result = rodedraad('--version');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${manifest.version}\n`);
  });

  it('exits 2 with one line on stderr and nothing on stdout for a missing path', () => {
    const result = rodedraad('code', 'no/such/folder', '--quiet');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('rodedraad: no/such/folder: no such file or folder\n');
  });

  it('writes no stdout noise when the summary goes to stdout (natural must not print banners)', () => {
    const result = rodedraad(
      'code',
      'test/fixtures/small-corpus/interviews',
      '-c',
      'test/fixtures/small-corpus/codebook.yaml',
      '--out',
      path.join(makeTempDir(), 'out'),
    );
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('# rodedraad: samenvatting van de codering\n')).toBe(true);
  });
});
