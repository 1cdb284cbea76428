import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo } from '../helpers.js';

const fixture = fileURLToPath(new URL('../fixtures/diff/', import.meta.url));

async function diff(...args: string[]) {
  const io = fakeIo(fixture);
  const code = await run(['diff', ...args, '--no-color'], io);
  return { code, out: io.out(), err: io.err() };
}

describe('rodedraad diff', () => {
  it('shows, as Markdown, the segments that gain and lose a code when one pattern is added and one removed', async () => {
    const { code, out, err } = await diff('old.yaml', 'new.yaml', 'interviews');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('| Wachten (`wachten`) | 2 | 2 | +1 | −1 |');
    expect(out).not.toContain('(`loket`) |');
    await expect(out).toMatchFileSnapshot('../fixtures/diff/expected.md');
  });

  it('gives the same as data with --format json', async () => {
    const { code, out } = await diff('old.yaml', 'new.yaml', 'interviews', '--format', 'json');
    expect(code).toBe(0);
    const value = JSON.parse(out) as {
      codes: { code: string; gained: number; lost: number }[];
      changes: { document: string; change: string; patterns: string[]; evidence: string[]; lineStart: number }[];
    };
    expect(value.codes.map((entry) => [entry.code, entry.gained, entry.lost])).toEqual([
      ['wachten', 1, 1],
      ['loket', 0, 0],
    ]);
    expect(value.changes.map((change) => [change.document, change.lineStart, change.change, change.patterns, change.evidence])).toEqual([
      ['R1', 7, 'lost', ['(weken|maanden) gewacht'], ['maanden gewacht']],
      ['R2', 7, 'gained', ['wachttijd*'], ['wachttijd']],
    ]);
    await expect(out).toMatchFileSnapshot('../fixtures/diff/expected.json');
  });

  it('says so when nothing changes, and exits 1 with --fail-on-change only when something does', async () => {
    const same = await diff('old.yaml', 'old.yaml', 'interviews', '--fail-on-change');
    expect(same.code).toBe(0);
    expect(same.out).toContain('No segment gains or loses a code.');
    expect((await diff('old.yaml', 'new.yaml', 'interviews', '--fail-on-change')).code).toBe(1);
  });

  it('exits 2 with one line for a folder without transcripts', async () => {
    const { code, err } = await diff('old.yaml', 'new.yaml', 'nowhere');
    expect(code).toBe(2);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^rodedraad: nowhere/);
  });
});
