import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..');
const src = path.join(root, 'src');

/** The layer of each folder (and of index.ts), read from the table in ARCHITECTURE.md. */
function readLayers(): Map<string, number> {
  const layers = new Map<string, number>();
  for (const match of readFileSync(path.join(root, 'ARCHITECTURE.md'), 'utf8').matchAll(/^\| (\d+) \| `([\w.-]+)` \|/gm)) {
    layers.set(match[2]!.replace(/\.ts$/, ''), Number(match[1]));
  }
  return layers;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : name.endsWith('.ts') ? [full] : [];
  });
}

/** The folder of a module under src (or the file name of a module at the top, such as index). */
function owner(file: string): string {
  const [first, ...rest] = path.relative(src, file).split(path.sep);
  return rest.length === 0 ? first!.replace(/\.ts$/, '') : first!;
}

/** Every relative import and re-export of the source, as [importing module, imported module]. */
function imports(): [string, string][] {
  return sourceFiles(src).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms)].map((match): [string, string] => [
      file,
      path.resolve(path.dirname(file), match[1]!).replace(/\.js$/, '.ts'),
    ]),
  );
}

/** The imports that break the rule, as messages. */
function brokenImports(pairs: readonly [string, string][], layers: ReadonlyMap<string, number>): string[] {
  return pairs
    .map(([from, to]) => ({ from: owner(from), to: owner(to), file: path.relative(root, from), target: path.relative(root, to) }))
    .filter(({ from, to }) => from !== to && !(layers.get(to)! < layers.get(from)!))
    .map(({ file, target, from, to }) => `${file} (${from}, layer ${layers.get(from)}) imports ${target} (${to}, layer ${layers.get(to)})`);
}

describe('the layers of ARCHITECTURE.md', () => {
  const layers = readLayers();

  it('give every folder of src a layer', () => {
    const folders = [...new Set(sourceFiles(src).map(owner))].sort();
    expect(folders.filter((folder) => !layers.has(folder))).toEqual([]);
    expect(layers.get('model')).toBe(0);
  });

  it('are kept: a module imports only from its own folder and from lower layers', () => {
    expect(brokenImports(imports(), layers)).toEqual([]);
  });

  it('catch an import upward or sideways', () => {
    const fake = (from: string, to: string): [string, string] => [path.join(src, from), path.join(src, to)];
    const found = brokenImports(
      [fake('model/position.ts', 'cli/run.ts'), fake('check/check.ts', 'diff/compare.ts'), fake('cli/run.ts', 'model/position.ts')],
      layers,
    );
    expect(found).toEqual([
      'src/model/position.ts (model, layer 0) imports src/cli/run.ts (cli, layer 11)',
      'src/check/check.ts (check, layer 9) imports src/diff/compare.ts (diff, layer 9)',
    ]);
  });

  it('leave no cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const [from, to] of imports()) {
      if (owner(from) !== owner(to)) edges.set(owner(from), (edges.get(owner(from)) ?? new Set()).add(owner(to)));
    }
    const cycles: string[] = [];
    const visit = (folder: string, trail: string[]): void => {
      if (trail.includes(folder)) {
        cycles.push([...trail.slice(trail.indexOf(folder)), folder].join(' -> '));
        return;
      }
      for (const next of edges.get(folder) ?? []) visit(next, [...trail, folder]);
    };
    for (const folder of edges.keys()) visit(folder, []);
    expect(cycles).toEqual([]);
  });

  it('keep modules short: no source file over 250 lines', () => {
    const long = sourceFiles(src)
      .filter((file) => !file.endsWith('.generated.ts'))
      .map((file) => ({ file: path.relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 250);
    expect(long).toEqual([]);
  });
});
