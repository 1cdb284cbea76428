import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers.js';

// The built binary, as users and CI run it (npm test builds dist/ first).
const bin = fileURLToPath(new URL('../../bin/rodedraad.js', import.meta.url));
const codebook = readFileSync(fileURLToPath(new URL('../fixtures/small-corpus/codebook.yaml', import.meta.url)), 'utf8');
const codeOutputs = ['codings.csv', 'documents.csv', 'matrix.csv', 'result.json', 'segments.csv', 'summary.md'];

/** A corpus that takes seconds to code, so that a signal lands mid-run. */
function writeLargeCorpus(root: string): void {
  const turns = Array.from(
    { length: 60 },
    (_, turn) => `I: Vraag ${turn}?\n\nR1: Ik stond maanden op een wachtlijst en niemand belde terug, dus ik ging zelf naar het loket.\n`,
  ).join('\n');
  mkdirSync(path.join(root, 'corpus'));
  for (let index = 1; index <= 1500; index++) writeFileSync(path.join(root, 'corpus', `Interview ${index}.md`), turns);
  writeFileSync(path.join(root, 'cb.yaml'), codebook);
}

/** An output folder of an earlier run, with its files' contents. */
function previousOutput(root: string, name: string): Record<string, string> {
  mkdirSync(path.join(root, name));
  const files = Object.fromEntries(codeOutputs.map((file) => [file, `previous ${file}\n`]));
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(root, name, file), content);
  return files;
}

function contents(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).map((file) => [file, readFileSync(path.join(folder, file), 'utf8')]));
}

const sideFolders = (root: string) => readdirSync(root).filter((name) => /\.(partial|old)-/.test(name));

