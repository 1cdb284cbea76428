import { table } from '../report/markdown-table.js';
import { markdownCode, markdownText } from '../text/markdown.js';
import type { Locator } from '../text/locate.js';
import { codeSection, groupName } from './format-md-code.js';
import { codeNames, figure, type AgreementReport, type CodingInput } from './report-model.js';
import type { CandidateCodebook } from './suggest.js';
import { agreementTexts, type AgreementTexts } from './texts.js';
import type { UnitDocument } from './units.js';

/** agreement.md: the tables first (`summary`, also printed), then per code the disagreements with their text and what to change. */
export function formatAgreementMarkdown(
  report: AgreementReport,
  language: 'nl' | 'en',
  evidence: CandidateCodebook['evidence'] | null,
): { summary: string; markdown: string } {
  const texts = agreementTexts(language);
  const { comparison } = report;
  const lines = [
    `# ${texts.title}`,
    '',
    `- ${texts.reference}: ${describeInput(report.reference, texts)}`,
    `- ${texts.candidate}: ${describeInput(report.candidate, texts)}`,
    '',
    texts.compared(comparison.documents.length, comparison.segments, texts.units[comparison.unit], texts.overlap(report.minimumOverlap)),
    '',
    texts.overall(
      figure(comparison.overall.microF1),
      figure(comparison.overall.macroF1),
      comparison.overall.macroCodes,
      figure(comparison.overall.pooledKappa),
    ),
    '',
    `## ${texts.perCode}`,
    '',
    ...table(
      texts.header,
      comparison.codes.map(({ group, figures }) => [
        groupName(group),
        markdownText(codeNames(group.reference)),
        figures.both,
        figures.onlyReference,
        figures.onlyCandidate,
        ...[figures.precision, figures.recall, figures.f1, figures.kappa, figures.alpha, figures.percentAgreement].map(figure),
      ]),
      'llrrrrrrrrr',
    ),
    '',
    texts.definitions,
    '',
  ];
  for (const entry of report.reliability) {
    const names = entry.coders.map((coder) => markdownText(coder.name));
    lines.push(`### ${texts.across(markdownText(entry.file), names.join(', '))}`, '');
    const rows = entry.codes.map((row) => [groupName(row.group), ...row.counts, figure(row.alpha), figure(row.fleiss)]);
    rows.push([texts.pooled, ...entry.coders.map(() => ''), figure(entry.pooled.alpha), figure(entry.pooled.fleiss)]);
    lines.push(...table(texts.acrossHeader(names), rows, `l${'r'.repeat(names.length + 2)}`), '');
  }
  const onlyReference = report.unmatchedCodes.reference.map((code) => markdownText(code.path.join(' > ')));
  const onlyCandidate = report.unmatchedCodes.candidate.map((code) => markdownText(code.path.join(' > ')));
  if (onlyReference.length + onlyCandidate.length > 0) {
    lines.push(`## ${texts.notCompared}`, '');
    if (onlyReference.length > 0) lines.push(texts.onlyIn(texts.reference.toLowerCase(), onlyReference.join(', ')), '');
    if (onlyCandidate.length > 0) lines.push(texts.onlyIn(texts.candidate.toLowerCase(), onlyCandidate.join(', ')), '');
  }
  const summary = `${lines.join('\n').trimEnd()}\n`;
  const details = [`## ${texts.disagreements}`, ''];
  const locators = new WeakMap<UnitDocument, Locator>();
  comparison.codes.forEach((code, index) => {
    if (code.missed.length + code.extra.length === 0) return;
    details.push(...codeSection(code, report.suggestions?.[index] ?? null, texts, evidence, locators));
  });
  return { summary, markdown: `${summary}\n${details.join('\n').trimEnd()}\n` };
}

function describeInput(input: CodingInput, texts: AgreementTexts): string {
  const coders =
    input.coders.length === 0 || input.kind === 'rodedraad' ? '' : `; ${texts.coders}: ${input.coders.map(markdownText).join(', ')}`;
  return `${markdownCode(input.file)} (${texts.kinds[input.kind]}${coders})`;
}
