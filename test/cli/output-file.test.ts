import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFile } from '../../src/cli/output-file.js';
import { InterruptedError, UserError } from '../../src/model/diagnostic.js';
import { makeTempDir, makeTree } from '../helpers.js';

const options = { shown: 'out.qdpx', inputs: [], replace: true };

describe('writing one output file all or nothing', () => {
  it('writes a new file, creating its folder, with nothing else left beside it', async () => {
    const folder = makeTempDir();
    await writeOutputFile(path.join(folder, 'sub', 'out.qdpx'), 'nieuw', options);
    expect(readFileSync(path.join(folder, 'sub', 'out.qdpx'), 'utf8')).toBe('nieuw');
    expect(readdirSync(path.join(folder, 'sub'))).toEqual(['out.qdpx']);
  });

  it('replaces a file keeping its permissions, and writes through a symbolic link to the file it points to', async () => {
    const folder = makeTree({ 'echt.qdpx': 'oud' });
    chmodSync(path.join(folder, 'echt.qdpx'), 0o640);
    symlinkSync('echt.qdpx', path.join(folder, 'link.qdpx'));
    await writeOutputFile(path.join(folder, 'link.qdpx'), 'nieuw', options);
    expect(lstatSync(path.join(folder, 'link.qdpx')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(folder, 'echt.qdpx'), 'utf8')).toBe('nieuw');
    expect(statSync(path.join(folder, 'echt.qdpx')).mode & 0o777).toBe(0o640);
  });

  it('leaves the old file as it was when the run is interrupted, and removes its unfinished file', async () => {
    const folder = makeTree({ 'out.qdpx': 'oud' });
    const controller = new AbortController();
    controller.abort('SIGTERM');
    await expect(writeOutputFile(path.join(folder, 'out.qdpx'), 'nieuw', { ...options, signal: controller.signal })).rejects.toBeInstanceOf(
      InterruptedError,
    );
    expect(readFileSync(path.join(folder, 'out.qdpx'), 'utf8')).toBe('oud');
    expect(readdirSync(folder)).toEqual(['out.qdpx']);
  });

  it('refuses an input at that path (also through a link), an existing file when told not to replace, and a folder', async () => {
    const folder = makeTree({ 'boek.qdc': 'invoer', 'codeboek.yaml': 'mijn patronen' });
    symlinkSync('boek.qdc', path.join(folder, 'alias.qdc'));
    const input = { absolute: path.join(folder, 'boek.qdc'), display: 'boek.qdc' };
    await expect(writeOutputFile(path.join(folder, 'alias.qdc'), 'x', { ...options, shown: 'alias.qdc', inputs: [input] })).rejects.toThrow(
      new UserError('alias.qdc: is an input (boek.qdc) and would be overwritten; choose another output file'),
    );
    await expect(
      writeOutputFile(path.join(folder, 'codeboek.yaml'), 'x', { ...options, shown: 'codeboek.yaml', replace: false }),
    ).rejects.toThrow('codeboek.yaml: exists; choose another name, or add --force to replace it');
    await expect(writeOutputFile(folder, 'x', { ...options, shown: 'map' })).rejects.toThrow('map: is a folder; name the file to write');
    expect(readFileSync(path.join(folder, 'boek.qdc'), 'utf8')).toBe('invoer');
    expect(readFileSync(path.join(folder, 'codeboek.yaml'), 'utf8')).toBe('mijn patronen');
    expect(readdirSync(folder).sort()).toEqual(['alias.qdc', 'boek.qdc', 'codeboek.yaml']);
  });
});
