import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTranscriptFiles } from '../../src/ingest/list-files.js';
import { makeTree } from '../helpers.js';

describe('listTranscriptFiles', () => {
  const root = makeTree({
    'b/r2.md': 'x',
    'a/r1.txt': 'x',
    'a/sub/r3.markdown': 'x',
    'a/README.md': 'about the corpus',
    'a/.hidden.md': 'x',
    '.git/config.md': 'x',
    'node_modules/pkg/readme.md': 'x',
    'out/summary.md': 'x',
    'c/audio.mp3': 'x',
    'c/notes.pdf': 'x',
    'R0.md': 'x',
  });

  it('walks folders recursively in sorted order, skipping hidden files, README and the output folder', async () => {
    const { files, diagnostics } = await listTranscriptFiles(['.'], { cwd: root, exclude: [path.join(root, 'out')] });
    expect(files.map((file) => [file.display, file.format])).toEqual([
      ['R0.md', 'markdown'],
      ['a/r1.txt', 'text'],
      ['a/sub/r3.markdown', 'markdown'],
      ['b/r2.md', 'markdown'],
    ]);
    expect(diagnostics).toEqual([
      {
        file: 'c/audio.mp3',
        severity: 'warning',
        reason: 'skipped 2 files that are not a transcript (.md, .markdown, .txt, .docx, .vtt, .srt): c/audio.mp3, c/notes.pdf',
        ruleId: 'unsupported-file',
      },
    ]);
  });

  it('lists files and folders in natural order: Interview 2 before Interview 10', async () => {
    const corpus = makeTree({
      'Interview 10.md': 'x',
      'Interview 2.md': 'x',
      'Interview 1.md': 'x',
      'ronde 10/a.md': 'x',
      'ronde 9/a.md': 'x',
    });
    const { files } = await listTranscriptFiles(['.'], { cwd: corpus, exclude: [] });
    expect(files.map((file) => file.display)).toEqual([
      'Interview 1.md',
      'Interview 2.md',
      'Interview 10.md',
      'ronde 9/a.md',
      'ronde 10/a.md',
    ]);
  });

  it('lists a file given twice once, and a folder and a file in it once', async () => {
    const { files } = await listTranscriptFiles(['b/r2.md', 'b', 'b/r2.md'], { cwd: root, exclude: [] });
    expect(files.map((file) => file.display)).toEqual(['b/r2.md']);
  });

  it('throws a one-line user error for a path that does not exist', async () => {
    await expect(listTranscriptFiles(['nope'], { cwd: root, exclude: [] })).rejects.toThrow('nope: no such file or folder');
  });
});
