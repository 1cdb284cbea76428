import type { ChalkInstance } from 'chalk';
import { formatCheckGithub } from '../check/format.js';
import type { Point } from '../model/position.js';
import { FINDING_KINDS, type Finding, type FindingKind } from '../privacy/finding.js';
import { maskFinding } from '../privacy/mask.js';
import { createLocator } from '../text/locate.js';

/** A finding as scan reports it: where, what kind, masked, how sure; with --pseudonymise, its placeholder. */
export interface ReportedFinding {
  readonly file: string;
  readonly start: Point;
  readonly end: Point;
  readonly kind: FindingKind;
  /** The matched text masked (`06-****5678`): scan never prints a value whole. */
  readonly masked: string;
  readonly confidence: number;
  readonly reason: string;
  readonly placeholder: string | null;
}

/** What a scan found in the files it read. */
export interface ScanSummary {
  readonly files: readonly string[];
  readonly findings: readonly ReportedFinding[];
  readonly minConfidence: number;
}

/** The findings of one file located in its text, in order; `placeholders` by finding start, when pseudonymised. */
export function reportFindings(
  file: string,
  text: string,
  findings: readonly Finding[],
  placeholders?: ReadonlyMap<number, string>,
): ReportedFinding[] {
  const locator = createLocator(text);
  return findings.map((finding) => ({
    file,
    start: locator.point(finding.start),
    end: locator.point(finding.end),
    kind: finding.kind,
    masked: maskFinding(finding),
    confidence: finding.confidence,
    reason: finding.reason,
    placeholder: placeholders?.get(finding.start) ?? null,
  }));
}

/** `scan --format text`: `file:line:column  kind  masked  confidence  reason`, then a count. */
export function formatScanText(summary: ScanSummary, chalk: ChalkInstance): string {
  const lines = summary.findings.map((finding) => {
    const replaced = finding.placeholder === null ? '' : `  → ${finding.placeholder}`;
    return `${finding.file}:${finding.start.line}:${finding.start.column}  ${chalk.red(finding.kind)}  ${finding.masked}  ${finding.confidence.toFixed(2)}  ${chalk.dim(finding.reason)}${replaced}\n`;
  });
  const files = summary.files.length;
  const threshold = `confidence ${summary.minConfidence} or more`;
  if (summary.findings.length === 0)
    return `${chalk.green('✔')} no likely personal data in ${plural(files, 'transcript')} (${threshold})\n`;
  const withFindings = new Set(summary.findings.map((finding) => finding.file)).size;
  const kinds = countKinds(summary.findings)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  return `${lines.join('')}${plural(summary.findings.length, 'finding')} in ${withFindings} of ${plural(files, 'transcript')} (${kinds}; ${threshold})\n`;
}

/** `scan --format json`: every finding located and masked, and the counts. */
export function formatScanJson(summary: ScanSummary): string {
  const value = {
    files: summary.files,
    minConfidence: summary.minConfidence,
    findings: summary.findings.map((finding) => ({
      file: finding.file,
      line: finding.start.line,
      column: finding.start.column,
      endLine: finding.end.line,
      endColumn: finding.end.column,
      kind: finding.kind,
      masked: finding.masked,
      confidence: finding.confidence,
      reason: finding.reason,
      ...(finding.placeholder === null ? {} : { placeholder: finding.placeholder }),
    })),
    summary: {
      findings: summary.findings.length,
      files: new Set(summary.findings.map((finding) => finding.file)).size,
      kinds: Object.fromEntries(countKinds(summary.findings)),
    },
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** `scan --format github`: one error annotation per finding, so that it shows on the line in a pull request. */
export function formatScanGithub(summary: ScanSummary): string {
  return formatCheckGithub(
    summary.findings.map((finding) => ({
      file: finding.file,
      place: finding.start,
      severity: 'error',
      reason: `likely personal data (${finding.kind}, confidence ${finding.confidence.toFixed(2)}): ${finding.masked}; ${finding.reason}`,
      ruleId: `personal-data-${finding.kind}`,
    })),
  );
}

/** Findings per kind, in the order of FINDING_KINDS, leaving out kinds not found. */
function countKinds(findings: readonly ReportedFinding[]): [FindingKind, number][] {
  return FINDING_KINDS.map((kind): [FindingKind, number] => [kind, findings.filter((finding) => finding.kind === kind).length]).filter(
    ([, count]) => count > 0,
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
