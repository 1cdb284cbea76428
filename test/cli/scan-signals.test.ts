import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers.js';

// The built binary, as users run it (npm test builds dist/ first).
const bin = fileURLToPath(new URL('../../bin/rodedraad.js', import.meta.url));
const key = `${JSON.stringify({ format: 'rodedraad-pseudonym-key', version: 1, placeholders: { name: { ans: '[NAAM-1]' } } })}\n`;

describe('a signal to scan --pseudonymise (the built binary)', () => {
  let root: string;
  beforeAll(() => {
    root = makeTempDir();
    mkdirSync(path.join(root, 'corpus'));
    const turns = Array.from(
      { length: 40 },
      (_, turn) => `I: Vraag ${turn}?\n\nR1: Mevrouw Jansen belde op 06-12345678 over mijn buurvrouw Ans.\n`,
    ).join('\n');
    for (let index = 1; index <= 1500; index++) writeFileSync(path.join(root, 'corpus', `Interview ${index}.md`), turns);
    writeFileSync(path.join(root, 'key.json'), key);
  }, 60_000);

  it('stops, leaves no copies, no staging folder and the key as it was', async () => {
    const child = spawn(process.execPath, [bin, 'scan', 'corpus', '--pseudonymise', '--key', 'key.json', '-o', 'clean'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const staging = () => readdirSync(root).find((name) => name.startsWith(`.clean.partial-${child.pid}-`));
    for (let waited = 0; ; waited += 10) {
      const folder = staging();
      if (folder && readdirSync(path.join(root, folder)).length > 20) break;
      if (child.exitCode !== null || waited > 30_000) throw new Error(`the run did not get going: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill('SIGINT');
    expect(await exit).toBe(130);
    expect(stderr).toBe('rodedraad: interrupted; no output was written\n');
    expect(existsSync(path.join(root, 'clean'))).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['corpus', 'key.json']);
    expect(readFileSync(path.join(root, 'key.json'), 'utf8')).toBe(key);
  }, 60_000);
});
