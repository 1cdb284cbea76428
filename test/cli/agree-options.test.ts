import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTree } from '../helpers.js';

const threeCoders = fileURLToPath(new URL('../fixtures/agree/three-coders/', import.meta.url));
const interview = readFileSync(path.join(threeCoders, 'sources', '7f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0.txt'), 'utf8');

async function agree(cwd: string, ...args: string[]) {
  const io = fakeIo(cwd);
  const code = await run(['agree', ...args, '--no-color'], io);
  return { code, out: io.out(), err: io.err() };
}

interface AgreementJson {
  unit: string;
  documents: string[];
  segments: number;
  overall: { microF1: number | null; macroF1: number | null; pooledKappa: number | null };
  codes: {
    id: string;
    reference: { path: string[] }[];
    both: number;
    onlyReference: number;
    onlyCandidate: number;
    neither: number;
    kappa: number | null;
  }[];
}

const readJson = (folder: string): AgreementJson => JSON.parse(readFileSync(path.join(folder, 'agreement.json'), 'utf8')) as AgreementJson;

/** A code's counts as [both, only reference, only candidate, neither]. */
const counts = (json: AgreementJson, id: string) => {
  const entry = json.codes.find((code) => code.id === id);
  return entry && [entry.both, entry.onlyReference, entry.onlyCandidate, entry.neither];
};

/**
 * Two interviews (four and two respondent turns) and two coders' tables in another folder. Anna
 * splits waiting into two codes; Ben has one for both.
 *
 * r1: T1 wachtlijst, T2 niet serieus, T3 zus, T4 te laat; r2: T1 wachtlijst, T2 buurvrouw.
 */
const transcripts = {
  'interviews/r1.txt': interview,
  'interviews/r2.txt': [
    'I: Hoe ging het met de aanvraag?',
    'R2: Het duurde maanden voordat iemand belde. Ik stond op een wachtlijst.',
    'I: En daarna?',
    'R2: Mijn buurvrouw hielp me met de formulieren. Zonder haar was het niet gelukt.',
    '',
  ].join('\n'),
};
const tables = {
  'tabellen/anna.csv': [
    'document,code,quote',
    'r1,Wachtlijst,een half jaar op de wachtlijst gestaan',
    'r1,Hulp te laat,veel te laat',
    'r1,Niet serieus genomen,Daar luisterden ze niet echt',
    'r2,Wachtlijst,Ik stond op een wachtlijst',
    'r2,Eigen netwerk,Mijn buurvrouw hielp me met de formulieren',
    '',
  ].join('\n'),
  'tabellen/ben.csv': [
    'document,code,quote',
    'r1,"Wachten, hulp te laat",op de wachtlijst gestaan',
    'r1,"Wachten, hulp te laat",Niemand belde me terug',
    'r1,Eigen netwerk,Mijn zus kwam elke week langs',
    'r2,"Wachten, hulp te laat",Het duurde maanden voordat iemand belde',
    'r2,Eigen netwerk,Zonder haar was het niet gelukt',
    '',
  ].join('\n'),
};

describe('rodedraad agree --transcripts: two tables kept apart from the transcripts they code', () => {
  const folder = makeTree({ ...transcripts, ...tables });

  it('without --transcripts and none beside the tables: one line that says to give them', async () => {
    const result = await agree(folder, 'tabellen/anna.csv', 'tabellen/ben.csv', '--out', 'a');
    expect(result).toEqual({
      code: 2,
      out: '',
      err: 'rodedraad: no transcripts to place the codings on: none in the folder of tabellen/anna.csv and tabellen/ben.csv; give them with --transcripts\n',
    });
  });

  it('with --transcripts: both tables are placed on the turns of those transcripts', async () => {
    const { code, err } = await agree(folder, 'tabellen/anna.csv', 'tabellen/ben.csv', '--transcripts', 'interviews', '--out', 'b', '-q');
    expect(code, err).toBe(0);
    const json = readJson(path.join(folder, 'b'));
    expect(json.documents).toEqual(['r1', 'r2']);
    expect(json.segments).toBe(6);
    // Only "Eigen netwerk" has a name both use: Anna in r2 T2, Ben in r1 T3 and r2 T2.
    expect(json.codes.map((entry) => entry.id)).toEqual(['Eigen netwerk']);
    expect(counts(json, 'Eigen netwerk')).toEqual([1, 0, 1, 4]);
    expect(err).toContain('3 code(s) have no counterpart and are not compared: Wachtlijst, Hulp te laat, Niet serieus genomen');
  });

  it('--transcripts naming one file compares that document only', async () => {
    const { code, err } = await agree(
      folder,
      'tabellen/anna.csv',
      'tabellen/ben.csv',
      '--transcripts',
      'interviews/r2.txt',
      '--out',
      'c',
      '-q',
    );
    expect(code, err).toBe(0);
    expect(readJson(path.join(folder, 'c'))).toMatchObject({ documents: ['r2'], segments: 2 });
    expect(err).toContain('document "r1" is not among the transcripts');
  });
});

