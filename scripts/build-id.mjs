// Run by `npm run build` after tsc: writes dist/build-id.json, the sha256 of every compiled file.
// The cache keys its entries by it, so that a build whose segmentation or matching differs never
// serves entries of another build, also when the version number did not change (a git checkout).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.js') || name.endsWith('.json'))
  .filter((name) => name !== 'build-id.json')
  .map((name) => name.split(path.sep).join('/'))
  .sort();
const hash = createHash('sha256');
for (const name of files) hash.update(`${name}\n`).update(readFileSync(path.join(dist, name)));
writeFileSync(path.join(dist, 'build-id.json'), `${JSON.stringify({ id: hash.digest('hex').slice(0, 16) })}\n`);
