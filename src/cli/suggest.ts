import path from 'node:path';
import { UserError, type Diagnostic } from '../model/diagnostic.js';
import { RESULT_FILE } from '../model/result.js';
import { formatSuggestionsMarkdown } from '../suggest/format-md.js';
import { formatSuggestionsYaml } from '../suggest/format-yaml.js';
import { loadDutchWords } from '../suggest/load-words.js';
import type { SuggestSettings } from '../suggest/model.js';
import type { SuggestReport } from '../suggest/report-model.js';
import { suggestCodes } from '../suggest/suggest.js';
import { displayPath } from '../text/paths.js';
import { findInputInside } from './clash.js';
import { EXIT_OK, type Io } from './io.js';
import { SUGGEST_OUTPUTS } from './known-outputs.js';
import { languageOption, type CodingOptions } from './options.js';
import { OutputFolder, resolveOut } from './output-dir.js';
import { checkAttributes, fromResult, fromTranscripts, resultLocation } from './suggest-inputs.js';
import { createChalk, printDiagnostics } from './terminal.js';

/** Options of `rodedraad suggest` as commander parses them. */
export interface SuggestOptions extends CodingOptions {
  readonly codebook: readonly string[];
  readonly out: string;
  readonly minInterviews: string;
  readonly top: string;
  readonly by?: string;
  readonly lang?: string;
  readonly quiet?: boolean;
  readonly color?: boolean;
}

/** `rodedraad suggest <paths...>`: candidate codes for what recurs in the gap of the codebooks, into --out. */
export async function runSuggest(paths: readonly string[], options: SuggestOptions, io: Io): Promise<number> {
  const chalk = createChalk(io.stderr, io.env, options.color !== false);
  const minInterviews = count(options.minInterviews, '--min-interviews');
  const top = count(options.top, '--top');
  const by = [
    ...new Set(
      (options.by ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== ''),
    ),
  ];
  const out = resolveOut(options.out, io.cwd);
  const shownOut = displayPath(out, io.cwd);
  const diagnostics: Diagnostic[] = [];
  const input = (await resultLocation(paths, io.cwd))
    ? await fromResult(paths[0]!, options, io, diagnostics)
    : await fromTranscripts(paths, options, out, io, diagnostics);
  checkAttributes(input.documents, by, diagnostics);
  const language = input.codebooks[0]?.language ?? 'nl';
  const settings: SuggestSettings = Object.freeze({
    minInterviews,
    top,
    language,
    outputLanguage: languageOption(options.lang) ?? language,
    by: Object.freeze(by),
  });
  const dutch = language === 'nl' ? await loadDutchWords() : null;
  const report = suggestCodes(input.documents, input.matcher, input.codebooks, settings, dutch);
  if (report.reachedTokens === 0) {
    diagnostics.push({
      file: paths.join(', '),
      severity: 'warning',
      reason:
        'the codebooks reach no respondent sentence, so keyness cannot be computed; terms are ranked by interviews only (check that --codebook fits the transcripts)',
      ruleId: 'no-coverage',
    });
  }
  // A results folder's own result.json stays in it (the new folder keeps the coding results).
  const clash = await findInputInside(out, input.inputs, (absolute) => absolute === path.join(out, RESULT_FILE));
  if (clash) throw new UserError(`${clash.display}: is an input and would be overwritten by the output; choose another --out`);
  // Coding results, a report and an agreement in the folder stay; earlier suggestions are replaced.
  const folder = await OutputFolder.create(out, { shown: shownOut, cwd: io.cwd, keep: ['code', 'report', 'agree'], signal: io.signal });
  for (const note of folder.notes) io.stderr.write(`rodedraad: ${note}\n`);
  try {
    await folder.writeFile('suggestions.md', formatSuggestionsMarkdown(report));
    await folder.writeFile('suggestions.yaml', formatSuggestionsYaml(report));
    await folder.commit();
  } catch (error) {
    await folder.discard();
    throw error;
  }
  printDiagnostics(diagnostics, io.stderr, chalk, true);
  if (options.quiet !== true) io.stdout.write(summary(report));
  io.stderr.write(
    `${chalk.green('✔')} ${report.candidates.length} candidate${report.candidates.length === 1 ? '' : 's'} from ${report.documents} interviews; wrote ${shownOut}/: ${SUGGEST_OUTPUTS.join(', ')}\n`,
  );
  return EXIT_OK;
}

function count(value: string, flag: string): number {
  const number = Number(value.trim());
  if (value.trim() === '' || !Number.isInteger(number) || number < 1)
    throw new UserError(`${flag} must be a whole number of 1 or more; found "${value}"`);
  return number;
}

/** What stdout shows: the candidates, one line each. */
function summary(report: SuggestReport): string {
  const nl = report.language === 'nl';
  if (report.candidates.length === 0) return nl ? 'Geen kandidaten gevonden.\n' : 'No candidates found.\n';
  const lines = report.candidates.map(
    (candidate) =>
      `${candidate.rank}. ${candidate.label} (${candidate.documents.length} interviews, ${candidate.segments.length} ${nl ? 'segmenten' : 'segments'}): ${candidate.stub.id}`,
  );
  return `${lines.join('\n')}\n`;
}
