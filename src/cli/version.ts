import { createRequire } from 'node:module';

/** The package version, read from package.json (two folders up from src/cli and dist/cli alike). */
export function readToolVersion(): string {
  const manifest = createRequire(import.meta.url)('../../package.json') as { version: string };
  return manifest.version;
}

/**
 * The package version with the identity of the build (dist/build-id.json, written by `npm run
 * build`): what cached segments and codings are keyed by, so that a checkout with other rules but
 * the same version number never reuses them. The version alone when there is no build id.
 */
export function readBuildIdentity(): string {
  const require = createRequire(import.meta.url);
  const fromSource = import.meta.url.endsWith('.ts');
  try {
    const { id } = require(fromSource ? '../../dist/build-id.json' : '../build-id.json') as { id: string };
    return `${readToolVersion()}+${id}`;
  } catch {
    return readToolVersion();
  }
}
