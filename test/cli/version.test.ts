import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBuildIdentity, readToolVersion } from '../../src/cli/version.js';

describe('the build identity the cache keys entries by', () => {
  it('is the version with the hash of the compiled code that npm run build writes', () => {
    const { id } = JSON.parse(readFileSync(new URL('../../dist/build-id.json', import.meta.url), 'utf8')) as { id: string };
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(readBuildIdentity()).toBe(`${readToolVersion()}+${id}`);
  });
});
