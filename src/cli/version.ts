import { createRequire } from 'node:module';

/** The package version, read from package.json (two folders up from src/cli and dist/cli alike). */
export function readToolVersion(): string {
  const manifest = createRequire(import.meta.url)('../../package.json') as { version: string };
  return manifest.version;
}
