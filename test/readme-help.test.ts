import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { fakeIo, makeTempDir } from './helpers.js';

const readme = readFileSync(path.join(import.meta.dirname, '../README.md'), 'utf8');

/** The long flags of the option table in the README section of a command (`## \`rodedraad <command> …\``). */
function readmeFlags(command: string): string[] {
  const start = readme.search(new RegExp(`^## \`rodedraad ${command}\\b`, 'm'));
  if (start < 0) return [];
  // The section's first option table; examples in it may hold headings of their own, so it ends at the next command.
  const rest = readme.slice(start + 3);
  const next = rest.search(/^## `rodedraad /m);
  const section = next < 0 ? rest : rest.slice(0, next);
  const table = /^\| option \|.*\n\|[-|: ]+\|\n((?:\|.*\n)+)/m.exec(section);
  return flagsIn(table ? table[1]!.split('\n').map((row) => row.split(' | ')[0]!) : []).filter((flag) => flag !== '--help');
}

/** The long flags `--help` lists for a command. */
async function helpFlags(command: string): Promise<string[]> {
  const io = fakeIo(makeTempDir());
  expect(await run([command, '--help'], io)).toBe(0);
  const options = io.out().split(/^Options:$/m)[1] ?? '';
  // --help is every command's, documented once in the README.
  return flagsIn(options.split('\n').filter((line) => /^ {2}-/.test(line))).filter((flag) => flag !== '--help');
}

function flagsIn(lines: readonly string[]): string[] {
  return [...new Set(lines.flatMap((line) => [...line.matchAll(/--(?:no-)?[a-z][a-z-]*/g)].map((match) => match[0])))].sort();
}

const COMMANDS = ['code', 'report', 'agree', 'check', 'diff', 'suggest', 'scan', 'explain'];

describe("the README's option tables", () => {
  it.each(COMMANDS)('list exactly the flags of rodedraad %s --help', async (command) => {
    const documented = readmeFlags(command);
    expect(documented.length).toBeGreaterThan(0);
    expect(documented).toEqual(await helpFlags(command));
  });

  it('find a flag that is missing from a table (the check can fail)', () => {
    expect(flagsIn(['| `-o, --out <dir>` | output', '| `--no-color` | colours'])).toEqual(['--no-color', '--out']);
  });
});
