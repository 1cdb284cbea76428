import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { listTranscriptFiles } from '../../src/ingest/list-files.js';
import { makeTree } from '../helpers.js';

// Tests may run as root, for whom chmod 000 does not stop a read: fail readdir on folders named "locked".
vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof import('node:fs/promises')>();
  const readdir = (async (folder: string, options: never) => {
    if (path.basename(folder) === 'locked')
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${folder}'`), { code: 'EACCES' });
    return actual.readdir(folder, options);
  }) as typeof actual.readdir;
  return { ...actual, readdir };
});

describe('listTranscriptFiles with a folder it cannot read', () => {
  const root = makeTree({ 'in/a/r1.md': 'x', 'in/locked/r2.md': 'x', 'in/z/r3.md': 'x', 'locked/r4.md': 'x' });

  it('warns about an unreadable subfolder, skips it and lists the rest', async () => {
    const { files, diagnostics } = await listTranscriptFiles(['in'], { cwd: root, exclude: [] });
    expect(files.map((file) => file.display)).toEqual(['in/a/r1.md', 'in/z/r3.md']);
    expect(diagnostics).toEqual([
      {
        file: 'in/locked',
        severity: 'warning',
        reason: 'cannot read folder: permission denied; skipped with everything in it',
        ruleId: 'unreadable-folder',
      },
    ]);
  });

  it('stops with a user error when the folder named on the command line cannot be read', async () => {
    await expect(listTranscriptFiles(['locked'], { cwd: root, exclude: [] })).rejects.toThrow('locked: permission denied');
  });
});
