import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTree } from '../helpers.js';

async function explain(...args: string[]) {
  const io = fakeIo(process.cwd());
  const code = await run(['explain', ...args, '--no-color'], io);
  return { code, out: io.out(), err: io.err() };
}

describe('rodedraad explain', () => {
  it('shows the words, the patterns that matched and why, and what each code did with them', async () => {
    const { code, out, err } = await explain('Die consulent belde me nooit meer terug.');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('codebooks: scp-gezien-gehoord-geholpen');
    // Words with their form, stem, verb, sentence and clause, and the cue marked.
    expect(out).toMatch(/ {2}3 +belde +belde +beld +bellen +1 +1\n/);
    expect(out).toMatch(/ {2}5 +nooit +nooit +nooit +1 +1 +negation cue\n/);
    // A separable verb split in the clause, explained word by word.
    expect(out).toContain('3 belde: a form of terugbellen apart from its particle');
    expect(out).toContain('7 terug: the particle of terugbellen');
    expect(out).toContain('negation ignored');
    expect(out).toContain('vertrouwen-beloften (negation: flag): coded');
    // A pattern that counts only when negated (negation: require), and the cue that applied.
    const denied = await explain('Ze heeft nooit naar mij geluisterd.');
    expect(denied.out).toContain(
      'by "{pattern: luisteren, negation: require}": negated by "nooit" (word 3): a cue before the verb in its clause',
    );
    expect(denied.out).toContain('niet-serieus-genomen (negation: exclude): coded');
  });

  it('takes other codebooks, a section and a question, and writes JSON', async () => {
    const folder = makeTree({
      'cb.yaml': `id: cb
title: Cb
version: 1.0.0
language: nl
themes:
  - id: t
    label: T
    codes:
      - id: wachten
        label: Wachten
        match:
          - {pattern: "(ja|jazeker)", question: [wachtlijst]}
        unless:
          - {pattern: kapper, within: clause}
`,
    });
    const io = fakeIo(folder);
    expect(
      await run(['explain', 'Ja, maanden.', '-c', 'cb.yaml', '--question', 'Stond u op een wachtlijst?', '--format', 'json'], io),
    ).toBe(0);
    const json = JSON.parse(io.out()) as { codebooks: { id: string }[]; codes: { code: string; outcome: string }[]; tokens: unknown[] };
    expect(json.codebooks.map((codebook) => codebook.id)).toEqual(['cb']);
    expect(json.codes).toMatchObject([{ code: 'wachten', outcome: 'coded' }]);
    expect(json.tokens).toHaveLength(2);
    const without = fakeIo(folder);
    await run(['explain', 'Ja, maanden.', '-c', 'cb.yaml', '--no-color'], without);
    expect(without.out()).toContain('wachten (negation: flag): not coded: its section: or question: does not hold for this text');
    const vetoed = fakeIo(folder);
    await run(['explain', 'Ja bij de kapper wel.', '-c', 'cb.yaml', '--question', 'Een wachtlijst?', '--no-color'], vetoed);
    expect(vetoed.out()).toContain('vetoed in its clause by unless "{pattern: kapper, within: clause}": "kapper"');
  });

  it('says when nothing matched, and refuses an unknown format or codebook with exit code 2', async () => {
    expect((await explain('Het regent.')).out).toContain('patterns that matched:\n  none\n');
    expect((await explain('x', '--format', 'xml')).code).toBe(2);
    const missing = await explain('x', '--codebook', 'bestaat-niet.yaml');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/bestaat-niet/);
  });
});
