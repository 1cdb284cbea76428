import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { run } from '../../src/cli/run.js';
import { compileMatcher } from '../../src/code/matcher.js';
import { loadCodebooks } from '../../src/pipeline/load-codebooks.js';
import { listTranscriptFiles } from '../../src/ingest/list-files.js';
import { createCodingRun } from '../../src/pipeline/pipeline.js';
import { DEFAULT_INTERVIEWERS } from '../../src/model/segment.js';
import { suggestDocument } from '../../src/suggest/documents.js';
import { loadDutchWords } from '../../src/suggest/load-words.js';
import type { SuggestDocument } from '../../src/suggest/model.js';
import type { SuggestReport } from '../../src/suggest/report-model.js';
import { suggestCodes } from '../../src/suggest/suggest.js';
import { fakeIo, makeTempDir } from '../helpers.js';

const fixtures = fileURLToPath(new URL('../fixtures/suggest/', import.meta.url));

/** Read, segment and code the planted corpus as `suggest` does, then suggest. */
async function suggestPlanted(documents?: (read: SuggestDocument[]) => SuggestDocument[]): Promise<SuggestReport> {
  const codebooks = await loadCodebooks(['codebook.yaml'], fixtures);
  const { files } = await listTranscriptFiles(['planted'], { cwd: fixtures, exclude: [] });
  const settings = { unit: 'turn' as const, includeInterviewer: false, interviewers: DEFAULT_INTERVIEWERS };
  const read: SuggestDocument[] = [];
  for await (const document of createCodingRun(codebooks, settings).documents(files, {
    diagnostic: () => undefined,
    progress: () => undefined,
  }))
    read.push(suggestDocument(document));
  const suggestSettings = { minInterviews: 3, top: 10, language: 'nl' as const, outputLanguage: 'nl' as const, by: ['gemeente'] };
  return suggestCodes(documents ? documents(read) : read, compileMatcher(codebooks), codebooks, suggestSettings, await loadDutchWords());
}

/** Every written form of every term of every candidate. */
function candidateForms(report: SuggestReport): string[] {
  return report.candidates.flatMap((candidate) => candidate.terms.flatMap((term) => term.forms.map((entry) => entry.form)));
}

let report: SuggestReport;
beforeAll(async () => {
  report = await suggestPlanted();
});

describe('suggest on a corpus with a planted theme', () => {
  it('puts the planted theme (transport, in several wordings, in five of eight interviews) first', () => {
    const first = report.candidates[0]!;
    const forms = first.terms.flatMap((term) => term.forms.map((entry) => entry.form));
    expect(forms).toEqual(expect.arrayContaining(['buurtbus', 'bus', 'regiotaxi', 'vervoer']));
    expect(first.documents).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expect(first.groups).toEqual([
      {
        attribute: 'gemeente',
        groups: [
          { value: 'Noord', documents: 3, size: 4 },
          { value: 'Zuid', documents: 2, size: 4 },
        ],
      },
    ]);
    expect(first.quotes.map((quote) => quote.document)).toHaveLength(3);
    expect(new Set(first.quotes.map((quote) => quote.document)).size).toBe(3);
    expect(first.quotes.every((quote) => quote.markdown.includes('**'))).toBe(true);
  });

  it('ranks the weaker recurring theme (three interviews) below it', () => {
    const garden = report.candidates.findIndex((candidate) => candidate.terms.some((term) => term.label === 'moestuin'));
    expect(garden).toBeGreaterThan(0);
    expect(report.candidates[garden]!.documents).toEqual(['P6', 'P7', 'P8']);
  });

  it('never suggests the theme the codebook covers, nor the words beside its hits', () => {
    const forms = candidateForms(report);
    for (const word of ['wachtlijst', 'wachten', 'wachttijd', 'fysiotherapeut', 'logopedist', 'maanden'])
      expect(forms, word).not.toContain(word);
    expect(report.terms.map((term) => term.label)).not.toContain('fysiotherapeut');
  });

  it("does not make a candidate of one talkative respondent, one-off topics or the interviewer's words", () => {
    const forms = [...candidateForms(report), ...report.terms.flatMap((term) => term.forms.map((entry) => entry.form))];
    for (const word of ['duiven', 'duif', 'aquarium', 'voetbal', 'breien', 'bruiloft', 'klokken', 'legpuzzels', 'kleinkinderen'])
      expect(forms, word).not.toContain(word);
  });

  it('still makes no candidate of the talkative word when that respondent says it twenty more times', async () => {
    const louder = await suggestPlanted((documents) =>
      documents.map((document) =>
        document.id !== 'P4'
          ? document
          : {
              ...document,
              segments: document.segments.map((segment, index) =>
                index === 0 ? { ...segment, text: `${segment.text} ${'Duiven! '.repeat(20)}` } : segment,
              ),
            },
      ),
    );
    expect(candidateForms(louder)).not.toContain('duiven');
    expect(louder.candidates[0]!.documents).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
  });

  it('reports the coverage gap per interview', () => {
    expect(report.coverage.map((entry) => [entry.document, entry.segments, entry.unreached])).toEqual([
      ['P1', 5, 4],
      ['P2', 5, 4],
      ['P3', 5, 4],
      ['P4', 5, 4],
      ['P5', 5, 4],
      ['P6', 4, 3],
      ['P7', 4, 3],
      ['P8', 4, 3],
    ]);
    expect(report.coverage[0]!.examples).toHaveLength(2);
  });
});

