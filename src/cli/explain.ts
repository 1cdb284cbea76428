import { compileMatcher } from '../code/matcher.js';
import { explainText, type ExplainedCode, type Explanation } from '../code/explain.js';
import type { AtomKind } from '../code/lexicon.js';
import type { NegationRule } from '../code/negation.js';
import type { Codebook } from '../model/codebook.js';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import { loadCodebooks } from '../pipeline/load-codebooks.js';
import { EXIT_OK, type Io } from './io.js';
import { createChalk, printDiagnostics } from './terminal.js';

/** Options of `rodedraad explain` as commander parses them. */
export interface ExplainOptions {
  readonly codebook: readonly string[];
  readonly section?: string;
  readonly question?: string;
  readonly format: string;
  readonly color?: boolean;
}

const RULES: Readonly<Record<NegationRule, string>> = {
  'in-hit': 'a cue between the words of the hit',
  before: 'a cue before it in its clause',
  after: 'a cue after it in its clause',
  'before-verb': 'a cue before the verb in its clause',
  'after-verb': 'a cue after the verb in its clause (it negates the verb, not a noun before it)',
  subject: 'niemand or niets as the subject negates the verb of its clause',
  zonder: 'zonder negates the noun after it (zonder dat: its clause)',
  'after-having-or-being': 'a cue that ends the clause of a verb of having or being negates the noun before it',
};

const OUTCOMES: Readonly<Record<ExplainedCode['outcome'], string>> = {
  coded: 'coded',
  negated: 'coded as a negated mention: every hit is negated (negation: flag)',
  'out-of-scope': 'not coded: its section: or question: does not hold for this text',
  vetoed: 'not coded: an unless pattern vetoes its hits',
  incomplete: 'not coded: an all: entry misses one of its patterns',
  'not-counted': 'not coded: its negation mode leaves out every hit',
};

/** `rodedraad explain "<text>"`: how the codebooks read one text; for codebook writers. */
export async function runExplain(text: string, options: ExplainOptions, io: Io): Promise<number> {
  if (options.format !== 'text' && options.format !== 'json')
    throw new UserError(`--format must be text or json; found "${options.format}"`);
  const warnings: Diagnostic[] = [];
  const codebooks = await loadCodebooks(options.codebook, io.cwd, (diagnostic) => warnings.push(diagnostic));
  if (warnings.length > 0) printDiagnostics(warnings, io.stderr, createChalk(io.stderr, io.env, options.color !== false), false);
  const context = { section: options.section ?? null, question: options.question ?? null };
  const explanation = explainText(compileMatcher(codebooks), text, context);
  const head = codebooks.map((codebook) => ({ id: codebook.id, version: codebook.version, language: codebook.language }));
  io.stdout.write(
    options.format === 'json' ? `${JSON.stringify({ codebooks: head, ...explanation }, null, 2)}\n` : formatText(explanation, codebooks),
  );
  return EXIT_OK;
}

function formatText(explanation: Explanation, codebooks: readonly Codebook[]): string {
  const lines: string[] = [`text: ${JSON.stringify(explanation.text)}`];
  if (explanation.context.section !== null) lines.push(`section: ${JSON.stringify(explanation.context.section)}`);
  if (explanation.context.question !== null) lines.push(`question: ${JSON.stringify(explanation.context.question)}`);
  lines.push(
    `codebooks: ${codebooks.map((codebook) => `${codebook.id} ${codebook.version} (${codebook.language})`).join(', ')}`,
    '',
    'words:',
  );
  const languages = [...new Set(codebooks.map((codebook) => codebook.language))];
  const rows = [
    ['#', 'word', 'form', ...languages.map((language) => `stem ${language}`), 'verb', 'sentence', 'clause', ''],
    ...explanation.tokens.map((token) => [
      String(token.number),
      token.word,
      token.form,
      ...languages.map((language) => token.stems[language] ?? ''),
      token.verbs.join(', '),
      String(token.sentence),
      String(token.clause),
      token.cue ? 'negation cue' : '',
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) lines.push(`  ${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}`.trimEnd());
  lines.push('', 'patterns that matched:');
  if (explanation.hits.length === 0) lines.push('  none');
  for (const hit of explanation.hits) {
    const uses = hit.uses.map((use) => `${use.list} of ${use.code}`).join(', ');
    const numbers = hit.words.map((word) => word.number);
    const where =
      numbers.length === 0 ? '' : numbers.length === 1 ? ` (word ${numbers[0]})` : ` (words ${numbers[0]}-${numbers[numbers.length - 1]})`;
    lines.push(`  ${JSON.stringify(hit.text)}${where} by ${JSON.stringify(hit.pattern)} (${uses})`);
    if (hit.words.length === 0 || hit.pattern.startsWith('/')) lines.push('    a regular expression over the text');
    for (const word of hit.words) {
      const token = explanation.tokens[word.number - 1]!;
      lines.push(`    ${word.number} ${token.word}: ${word.tests.map(describeTest).join('; ')}`);
    }
  }
  lines.push('', 'codes:');
  if (explanation.codes.length === 0) lines.push('  none reached');
  for (const code of explanation.codes) {
    lines.push(`  ${code.code} (negation: ${code.negation}): ${OUTCOMES[code.outcome]}`);
    for (const hit of code.hits) {
      const negation = hit.cue
        ? `negated by "${hit.cue.word}" (word ${hit.cue.number}): ${RULES[hit.cue.rule]}`
        : hit.mode === 'ignore'
          ? 'negation ignored'
          : 'not negated';
      lines.push(
        `    ${JSON.stringify(hit.text)} by ${JSON.stringify(hit.pattern)}: ${negation}${hit.counts ? '' : `; left out (negation: ${hit.mode})`}`,
      );
    }
    for (const veto of code.vetoes)
      lines.push(`    vetoed in its ${veto.within} by unless ${JSON.stringify(veto.pattern)}: ${JSON.stringify(veto.text)}`);
  }
  return `${lines.join('\n')}\n`;
}

function describeTest(test: AtomKind): string {
  switch (test.kind) {
    case 'stem':
      return `stem "${test.key}"`;
    case 'exact':
      return `the exact form "${test.form}"`;
    case 'wildcard':
      return `wildcard "${test.glob}"`;
    case 'verb':
      return {
        form: `a form of the verb ${test.infinitive}`,
        split: `a form of ${test.infinitive} apart from its particle`,
        late: `a form of ${test.infinitive} after its particle`,
        particle: `the particle of ${test.infinitive}`,
      }[test.part];
  }
}
