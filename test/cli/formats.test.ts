import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTree } from '../helpers.js';

const codebook =
  'id: wacht\ntitle: Wachten\nversion: 1.0.0\nlanguage: nl\nthemes:\n  - id: t\n    label: T\n    codes:\n      - id: wachten\n        label: Wachten\n        definition: Wachten op hulp.\n        match: [wachtlijst]\n';

describe('rodedraad code with Word and subtitle files', () => {
  it('codes .vtt and .srt beside Markdown, and skips a broken .docx with one warning line', async () => {
    const root = makeTree({
      'cb.yaml': codebook,
      'in/a.md': 'I: Hoe ging het?\n\nR1: Ik stond op een wachtlijst.\n',
      'in/b.vtt':
        'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v I>Hoe ging het?</v>\n\n00:00:02.500 --> 00:00:04.000\n<v R2>Een wachtlijst, wat anders.</v>\n',
      'in/c.srt': '1\n00:00:01,000 --> 00:00:02,000\nI: Hoe ging het?\n\n2\n00:00:02,000 --> 00:00:05,000\nR3: Een lange wachtlijst.\n',
      'in/d.docx': 'geen zip',
    });
    const io = fakeIo(root);
    expect(await run(['code', 'in', '-c', 'cb.yaml', '-q'], io)).toBe(0);
    expect(io.err()).toContain(
      'in/d.docx  warning  not a Word document: a .docx is a zip archive, and this is not a zip archive; save it from Word as .docx; skipped  unreadable-docx\n',
    );
    const codings = readFileSync(path.join(root, 'rodedraad-out/codings.csv'), 'utf8').split('\r\n');
    expect(codings.slice(1, 4).map((row) => row.split(',').slice(0, 6).join(','))).toEqual(['a,2,R1,,3,3', 'b,2,R2,,7,7', 'c,2,R3,,7,7']);
  });

  it('exits 2 when the only transcript is a broken .docx', async () => {
    const root = makeTree({ 'cb.yaml': codebook, 'in/d.docx': 'geen zip' });
    const io = fakeIo(root);
    expect(await run(['code', 'in', '-c', 'cb.yaml', '-q'], io)).toBe(2);
    expect(io.err()).toContain('in/d.docx  error  not a Word document');
  });
});
