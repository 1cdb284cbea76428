// For codebook authors: how a codebook codes a sentence. Needs a build (npm run build). Usage:
//   node scripts/try-codebook.mjs <codebook name or path> "Niemand belde me terug."
import { codeText, compileMatcher, loadCodebooks } from '../dist/index.js';

const [name, ...sentences] = process.argv.slice(2);
const matcher = compileMatcher(await loadCodebooks([name], process.cwd()));
for (const text of sentences) {
  const { codings } = codeText(matcher, text);
  console.log(text);
  if (codings.length === 0) console.log('  (nothing)');
  for (const coding of codings) {
    const hits = coding.hits.map(
      (hit) => `"${text.slice(hit.start, hit.end)}" by ${hit.pattern}${hit.negated ? ` (negated by "${hit.cue}")` : ''}`,
    );
    console.log(`  ${coding.code.code.id}${coding.negated ? ' [negated]' : ''}: ${hits.join('; ')}`);
  }
}