describe('rodedraad suggest (CLI)', () => {
  async function suggest(cwd: string, ...args: string[]) {
    const io = fakeIo(cwd);
    const code = await run(['suggest', ...args, '--no-color'], io);
    return { code, out: io.out(), err: io.err() };
  }

  it('writes suggestions.md (candidates first, with quotes) and suggestions.yaml, byte-identical on a second run', async () => {
    const out = path.join(makeTempDir(), 'suggestions');
    const first = await suggest(fixtures, 'planted', '--codebook', 'codebook.yaml', '--out', out, '--by', 'gemeente');
    expect(first.code).toBe(0);
    expect(first.out.split('\n')[0]).toMatch(/^1\. Bus, /);
    const markdown = readFileSync(path.join(out, 'suggestions.md'), 'utf8');
    const yaml = readFileSync(path.join(out, 'suggestions.yaml'), 'utf8');
    expect(markdown.indexOf('### 1. Bus')).toBeLessThan(markdown.indexOf('## Het gat in de codering'));
    expect(markdown).toContain('Per gemeente: Noord 3/4, Zuid 2/4');
    expect(markdown).toContain('log-likelihood G2');
    const again = await suggest(fixtures, 'planted', '--codebook', 'codebook.yaml', '--out', out, '--by', 'gemeente');
    expect(again.code).toBe(0);
    expect(readFileSync(path.join(out, 'suggestions.md'), 'utf8')).toBe(markdown);
    expect(readFileSync(path.join(out, 'suggestions.yaml'), 'utf8')).toBe(yaml);
  });

  it('gives stubs that pass check once their definition is filled in, alone and pasted into the codebook', async () => {
    const folder = makeTempDir();
    const out = path.join(folder, 'suggestions');
    expect((await suggest(fixtures, 'planted', '--codebook', 'codebook.yaml', '--out', out)).code).toBe(0);
    const filled = readFileSync(path.join(out, 'suggestions.yaml'), 'utf8').replaceAll(
      'definition: TODO',
      'definition: De respondent vertelt hierover.',
    );
    writeFileSync(path.join(folder, 'stubs.yaml'), filled);
    const alone = fakeIo(folder);
    expect(await run(['check', 'stubs.yaml', '--no-color'], alone)).toBe(0);
    expect(alone.out()).not.toMatch(/\berror\b/);
    expect(alone.out()).not.toMatch(/example-mismatch|invalid-pattern|schema|duplicate-id|stopword-pattern/);

    // Paste the first stub into the codebook, under a theme of its own.
    const stub = (parseYaml(filled) as { themes: { codes: unknown[] }[] }).themes[0]!.codes[0] as {
      id: string;
      match: string[];
      examples: unknown[];
    };
    expect(stub.match.length).toBeGreaterThan(0);
    expect(stub.examples).toEqual(
      expect.arrayContaining([expect.objectContaining({ expect: 'match' }), expect.objectContaining({ expect: 'none' })]),
    );
    const codebook = readFileSync(path.join(fixtures, 'codebook.yaml'), 'utf8').replace('../../../schema', 'schema');
    const block = filled.slice(filled.indexOf(`      - id: ${stub.id}`), filled.indexOf('      # 2.'));
    writeFileSync(path.join(folder, 'pasted.yaml'), `${codebook}  - id: nieuw\n    label: Nieuw\n    codes:\n${block}`);
    const pasted = fakeIo(folder);
    expect(await run(['check', 'pasted.yaml', '--corpus', path.join(fixtures, 'planted'), '--no-color'], pasted)).toBe(0);
    expect(pasted.out()).not.toMatch(/\berror\b/);
  });

  it('reuses the segmentation of a results folder and finds the same candidates', async () => {
    const folder = makeTempDir();
    const results = path.join(folder, 'results');
    expect(await run(['code', 'planted', '--codebook', 'codebook.yaml', '--out', results, '--quiet'], fakeIo(fixtures))).toBe(0);
    const fromTranscripts = await suggest(fixtures, 'planted', '--codebook', 'codebook.yaml', '--out', path.join(folder, 'a'));
    // Into the results folder itself: the coding results stay beside the suggestions.
    const fromResult = await suggest(fixtures, results, '--out', results);
    expect(fromResult.code).toBe(0);
    expect(fromResult.out).toBe(fromTranscripts.out);
    expect(readFileSync(path.join(results, 'suggestions.yaml'), 'utf8')).toBe(
      readFileSync(path.join(folder, 'a', 'suggestions.yaml'), 'utf8'),
    );
    expect(readFileSync(path.join(results, 'result.json'), 'utf8')).toContain('rodedraad-result');
  });

  it('writes suggestions.md in English with --lang en', async () => {
    const out = path.join(makeTempDir(), 'suggestions');
    expect((await suggest(fixtures, 'planted', '--codebook', 'codebook.yaml', '--out', out, '--lang', 'en', '--quiet')).code).toBe(0);
    const markdown = readFileSync(path.join(out, 'suggestions.md'), 'utf8');
    expect(markdown).toMatch(/^# Suggestions: what recurs that the codebooks do not reach/);
    expect(markdown).toContain('## The coverage gap');
    expect(readFileSync(path.join(out, 'suggestions.yaml'), 'utf8')).toContain('id: suggestions\n');
  });

  it('refuses bad flags and unknown attributes with exit code 2 and one line', async () => {
    for (const args of [
      ['--min-interviews', '0'],
      ['--top', 'ten'],
      ['--by', 'leeftijd'],
    ]) {
      const result = await suggest(fixtures, 'planted', '--codebook', 'codebook.yaml', '--out', path.join(makeTempDir(), 'x'), ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err.trim().split('\n')).toHaveLength(1);
    }
  });
});