describe('rodedraad agree --documents: a part of the documents', () => {
  const folder = makeTree({ ...transcripts, ...tables });

  it('compares only the documents named, by id or file name', async () => {
    const { code, err } = await agree(
      folder,
      'tabellen/anna.csv',
      'tabellen/ben.csv',
      '--transcripts',
      'interviews',
      '--documents',
      'R2.TXT',
      '--out',
      'd',
      '-q',
    );
    expect(code, err).toBe(0);
    expect(readJson(path.join(folder, 'd'))).toMatchObject({ documents: ['r2'], segments: 2 });
    expect(counts(readJson(path.join(folder, 'd')), 'Eigen netwerk')).toEqual([1, 0, 0, 1]);
    expect(err).toContain('--documents  info  1 document(s) left out: r1  agree-documents-left-out');
    // Left out on purpose: no warning that only one coding covers it.
    expect(err).not.toContain('agree-unmatched-document');
    expect(err).toContain('compared 1 document (2 segments)');
  });

  it('a name that is no document is one line that lists the documents', async () => {
    const result = await agree(
      folder,
      'tabellen/anna.csv',
      'tabellen/ben.csv',
      '--transcripts',
      'interviews',
      '--documents',
      'r1,r3',
      '--out',
      'e',
    );
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err.split('\n').at(-2)).toBe('rodedraad: --documents: "r3" is no document; the documents are: r1, r2');
  });
});

