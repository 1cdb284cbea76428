// Precision and recall per kind of the privacy detectors on the test sentences in
// test/fixtures/privacy/<kind>.txt, at the default confidence, with every miss and false alarm.
// Run after `npm run build`: node scripts/privacy-report.mjs [--quiet]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FINDING_KINDS, loadDutchLexicon, parseMarkedSentences, scanText, scoreFindings } from '../dist/privacy/index.js';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/privacy');
const quiet = process.argv.includes('--quiet');
const lexicon = await loadDutchLexicon();
const pairs = [];
for (const kind of FINDING_KINDS) {
  for (const sentence of parseMarkedSentences(readFileSync(path.join(folder, `${kind}.txt`), 'utf8'), kind)) {
    const found = scanText(sentence.text, { lexicon });
    pairs.push({ expected: sentence.expected, found });
    if (quiet) continue;
    const key = (item) => `${item.kind}:${item.start}-${item.end}`;
    const expectedKeys = new Set(sentence.expected.map(key));
    const foundKeys = new Set(found.map(key));
    for (const item of sentence.expected)
      if (!foundKeys.has(key(item))) console.log(`miss         ${kind}.txt:${sentence.line}  ${item.kind} "${item.text}"`);
    for (const item of found)
      if (!expectedKeys.has(key(item)))
        console.log(`false alarm  ${kind}.txt:${sentence.line}  ${item.kind} "${item.text}" (${item.confidence}, ${item.reason})`);
  }
}
const percent = (value) => `${(value * 100).toFixed(1)}%`;
console.log('\n| kind | expected | found right | false alarms | missed | precision | recall |\n|---|---:|---:|---:|---:|---:|---:|');
for (const score of scoreFindings(pairs)) {
  const expected = score.truePositives + score.falseNegatives;
  console.log(
    `| ${score.kind} | ${expected} | ${score.truePositives} | ${score.falsePositives} | ${score.falseNegatives} | ${percent(score.precision)} | ${percent(score.recall)} |`,
  );
}
