import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/code/matcher.js';
import { exampleHolds, runExamples } from '../../src/check/examples.js';
import { loadCodebook } from '../../src/codebook/load.js';
import type { Codebook } from '../../src/model/codebook.js';
import { createCodebookValidator } from '../../src/codebook/schema.js';
import { findDuplicateIds } from '../../src/codebook/unique-ids.js';
import { listShippedCodebooks, readCodebookSource } from '../../src/ingest/codebook-files.js';

// Each codebook is loaded and tested on its own, so that one broken file names itself only.
const validator = createCodebookValidator();
const loaded = await Promise.all(
  (await listShippedCodebooks()).map(async (name) => ({ name, ...loadCodebook(await readCodebookSource(name, process.cwd()), validator) })),
);
const valid = loaded.flatMap((entry) => (entry.codebook ? [entry.codebook] : []));

describe('shipped codebooks', () => {
  it('use every theme and code id once, across all codebooks', () => {
    expect(findDuplicateIds(valid).map((d) => `${d.file}:${d.place?.line} ${d.reason}`)).toEqual([]);
  });

  describe.each(loaded.map((entry) => [entry.name, entry] as const))('%s', (name, entry) => {
    it('loads without problems, and its id is its file name', () => {
      expect(entry.diagnostics.map((d) => `${d.place?.line}:${d.place?.column} ${d.reason}`)).toEqual([]);
      expect(entry.codebook?.id).toBe(name);
    });
    if (!entry.codebook) return;
    const codebook: Codebook = entry.codebook;

    it('has a source and a description', () => {
      expect(codebook.source?.length ?? 0).toBeGreaterThan(20);
      expect(codebook.description?.length ?? 0).toBeGreaterThan(20);
    });

    const codes = codebook.themes.flatMap((theme) => theme.codes);
    it.each(codes.map((code) => [code.id, code] as const))('code %s is fully documented', (_code, code) => {
      expect(code.definition, 'definition').toBeTruthy();
      const sentences = code.definition!.split(/[.!?](?:\s|$)/).filter((sentence) => sentence.trim().length > 3);
      expect(sentences.length, 'definition of one to three sentences').toBeLessThanOrEqual(3);
      expect(code.include, 'include').toBeTruthy();
      expect(code.exclude, 'exclude').toBeTruthy();
      expect(code.examples.filter((example) => example.expect === 'match').length, 'match examples').toBeGreaterThanOrEqual(2);
      expect(code.examples.filter((example) => example.expect === 'none').length, 'none examples').toBeGreaterThanOrEqual(1);
    });

    // Examples run against this codebook alone, as a researcher who uses it alone would code.
    const results = runExamples([codebook], compileMatcher([codebook]));
    it.each(results.map((result) => [result.code.id, result.example.expect, result.example.text, result] as const))(
      'example of %s (%s): %s',
      (_code, _expect, _text, result) => {
        const found = result.codings.map((coding) => `${coding.code}${coding.negated ? ' (negated)' : ''}: ${coding.evidence.join(' | ')}`);
        expect(exampleHolds(result), `${name}, code ${result.code.id}: coded as ${found.join('; ') || 'nothing'}`).toBe(true);
      },
    );
  });
});