describe('rodedraad agree --map from a CSV file: several reference codes to one candidate code', () => {
  const mapped = async (folder: string, map: string, ...more: string[]) => {
    const result = await agree(
      folder,
      'tabellen/anna.csv',
      'tabellen/ben.csv',
      '--transcripts',
      'interviews',
      '--map',
      map,
      '--out',
      map.replace(/\W/g, '-'),
      '-q',
      ...more,
    );
    expect(result.code, result.err).toBe(0);
    return readJson(path.join(folder, map.replace(/\W/g, '-')));
  };

  it.each([
    ['map.csv', 'reference,candidate\nWachtlijst,"Wachten, hulp te laat"\nHulp te laat,wachten hulp te laat\n'],
    // Dutch Excel: semicolons, and a code name with a comma that is not quoted.
    ['excel.csv', '\uFEFFreferentie;kandidaat\r\nWachtlijst;Wachten, hulp te laat\r\nHulp te laat;Wachten, hulp te laat\r\n'],
    ['no-header.csv', 'Wachtlijst;Wachten, hulp te laat\nHulp te laat;Wachten, hulp te laat\n'],
  ])('%s: Wachtlijst and Hulp te laat are compared as one with "Wachten, hulp te laat"', async (name, content) => {
    const folder = makeTree({ ...transcripts, ...tables, [name]: content });
    const json = await mapped(folder, name);
    const group = json.codes.find((entry) => entry.id === 'Wachten, hulp te laat');
    expect(group?.reference.map((code) => code.path.join(' > '))).toEqual(['Wachtlijst', 'Hulp te laat']);
    // Anna's two codes together: r1 T1, r1 T4, r2 T1; Ben: r1 T1 (two quotes) and r2 T1.
    expect(counts(json, 'Wachten, hulp te laat')).toEqual([2, 1, 0, 3]);
    expect(counts(json, 'Eigen netwerk')).toEqual([1, 0, 1, 4]);
    // Pooled: 3 both, 1 only reference, 1 only candidate.
    expect(json.overall.microF1).toBe(0.75);
    const csv = parse(readFileSync(path.join(folder, name.replace(/\W/g, '-'), 'agreement.csv'), 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    expect(csv[0]).toMatchObject({ code: 'Wachten, hulp te laat', reference_codes: 'Wachtlijst + Hulp te laat', f1: '0.8' });
  });

  it('a line with one cell names the line', async () => {
    const folder = makeTree({ ...transcripts, ...tables, 'map.csv': 'reference,candidate\nWachtlijst\n' });
    const result = await agree(folder, 'tabellen/anna.csv', 'tabellen/ben.csv', '--transcripts', 'interviews', '--map', 'map.csv');
    expect(result).toMatchObject({ code: 2, err: 'rodedraad: map.csv:2: a line needs a reference code and a candidate code\n' });
  });
});

describe('rodedraad agree --unit document', () => {
  it('a document has a code when one of its turns has it: turns that differ in place agree as documents', async () => {
    const folder = makeTree({
      ...transcripts,
      ...tables,
      'map.yaml': 'Wachtlijst: Wachten, hulp te laat\nHulp te laat: Wachten, hulp te laat\n',
    });
    const base = ['tabellen/anna.csv', 'tabellen/ben.csv', '--transcripts', 'interviews', '--map', 'map.yaml', '-q'];
    const segments = await agree(folder, ...base, '--out', 'seg');
    const documents = await agree(folder, ...base, '--out', 'doc', '--unit', 'document');
    expect(segments.code, segments.err).toBe(0);
    expect(documents.code, documents.err).toBe(0);
    const bySegment = readJson(path.join(folder, 'seg'));
    const byDocument = readJson(path.join(folder, 'doc'));
    expect(bySegment.unit).toBe('segment');
    expect(byDocument.unit).toBe('document');
    // Both coded waiting in both interviews; Ben's "Eigen netwerk" in r1 has no counterpart in Anna's r1.
    expect(counts(byDocument, 'Wachten, hulp te laat')).toEqual([2, 0, 0, 0]);
    expect(counts(byDocument, 'Eigen netwerk')).toEqual([1, 0, 1, 0]);
    // Kappa of a table without "neither" is 0 for Eigen netwerk, undefined for a code every document has.
    expect(byDocument.codes.map((entry) => entry.kappa)).toEqual([null, 0]);
    expect(byDocument.overall).toEqual({ microF1: 0.8571, macroF1: 0.8333, macroCodes: 2, pooledKappa: 0 });
    expect(documents.err).toContain('micro F1 0.86, pooled kappa 0.00');
    const markdown = readFileSync(path.join(folder, 'doc', 'agreement.md'), 'utf8');
    expect(markdown).toContain('unit: document (a document has a code when one of its segments has it)');
  });

  it('anything else is one line', async () => {
    const folder = makeTree({ ...transcripts, ...tables });
    const result = await agree(folder, 'tabellen/anna.csv', 'tabellen/ben.csv', '--unit', 'paragraph', '--out', 'x');
    expect(result).toEqual({
      code: 2,
      out: '',
      err: "rodedraad: option '-u, --unit <unit>' argument 'paragraph' is invalid. Allowed choices are segment, document.\n",
    });
  });
});

/** The three-coders project zipped, with its source text as given. */
function project(source: string): Uint8Array {
  const files: Record<string, Uint8Array> = { 'project.qde': readFileSync(path.join(threeCoders, 'project.qde')) };
  for (const name of readdirSync(path.join(threeCoders, 'sources')))
    if (statSync(path.join(threeCoders, 'sources', name)).isFile()) files[`sources/${name}`] = new TextEncoder().encode(source);
  return zipSync(files);
}

describe("rodedraad agree: a project whose source text is not the transcript's, found again by its words", () => {
  // The transcript as the researcher keeps it: a title above, and a turn wrapped over two lines.
  const transcript = `Interview 1, maart 2024\n\n${interview.replace('R1: Ik heb een half jaar', 'R1: Ik heb een\nhalf jaar')}`;
  const anna = ['drie.qdpx', 'drie.qdpx', '--reference-coders', 'Anna', '--candidate-coders', 'Ben', '-q'];

  it('gives the figures the same project gives on its own text', async () => {
    const folder = makeTree({ 'drie.qdpx': project(interview), 'transcripten/interview-r1.txt': transcript });
    const own = await agree(folder, ...anna, '--out', 'own');
    const moved = await agree(folder, ...anna, '--transcripts', 'transcripten', '--out', 'moved');
    expect(own.code, own.err).toBe(0);
    expect(moved.code, moved.err).toBe(0);
    expect(moved.err).toContain(
      'drie.qdpx  info  the text of "interview-r1" differs from the transcript transcripten/interview-r1.txt; its 4 coding(s) were found again by their words  agree-text-differs',
    );
    const before = readJson(path.join(folder, 'own'));
    const after = readJson(path.join(folder, 'moved'));
    expect(after.codes.map((entry) => counts(after, entry.id))).toEqual(before.codes.map((entry) => counts(before, entry.id)));
    // Anna coded waiting in turns 1 and 4, Ben in turn 1 only; the other two codes alike.
    expect(after.codes.map((entry) => counts(after, entry.id))).toEqual([
      [1, 1, 0, 2],
      [1, 0, 0, 3],
      [1, 0, 0, 3],
    ]);
  });

  it('codings whose words the transcript does not hold are counted and left out', async () => {
    const changed = transcript.replace(
      'Daar luisterden ze niet echt. Ze zeiden dat het wel mee zou vallen.',
      'Daar kreeg ik geen antwoord.',
    );
    const folder = makeTree({ 'drie.qdpx': project(interview), 'transcripten/interview-r1.txt': changed });
    const { code, err } = await agree(folder, ...anna, '--transcripts', 'transcripten', '--out', 'lost');
    expect(code, err).toBe(0);
    // Anna's and Ben's codings of turn 2 (Niet serieus genomen) are gone; the code is then used by neither.
    expect(err).toContain('1 of 4 coding(s) of "interview-r1" were not found in transcripten/interview-r1.txt; left out');
    expect(err).toContain('1 of 3 coding(s) of "interview-r1" were not found in transcripten/interview-r1.txt; left out');
    const json = readJson(path.join(folder, 'lost'));
    expect(json.codes.map((entry) => counts(json, entry.id))).toEqual([
      [1, 1, 0, 2],
      [1, 0, 0, 3],
      [0, 0, 0, 4],
    ]);
  });
});
