import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSize, parseSize, readRegularFile, roundSizeUp } from '../../src/ingest/read-bounded.js';
import { makeTempDir } from '../helpers.js';

describe('sizes', () => {
  it('parses sizes as people write them, in powers of 1000', () => {
    expect(['50MB', '50 mb', '500kB', '1.5GB', '1000', '12b'].map(parseSize)).toEqual([
      50_000_000, 50_000_000, 500_000, 1_500_000_000, 1000, 12,
    ]);
    expect(['', 'veel', '-1MB', '0', '5 TB', '1e6'].map(parseSize)).toEqual([null, null, null, null, null, null]);
  });

  it('shows sizes rounded, and suggests a limit just above a size', () => {
    expect([999, 2480, 50_000_000, 210_340_000].map(formatSize)).toEqual(['999 bytes', '2.5 kB', '50 MB', '210.3 MB']);
    expect([999, 2480, 200_000_000, 210_340_000].map(roundSizeUp)).toEqual(['999', '3kB', '200MB', '211MB']);
  });
});

describe('readRegularFile', () => {
  it('reads a file up to the limit and refuses one byte more', async () => {
    const file = path.join(makeTempDir(), 'r1.md');
    writeFileSync(file, 'x'.repeat(100));
    expect(await readRegularFile(file, 100)).toEqual(Buffer.from('x'.repeat(100)));
    expect(await readRegularFile(file, 99)).toEqual({
      reason: 'too large: 100 bytes, more than the limit of 99 bytes',
      ruleId: 'file-too-large',
      size: 100,
    });
  });

  it('reads an empty file as nothing', async () => {
    const file = path.join(makeTempDir(), 'leeg.md');
    writeFileSync(file, '');
    expect(await readRegularFile(file, 100)).toEqual(Buffer.alloc(0));
  });

  it('refuses a folder and a device, and throws for a file that does not exist', async () => {
    expect(await readRegularFile(makeTempDir(), 100)).toMatchObject({ reason: 'a folder, not a regular file', ruleId: 'not-a-file' });
    expect(await readRegularFile('/dev/null', 100)).toMatchObject({ reason: 'a character device (such as /dev/zero), not a regular file' });
    await expect(readRegularFile(path.join(makeTempDir(), 'nope.md'), 100)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