/** Start `rodedraad code` on the large corpus; resolves once its staging folder holds some codings. */
async function startCoding(
  root: string,
  out: string,
): Promise<{ child: ChildProcess; stderr: () => string; exit: Promise<number | null> }> {
  const child = spawn(process.execPath, [bin, 'code', 'corpus', '-c', 'cb.yaml', '--out', out], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const staging = () => readdirSync(root).find((name) => name.startsWith(`.${out}.partial-${child.pid}-`));
  for (let waited = 0; ; waited += 10) {
    const folder = staging();
    const codings = folder ? path.join(root, folder, 'codings.csv') : undefined;
    if (codings && existsSync(codings) && statSync(codings).size > 20_000) break;
    if (child.exitCode !== null || waited > 30_000) throw new Error(`the run did not get going: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { child, stderr: () => stderr, exit };
}

describe('signals to a coding run (the built binary)', () => {
  let root: string;
  beforeAll(() => {
    root = makeTempDir();
    writeLargeCorpus(root);
  }, 60_000);

  it.each([
    ['SIGTERM', 143, 'rodedraad: interrupted by SIGTERM; no output was written\n'],
    ['SIGINT', 130, 'rodedraad: interrupted; no output was written\n'],
    ['SIGHUP', 129, 'rodedraad: interrupted by SIGHUP; no output was written\n'],
  ] as const)(
    '%s mid-run: exit %i, no staging folder left, the previous output intact',
    async (signal, exitCode, message) => {
      const out = `out-${signal}`;
      const before = previousOutput(root, out);
      const run = await startCoding(root, out);
      run.child.kill(signal);
      expect(await run.exit).toBe(exitCode);
      expect(run.stderr()).toBe(message);
      expect(sideFolders(root)).toEqual([]);
      expect(contents(path.join(root, out))).toEqual(before);
    },
    60_000,
  );

  it('clears the staging folder of a killed run (as after running out of memory) on the next start', async () => {
    const out = 'out-killed';
    const before = previousOutput(root, out);
    const run = await startCoding(root, out);
    run.child.kill('SIGKILL');
    await run.exit;
    const left = sideFolders(root);
    expect(left).toEqual([expect.stringMatching(new RegExp(`^\\.${out}\\.partial-${run.child.pid}-[0-9a-f]{8}$`))]);
    expect(contents(path.join(root, out))).toEqual(before);
    writeFileSync(path.join(root, 'one.md'), 'I: Vraag?\n\nR1: Een wachtlijst.\n');
    const next = spawnSync(process.execPath, [bin, 'code', 'one.md', '-c', 'cb.yaml', '--out', out, '-q'], { cwd: root, encoding: 'utf8' });
    expect(next.status).toBe(0);
    expect(next.stderr).toContain(`rodedraad: removed ${left[0]} beside ${out}: left behind by an earlier run that was killed\n`);
    expect(sideFolders(root)).toEqual([]);
    expect(readdirSync(path.join(root, out)).sort()).toEqual(codeOutputs);
  }, 60_000);
});

describe('an output folder that cannot be written (the built binary, as a user without rights there)', () => {
  // Root may write anywhere. As root the binary runs without the capabilities that override file
  // permissions (setpriv, from util-linux): still root, so it reads a clone only root may enter,
  // but the folders' permissions apply. Without setpriv it runs as `nobody`.
  const root0 = process.getuid?.() === 0;
  const setpriv = root0 ? ['/usr/bin/setpriv', '/bin/setpriv'].find((file) => existsSync(file)) : undefined;
  const user = root0 && !setpriv ? { uid: 65534, gid: 65534 } : {};
  const DROP = '-dac_override,-dac_read_search';

  /** Run the built binary in `cwd` as the tests above say. */
  function runTool(args: readonly string[], cwd: string) {
    if (setpriv)
      return spawnSync(setpriv, ['--bounding-set', DROP, '--inh-caps', DROP, process.execPath, bin, ...args], { cwd, encoding: 'utf8' });
    return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', ...user });
  }

  /** `locked/` and `open/readonly/` may not be written; `open/` may. Both hold an earlier output. */
  function setUp(): string {
    if (user.uid !== undefined) {
      // As nobody the binary must be readable: a clone inside a folder only root may enter (mktemp -d) is not.
      const probe = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(bin)})`], user);
      expect(
        probe.status,
        `tests run as root without setpriv drop to the user nobody here, who cannot read ${bin}: clone the repository where others may read it (chmod 755 on its folders)`,
      ).toBe(0);
    }
    const root = makeTempDir();
    for (const folder of [path.dirname(root), root]) chmodSync(folder, 0o755);
    writeFileSync(path.join(root, 'cb.yaml'), codebook);
    writeFileSync(path.join(root, 'r1.md'), 'I: Vraag?\n\nR1: Een wachtlijst.\n');
    for (const folder of ['locked', 'open/readonly']) {
      mkdirSync(path.join(root, folder), { recursive: true });
      writeFileSync(path.join(root, folder, 'summary.md'), 'previous');
    }
    chmodSync(path.join(root, 'locked'), 0o555);
    chmodSync(path.join(root, 'open/readonly'), 0o555);
    return root;
  }

  it.each([
    ['a read-only folder above it', 'locked/out', 'rodedraad: locked/out: cannot write the output folder: permission denied\n'],
    [
      'a read-only folder two levels up',
      'locked/sub/out',
      'rodedraad: locked/sub/out: cannot create the output folder: permission denied\n',
    ],
    ['a read-only output folder of its own', 'locked', 'rodedraad: locked: cannot replace the output folder: permission denied\n'],
    [
      'a read-only output folder in a writable one',
      'open/readonly',
      'rodedraad: open/readonly: cannot replace the output folder: permission denied\n',
    ],
  ])('%s: one line and exit 2, before any coding; nothing changed', (_, out, message) => {
    const root = setUp();
    const result = runTool(['code', 'r1.md', '-c', 'cb.yaml', '--out', out, '-q'], root);
    expect(result.stderr).toBe(message);
    expect(result.status).toBe(2);
    for (const folder of ['locked', 'open/readonly']) expect(readdirSync(path.join(root, folder))).toEqual(['summary.md']);
    expect([...sideFolders(root), ...sideFolders(path.join(root, 'open'))]).toEqual([]);
    chmodSync(path.join(root, 'locked'), 0o755);
    chmodSync(path.join(root, 'open/readonly'), 0o755);
  });
});
