import { readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTempDir, makeTree } from '../helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const threeCoders = fileURLToPath(new URL('../fixtures/agree/three-coders/', import.meta.url));

/** Zip a folder of the fixtures into a .qdpx (the fixture stays readable as files). */
function zipFolder(folder: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const walk = (relative: string): void => {
    for (const name of readdirSync(path.join(folder, relative))) {
      const entry = path.posix.join(relative, name);
      if (statSync(path.join(folder, entry)).isDirectory()) walk(entry);
      else files[entry] = readFileSync(path.join(folder, entry));
    }
  };
  walk('');
  return zipSync(files);
}

async function agree(cwd: string, ...args: string[]) {
  const io = fakeIo(cwd);
  const code = await run(['agree', ...args, '--no-color'], io);
  return { code, out: io.out(), err: io.err() };
}

/** Code the demo corpus once for the tests of this file. */
const results = path.join(makeTempDir(), 'results');
const coding = fakeIo(root);
await run(['code', 'fixtures/interviews', '--out', results, '--quiet'], coding);

interface CodingsRow {
  document: string;
  code: string;
  line_start: string;
  line_end: string;
  negated: string;
  theme: string;
}

describe('rodedraad agree: round trips', () => {
  it("rodedraad's own result, exported to a codings table and read back, agrees 1.0 with itself", async () => {
    const rows = parse(readFileSync(path.join(results, 'codings.csv'), 'utf8'), { columns: true }) as CodingsRow[];
    // What counts is what is evidence: negated mentions are not codings of the code.
    const table = [
      'document,theme,code,line_start,line_end',
      ...rows
        .filter((row) => row.negated === 'false')
        .map((row) => `${row.document},${row.theme},${row.code},${row.line_start},${row.line_end}`),
    ].join('\n');
    const folder = makeTree({ 'hand.csv': table });
    const out = path.join(folder, 'agreement');
    const { code, err } = await agree(root, path.join(folder, 'hand.csv'), results, '--out', out, '--quiet');
    expect(code, err).toBe(0);
    expect(err).toContain('micro F1 1.00, pooled kappa 1.00');
    const json = JSON.parse(readFileSync(path.join(out, 'agreement.json'), 'utf8')) as {
      documents: string[];
      segments: number;
      overall: { microF1: number; pooledKappa: number };
      codes: { f1: number | null; onlyReference: number; onlyCandidate: number }[];
    };
    expect(json.documents).toHaveLength(16);
    expect(json.segments).toBe(286);
    expect(json.overall).toMatchObject({ microF1: 1, pooledKappa: 1 });
    expect(json.codes).toHaveLength(14);
    expect(json.codes.every((entry) => entry.onlyReference === 0 && entry.onlyCandidate === 0 && entry.f1 === 1)).toBe(true);
    const csv = parse(readFileSync(path.join(out, 'agreement.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(14);
    expect(csv[0]).toMatchObject({ code: 'ernst-onderschat', f1: '1', kappa: '1' });
  });

  it('a result against itself: 1.0, and --fail-under passes', async () => {
    const { code, err } = await agree(root, results, results, '--out', path.join(makeTempDir(), 'a'), '--quiet', '--fail-under', '0.99');
    expect(code, err).toBe(0);
  });
});

describe('rodedraad agree: several coders in one REFI-QDA project', () => {
  const folder = makeTree({ 'drie.qdpx': zipFolder(threeCoders) });

  it('one coder against another; Krippendorff alpha and Fleiss kappa across all three', async () => {
    const out = path.join(folder, 'anna-ben');
    const {
      code,
      out: stdout,
      err,
    } = await agree(folder, 'drie.qdpx', 'drie.qdpx', '--reference-coders', 'Anna', '--candidate-coders', 'ben', '--out', out);
    expect(code, err).toBe(0);
    // Four respondent turns: Wachten by Anna in turns 1 and 4, by Ben in turn 1 only; the other two codes alike.
    expect(stdout).toContain('micro F1 0.86, macro F1 0.89 (over 3 codes), pooled kappa 0.80');
    expect(stdout).toContain(
      '| Geholpen worden > Wachten, hulp te laat | Geholpen worden > Wachten, hulp te laat | 1 | 1 | 0 | 1.00 | 0.50 | 0.67 | 0.50 |',
    );
    const both = await agree(folder, 'drie.qdpx', 'drie.qdpx', '--out', path.join(folder, 'all'));
    expect(both.err).toContain('the codings of 3 coders (Anna, Ben, Chris) count together');
    const markdown = readFileSync(path.join(folder, 'all', 'agreement.md'), 'utf8');
    expect(markdown.match(/### Across the coders of drie\.qdpx: Anna, Ben, Chris/g)).toHaveLength(1);
    expect(markdown).toContain('| Geholpen worden > Wachten, hulp te laat | 2 | 1 | 2 |');
    const json = JSON.parse(readFileSync(path.join(folder, 'all', 'agreement.json'), 'utf8')) as {
      coders: { coders: string[]; codes: { counts: number[]; alpha: number; fleiss: number }[] }[];
    };
    expect(json.coders[0]!.coders).toEqual(['Anna', 'Ben', 'Chris']);
    expect(json.coders[0]!.codes.map((entry) => entry.counts)).toEqual([
      [2, 1, 2],
      [1, 1, 0],
      [1, 1, 1],
    ]);
  });

  it('--coders with an unknown name names the coders found', async () => {
    const { code, err } = await agree(folder, 'drie.qdpx', 'drie.qdpx', '--coders', 'Dora', '--out', path.join(folder, 'x'));
    expect(code).toBe(2);
    expect(err).toBe('rodedraad: drie.qdpx: no coder "Dora" for the reference; its coders are: Anna, Ben, Chris\n');
  });
});

describe('rodedraad agree: bad input is one clear line, or a warning where the rest can go on', () => {
  it.each([
    ['not-a-zip.qdpx', 'just text', 'rodedraad: not-a-zip.qdpx: not a zip archive (a .qdpx file is a zip holding project.qde)\n'],
    [
      'empty.qdpx',
      zipSync({ 'readme.txt': strToU8('x') }),
      'rodedraad: empty.qdpx: no project.qde in the archive (it holds readme.txt); is this a REFI-QDA project export?\n',
    ],
    [
      'notes.docx',
      'x',
      'rodedraad: notes.docx: cannot tell what this is; give a rodedraad result (its folder or result.json), a REFI-QDA project (.qdpx) or a codings table (.csv)\n',
    ],
  ])('%s', async (name, content, message) => {
    const folder = makeTree({ [name]: content });
    const { code, out, err } = await agree(folder, name, results, '--out', path.join(folder, 'out'));
    expect({ code, out, err }).toEqual({ code: 2, out: '', err: message });
  });

  it('a project whose source is missing, and one with a selection outside the text: warnings, the rest compared', async () => {
    const qde = readFileSync(path.join(threeCoders, 'project.qde'), 'utf8');
    const outside = qde.replace('startPosition="301" endPosition="346"', 'startPosition="900" endPosition="950"');
    const folder = makeTree({ 'missing.qdpx': zipSync({ 'project.qde': strToU8(qde) }), 'outside.qdpx': zipFolder(threeCoders) });
    writeFileSync(
      path.join(folder, 'outside.qdpx'),
      zipSync({
        'project.qde': strToU8(outside),
        ...Object.fromEntries(
          readdirSync(path.join(threeCoders, 'sources')).map((name) => [
            `sources/${name}`,
            readFileSync(path.join(threeCoders, 'sources', name)),
          ]),
        ),
      }),
    );
    const missing = await agree(folder, 'missing.qdpx', 'outside.qdpx', '--out', path.join(folder, 'a'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(
      'source "interview-r1" is skipped: its text file 7f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0.txt is not in the archive',
    );
    expect(missing.err).toContain('have no document in common');
    const cut = await agree(folder, 'outside.qdpx', 'outside.qdpx', '--out', path.join(folder, 'b'), '-q');
    expect(cut.code, cut.err).toBe(0);
    expect(cut.err).toContain(
      'selection 22222222-0000-4000-8000-000000000007 in source "interview-r1" is skipped: it starts at 900, after the end of the text (375 characters)',
    );
  });

  it('a codings table with an unknown document and an unknown code: warnings, the rest compared', async () => {
    const folder = makeTree({
      'hand.csv':
        'document,code,quote\nR01,Wachten hulp te laat,wachtlijst\nR99,Wachten hulp te laat,iets\nR01,Geen bestaande code,wachtlijst\n',
    });
    const { code, err } = await agree(root, path.join(folder, 'hand.csv'), results, '--out', path.join(folder, 'out'), '-q');
    expect(code, err).toBe(0);
    expect(err).toContain(
      'document "R99" is not among the transcripts (check the name, or add the transcript): 1 row(s) skipped, the first at line 3  table-unknown-document',
    );
    expect(err).toContain(
      '1 code(s) have no counterpart and are not compared: Geen bestaande code; pair them with --map if they should be  agree-unmatched-code',
    );
    expect(err).toContain('15 document(s) only this coding covers are not compared: R02, R03, R04, R05, R06 and 10 more');
  });

  it('two codings with nothing in common, a bad --map, a bad flag: exit 2 with one line', async () => {
    const folder = makeTree({ 'drie.qdpx': zipFolder(threeCoders), 'map.yaml': 'Bestaat niet: wachten-te-laat\n' });
    const none = await agree(folder, 'drie.qdpx', results, '--out', path.join(folder, 'a'));
    expect(none.err).toContain(
      '16 transcript(s) that it lists cannot be read (fixtures/interviews/gemeente-a/r01-inwoner.md, fixtures/interviews/gemeente-a/r02-mantelzorger.md, fixtures/interviews/gemeente-a/r03-professional.md and 13 more); run agree in the folder where code ran, or give them with --transcripts',
    );
    expect(none.code).toBe(2);
    // First what was skipped, then why nothing is left.
    expect(none.err).toContain('drie.qdpx  warning  1 document(s) match no transcript and are left out: interview-r1; ');
    expect(none.err).toMatch(
      /\nrodedraad: drie\.qdpx and .*result\.json have no document in common \(reference: interview-r1; candidate: R01, R02, R03, R04, R05 and 11 more\); check that both code the same transcripts\n$/,
    );
    const map = await agree(
      root,
      path.join(folder, 'drie.qdpx'),
      path.join(folder, 'drie.qdpx'),
      '--map',
      path.join(folder, 'map.yaml'),
      '--out',
      path.join(folder, 'b'),
    );
    expect(map.err.split('\n').at(-2)).toMatch(
      /^rodedraad: --map: .*map\.yaml \(Bestaat niet\): no reference code is called "Bestaat niet"; .*no candidate code is called "wachten-te-laat"$/,
    );
    const flag = await agree(folder, 'drie.qdpx', 'drie.qdpx', '--min-overlap', 'veel', '--out', path.join(folder, 'c'));
    expect(flag).toMatchObject({
      code: 2,
      err: 'rodedraad: --min-overlap must be a number of characters (10) or a share of the segment (50%); found "veel"\n',
    });
  });

  it('--fail-under exits 1 when micro F1 is below it', async () => {
    const folder = makeTree({ 'drie.qdpx': zipFolder(threeCoders) });
    const { code, err } = await agree(
      folder,
      'drie.qdpx',
      'drie.qdpx',
      '--reference-coders',
      'Anna',
      '--candidate-coders',
      'Chris',
      '--fail-under',
      '0.9',
      '--out',
      path.join(folder, 'a'),
      '-q',
    );
    expect(code).toBe(1);
    expect(err).toMatch(/rodedraad: micro F1 0\.\d\d is below --fail-under 0\.9\n$/);
  });
});

describe('the example agreement in docs/agreement-example', () => {
  it('is what rodedraad writes today for the demo corpus and the hand coding (regenerate with npm run agreement-example)', async () => {
    const scratch = makeTempDir();
    symlinkSync(path.join(root, 'fixtures'), path.join(scratch, 'fixtures'), 'dir');
    const coded = fakeIo(scratch);
    expect(await run(['code', 'fixtures/interviews', '--out', 'results', '--quiet'], coded), coded.err()).toBe(0);
    const target = path.join(makeTempDir(), 'agreement');
    const { code, err } = await agree(scratch, 'fixtures/handcodering/codering.csv', 'results', '--out', target, '--quiet');
    expect(code, err).toBe(0);
    const example = path.join(root, 'docs', 'agreement-example');
    expect(readdirSync(example).sort()).toEqual(readdirSync(target).sort());
    for (const name of readdirSync(target))
      expect(readFileSync(path.join(example, name), 'utf8'), name).toBe(readFileSync(path.join(target, name), 'utf8'));
    // The demo shows every part: per-code figures, disagreements with quotes, candidate words.
    const markdown = readFileSync(path.join(example, 'agreement.md'), 'utf8');
    expect(markdown).toContain('- Referentie: `fixtures/handcodering/codering.csv` (codeertabel)');
    expect(markdown).toContain('Vergeleken: 3 documenten, 51 respondentsegmenten');
    expect(markdown).toContain(
      '**Gecodeerd door de referentie, gemist door de kandidaat (vet: wat de referentie codeerde, als dat een deel van het segment is)**',
    );
    // What the second coder quoted is bold in the turn it is part of.
    expect(markdown).toContain('Ik heb een keer gebeld of het sneller kon, en toen zeiden ze: **als het echt niet meer gaat');
    expect(markdown).toContain('**Kandidaatwoorden (oververtegenwoordigd in de gemiste segmenten)**');
    expect(markdown).toContain('| `bel` | bel | 2/2 (2) | 2/49 | 11.3 | 4 (4) | 0.44 → 0.73 |');
  });
});
