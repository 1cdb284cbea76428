// Measures a codebook on the labelled Dutch speech set (test/fixtures/dutch-speech). Needs a build
// (npm run build). Usage:
//   node scripts/devset-score.mjs --codebook <name|path> [--split dev|dev-odd|dev-even|test|all] [--set utterances|cc0|all] [--errors]
//   node scripts/devset-score.mjs --negation        the negation sentences: is each target negated?
//   node scripts/devset-score.mjs --codebook <name|path> --summaries   recall on the CC0 reports' summaries
// A code is expected present only when asserted: a label listed in `negated` counts as absent, and
// the tool's negated mentions (a flag coding whose every hit is negated) are not presence either.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { codeText, compileMatcher, createCodebookValidator, loadCodebook, loadCodebooks } from '../dist/index.js';

const DIR = new URL('../test/fixtures/dutch-speech/', import.meta.url);
const usage =
  'usage: devset-score.mjs --codebook <name|path> [--split dev|dev-odd|dev-even|test|all] [--set utterances|cc0|all] [--errors] | --negation | --codebook <c> --summaries';
let options;
try {
  options = parseArgs({
    options: {
      codebook: { type: 'string' },
      split: { type: 'string', default: 'dev' },
      set: { type: 'string', default: 'utterances' },
      errors: { type: 'boolean', default: false },
      negation: { type: 'boolean', default: false },
      summaries: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  fail(`${error.message}; ${usage}`);
}
if (!['dev', 'dev-odd', 'dev-even', 'test', 'all'].includes(options.split) || !['utterances', 'cc0', 'all'].includes(options.set))
  fail(usage);
if (!options.negation && !options.codebook) fail(usage);

function fail(message) {
  process.stderr.write(`devset-score: ${message}\n`);
  process.exit(2);
}
const jsonLines = (name) =>
  readFileSync(new URL(name, DIR), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
const ratio = (a, b) => (b === 0 ? '–' : (a / b).toFixed(2));
const f1 = ({ tp, fp, fn }) => ratio(2 * tp, 2 * tp + fp + fn);
const print = (line = '') => process.stdout.write(`${line}\n`);

if (options.negation) scoreNegation();
else {
  let codebooks;
  try {
    codebooks = await loadCodebooks([options.codebook], process.cwd());
  } catch (error) {
    fail(error.message);
  }
  const matcher = compileMatcher(codebooks);
  const ids = matcher.codes.map((ref) => ref.code.id);
  /** The codes of the codebook that the tool finds present (negated mentions are not presence). */
  const present = (text) =>
    new Set(
      codeText(matcher, text)
        .codings.filter((c) => !c.negated)
        .map((c) => c.code.code.id),
    );
  const negatedMentions = (text) =>
    new Set(
      codeText(matcher, text)
        .codings.filter((c) => c.negated)
        .map((c) => c.code.code.id),
    );
  if (options.summaries) scoreSummaries(ids, present);
  else scoreUtterances(codebooks, ids, present, negatedMentions);
}

/** Whether an item is in the chosen split; dev-odd and dev-even halve the dev half by the number in its id. */
function inSplit(item) {
  if (options.split === 'all') return true;
  const [half, part] = options.split.split('-');
  if (item.split !== half) return false;
  return part === undefined || Number(item.id.replace(/\D/g, '')) % 2 === (part === 'odd' ? 1 : 0);
}

function scoreUtterances(codebooks, ids, present, negatedMentions) {
  const sets = { utterances: ['utterances.jsonl'], cc0: ['cc0-quotes.jsonl'], all: ['utterances.jsonl', 'cc0-quotes.jsonl'] }[options.set];
  const items = sets.flatMap(jsonLines).filter(inSplit);
  const counts = new Map(ids.map((id) => [id, { n: 0, tp: 0, fp: 0, fn: 0, fnNegated: 0, fpNegatedLabel: 0 }]));
  const errors = [];
  for (const item of items) {
    const expected = new Set(item.codes.filter((code) => counts.has(code) && !item.negated.includes(code)));
    const found = present(item.text);
    const flagged = negatedMentions(item.text);
    for (const [id, count] of counts) {
      if (expected.has(id)) count.n++;
      if (expected.has(id) && found.has(id)) count.tp++;
      else if (expected.has(id)) {
        count.fn++;
        if (flagged.has(id)) count.fnNegated++;
        errors.push(`FN ${id}${flagged.has(id) ? ' (found, but as negated)' : ''}  ${item.id}: ${item.text}`);
      } else if (found.has(id)) {
        count.fp++;
        if (item.negated.includes(id)) count.fpNegatedLabel++;
        errors.push(`FP ${id}${item.negated.includes(id) ? ' (labelled negated)' : ''}  ${item.id}: ${item.text}`);
      }
    }
  }
  const unmeasured = ids.filter((id) => counts.get(id).n === 0);
  if (unmeasured.length > 0) process.stderr.write(`devset-score: no labelled examples in this selection for ${unmeasured.join(', ')}\n`);
  print(`# ${codebooks.map((c) => `${c.id} ${c.version}`).join(', ')}: set ${options.set}, split ${options.split}, ${items.length} items`);
  print();
  print('| code | n | tp | fp | fn | precision | recall | F1 | fn found negated | fp labelled negated |');
  print('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const [id, c] of counts) {
    for (const key of Object.keys(total)) total[key] += c[key];
    print(
      `| ${id} | ${c.n} | ${c.tp} | ${c.fp} | ${c.fn} | ${ratio(c.tp, c.tp + c.fp)} | ${ratio(c.tp, c.n)} | ${f1(c)} | ${c.fnNegated} | ${c.fpNegatedLabel} |`,
    );
  }
  const measured = [...counts.values()].filter((c) => c.n > 0);
  const macro = measured.reduce((sum, c) => sum + (2 * c.tp) / (2 * c.tp + c.fp + c.fn), 0) / (measured.length || 1);
  print();
  print(
    `micro: precision ${ratio(total.tp, total.tp + total.fp)}, recall ${ratio(total.tp, total.tp + total.fn)}, F1 ${f1(total)}; macro F1 ${macro.toFixed(2)}`,
  );
  if (options.errors) {
    print();
    for (const line of errors.sort()) print(line);
  }
}

// Each negation sentence gets its own code whose only pattern finds the target; the verdict is
// whether rodedraad marks that hit as negated. Both sets: the labeller's (negation.jsonl) and the
// sentences written for the Dutch word-order rule (negation-rule.jsonl).
function scoreNegation() {
  for (const file of ['negation.jsonl', 'negation-rule.jsonl']) scoreNegationFile(file);
}

function scoreNegationFile(file) {
  const cases = jsonLines(file);
  const yaml = [
    'id: negation-sentences',
    'title: Negation sentences',
    'version: 1.0.0',
    'language: nl',
    'themes:',
    '  - id: targets',
    '    label: Targets',
    '    codes:',
    ...cases.flatMap((item) => [
      `      - id: ${item.id}`,
      `        label: ${item.id}`,
      '        negation: flag',
      '        match:',
      `          - ${JSON.stringify(item.pattern)}`,
    ]),
  ].join('\n');
  const loaded = loadCodebook({ file: 'negation.jsonl', text: yaml, sha256: '0' }, createCodebookValidator());
  if (!loaded.codebook) fail(loaded.diagnostics.map((d) => d.reason).join('; '));
  const matcher = compileMatcher([loaded.codebook]);
  const byCategory = new Map();
  const wrong = [];
  for (const item of cases) {
    const coding = codeText(matcher, item.text).codings.find((c) => c.code.code.id === item.id);
    const verdict = coding ? coding.negated : null;
    const ok = verdict === item.negated;
    const tally = byCategory.get(item.category) ?? { ok: 0, all: 0 };
    tally.all++;
    if (ok) tally.ok++;
    byCategory.set(item.category, tally);
    if (!ok)
      wrong.push(
        `${item.id} [${item.category}] "${item.target}" expected ${item.negated ? 'negated' : 'not negated'}, got ${verdict === null ? 'no hit' : verdict ? 'negated' : 'not negated'}: ${item.text}`,
      );
  }
  const correct = [...byCategory.values()].reduce((sum, t) => sum + t.ok, 0);
  print(`# negation sentences (${file}): ${correct} of ${cases.length} verdicts right (${ratio(correct, cases.length)})`);
  print();
  print('| category | right | sentences |');
  print('|---|---:|---:|');
  for (const [category, t] of byCategory) print(`| ${category} | ${t.ok} | ${t.all} |`);
  print();
  for (const line of wrong) print(line);
  print();
}

// The summary and findings sections of each CC0 report, coded per paragraph; recall of the codes
// a careful reader assigns (the targets of the chosen codebook only).
function scoreSummaries(ids, present) {
  const targets = JSON.parse(readFileSync(new URL('cc0-summaries.json', DIR), 'utf8'));
  let found = 0;
  let all = 0;
  print(`# recall on the CC0 reports' summaries and findings (${options.codebook})`);
  print();
  print('| report | target codes | found | missed | defensible found | other found |');
  print('|---|---:|---:|---|---|---|');
  for (const target of targets) {
    const lines = readFileSync(new URL(target.source, DIR), 'utf8').split('\n');
    const text = target.sections.map((s) => lines.slice(s.lines[0] - 1, s.lines[1]).join('\n')).join('\n\n');
    const codes = new Set(paragraphs(text).flatMap((paragraph) => [...present(paragraph)]));
    const wanted = target.codes.filter((code) => ids.includes(code));
    const hit = wanted.filter((code) => codes.has(code));
    found += hit.length;
    all += wanted.length;
    const defensible = target.defensible.filter((code) => codes.has(code));
    const other = [...codes].filter((code) => !target.codes.includes(code) && !target.defensible.includes(code));
    const missed = wanted.filter((code) => !codes.has(code));
    print(
      `| ${target.report} | ${wanted.length} | ${hit.length} | ${missed.join(', ') || '–'} | ${defensible.join(', ') || '–'} | ${other.join(', ') || '–'} |`,
    );
  }
  print();
  print(`recall: ${found} of ${all} target codes (${ratio(found, all)})`);
}

/** Paragraphs of Markdown as plain text: no images, link targets, list or heading marks. */
function paragraphs(markdown) {
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/^summary:\s*/gm, '')
        .replace(/^\s*(#+|[-*•]|>|\d+\.)\s*/gm, '')
        .replace(/\*\*|__/g, '')
        .trim(),
    )
    .filter((block) => block.length > 0);
}
