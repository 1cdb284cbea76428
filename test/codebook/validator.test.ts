import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without type declarations
import { generateResultValidator, generateValidator, RESULT_TARGET, TARGET } from '../../scripts/generate-validator.mjs';

describe('the precompiled codebook validator', () => {
  it('is up to date with schema/codebook.schema.json (run npm run generate)', () => {
    expect(readFileSync(TARGET as string, 'utf8')).toBe((generateValidator as () => string)());
  });
});

describe('the precompiled result validator', () => {
  it('is up to date with schema/result.schema.json (run npm run generate)', () => {
    expect(readFileSync(RESULT_TARGET as string, 'utf8')).toBe((generateResultValidator as () => string)());
  });
});
