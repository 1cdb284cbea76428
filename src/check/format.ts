import type { Codebook } from '../model/codebook.js';
import { countDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { describeCounts, formatDiagnostic, PLAIN, sortDiagnostics, type TextStyle } from '../text/diagnostics.js';
import type { CheckResult } from './check.js';
import { allCodes } from './context.js';
import type { PatternForms } from './word-forms.js';

/** `check --format json`: the codebooks, every diagnostic (sorted) and the counts. */
export function formatCheckJson(
  codebooks: readonly Codebook[],
  files: readonly string[],
  diagnostics: readonly Diagnostic[],
  wordForms: readonly PatternForms[] | null = null,
): string {
  const value = {
    files,
    codebooks: codebooks.map((codebook) => ({ file: codebook.file, id: codebook.id, version: codebook.version, sha256: codebook.sha256 })),
    diagnostics: diagnostics.map((diagnostic) => ({
      file: diagnostic.file,
      line: diagnostic.place?.line ?? null,
      column: diagnostic.place?.column ?? null,
      severity: diagnostic.severity,
      message: diagnostic.reason,
      ruleId: diagnostic.ruleId,
    })),
    summary: countDiagnostics(diagnostics),
    ...(wordForms === null
      ? {}
      : {
          wordForms: wordForms.map(({ file, place, code, list, pattern, forms }) => ({
            file,
            line: place.line,
            column: place.column,
            code,
            list,
            pattern,
            forms,
          })),
        }),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

const COMMANDS: Readonly<Record<Diagnostic['severity'], string>> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * `check --format github`: GitHub Actions workflow commands, so problems show inline on a pull
 * request (`::error file=…,line=…,col=…,title=…::message`).
 */
export function formatCheckGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((diagnostic) => {
      const properties = [`file=${escapeProperty(diagnostic.file)}`];
      if (diagnostic.place) properties.push(`line=${diagnostic.place.line}`, `col=${diagnostic.place.column}`);
      properties.push(`title=${escapeProperty(`rodedraad ${diagnostic.ruleId}`)}`);
      return `::${COMMANDS[diagnostic.severity]} ${properties.join(',')}::${escapeData(diagnostic.reason)}\n`;
    })
    .join('');
}

// The escaping GitHub's toolkit (@actions/core) applies to workflow command data and properties.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `check --corpus` in text: every pattern with the word forms it matched, as
 * `file:line:column  code  list pattern  form ×count, ...`, so that a stem reaching other words shows.
 */
export function formatWordForms(wordForms: readonly PatternForms[]): string {
  if (wordForms.length === 0) return '';
  const lines = wordForms.map(({ file, place, code, list, pattern, forms }) => {
    const found = forms.length === 0 ? 'no match' : forms.map((entry) => `${entry.form} ×${entry.count}`).join(', ');
    return `${file}:${place.line}:${place.column}  ${code}  ${list} ${JSON.stringify(pattern)}: ${found}\n`;
  });
  return `word forms matched in the corpus, per pattern:\n${lines.join('')}`;
}

/** The output formats of `check`. */
export type CheckFormat = 'text' | 'json' | 'github';

/**
 * The output of `check` in a format, as `rodedraad check` prints it on standard output: the
 * diagnostics sorted, and in text the word forms and a last line counting what was found.
 */
export function formatCheckResult(result: CheckResult, files: readonly string[], format: CheckFormat, style: TextStyle = PLAIN): string {
  const diagnostics = sortDiagnostics(result.diagnostics);
  if (format === 'json') return formatCheckJson(result.codebooks, files, diagnostics, result.wordForms);
  if (format === 'github') return formatCheckGithub(diagnostics);
  const lines = diagnostics.map((diagnostic) => `${formatDiagnostic(diagnostic, style)}\n`).join('');
  const forms = result.wordForms === null ? '' : formatWordForms(result.wordForms);
  const found = diagnostics.length === 0 ? style.green('✔ no problems') : describeCounts(countDiagnostics(diagnostics));
  return `${lines}${forms}${found} in ${plural(files.length, 'codebook')} (${plural(allCodes(result.codebooks).length, 'code')})\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
