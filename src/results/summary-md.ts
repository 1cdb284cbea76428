import type { CorpusTally } from '../aggregate/tally.js';
import type { Codebook } from '../model/codebook.js';
import type { CodingSettings } from '../model/settings.js';
import type { SegmentUnit } from '../model/segment.js';
import { labelWithId, markdownCode, markdownText } from '../text/markdown.js';

/** Languages of reports and summaries. */
export type ReportLanguage = 'nl' | 'en';

const TEXT = {
  nl: {
    title: 'rodedraad: samenvatting van de codering',
    documents: 'Documenten',
    segments: (all: number, respondent: number, words: number) => `${all}, waarvan ${respondent} van respondenten (${words} woorden)`,
    segmentsLabel: 'Segmenten',
    coded: (coded: number, of: number, share: string, interviewers: boolean) =>
      `${coded} van de ${of} ${interviewers ? 'segmenten van respondenten en interviewers' : 'respondentsegmenten'} (${share}) hebben minstens één code`,
    codedLabel: 'Gecodeerd',
    codebooks: 'Codeboeken',
    codes: (count: number) => `${count} codes`,
    unit: 'Eenheid',
    units: { turn: 'beurt', paragraph: 'alinea', sentence: 'zin' } as Record<SegmentUnit, string>,
    codesHeading: 'Codes',
    columns: ['thema', 'code', 'documenten', 'segmenten', 'ontkend'],
    notFound: 'Niet gevonden',
    none: 'geen',
    onlyNegated: 'alleen ontkend',
    negatedNote:
      'Een document of segment heeft een code als de code er minstens één keer niet-ontkend in voorkomt. "ontkend": segmenten waarin de code alleen ontkend voorkomt ("ik heb nooit een wachtlijst gehad"); die tellen niet mee in de documenten en segmenten.',
  },
  en: {
    title: 'rodedraad: coding summary',
    documents: 'Documents',
    segments: (all: number, respondent: number, words: number) => `${all}, of which ${respondent} by respondents (${words} words)`,
    segmentsLabel: 'Segments',
    coded: (coded: number, of: number, share: string, interviewers: boolean) =>
      `${coded} of ${of} ${interviewers ? 'respondent and interviewer segments' : 'respondent segments'} (${share}) have at least one code`,
    codedLabel: 'Coded',
    codebooks: 'Codebooks',
    codes: (count: number) => `${count} codes`,
    unit: 'Unit',
    units: { turn: 'turn', paragraph: 'paragraph', sentence: 'sentence' } as Record<SegmentUnit, string>,
    codesHeading: 'Codes',
    columns: ['theme', 'code', 'documents', 'segments', 'negated'],
    notFound: 'Not found',
    none: 'none',
    onlyNegated: 'only negated',
    negatedNote:
      'A document or segment has a code when the code occurs in it at least once not negated. "negated": segments where the code occurs only negated ("I never had a waiting list"); they are not counted in the documents and segments.',
  },
} as const;

/** The short overview written to summary.md and printed after coding. */
export function formatSummary(
  tally: CorpusTally,
  codebooks: readonly Codebook[],
  settings: CodingSettings,
  language: ReportLanguage,
): string {
  const text = TEXT[language];
  const lines = [
    `# ${text.title}`,
    '',
    `- ${text.documents}: ${tally.documents}`,
    `- ${text.segmentsLabel}: ${text.segments(tally.segments, tally.respondentSegments, tally.respondentWords)}`,
    `- ${text.codedLabel}: ${text.coded(tally.codedSegments, tally.codedUnits, percent(tally.codedSegments, tally.codedUnits), settings.includeInterviewer)}`,
    `- ${text.codebooks}: ${codebooks.map((codebook) => `${markdownText(codebook.id)} ${markdownText(codebook.version)} (${text.codes(codebook.themes.reduce((sum, theme) => sum + theme.codes.length, 0))})`).join(', ')}`,
    `- ${text.unit}: ${text.units[settings.unit]}`,
    '',
    `## ${text.codesHeading}`,
    '',
    `| ${text.columns.join(' | ')} |`,
    '|---|---|---:|---:|---:|',
  ];
  for (const entry of tally.codes) {
    const { theme, code } = entry.code;
    lines.push(
      `| ${markdownText(theme.label)} | ${labelWithId(code.label, code.id)} | ${entry.documents} (${percent(entry.documents, tally.documents)}) | ${entry.segments} | ${entry.negated} |`,
    );
  }
  const missing = tally.codes
    .filter((entry) => entry.documents === 0)
    .map((entry) => `${markdownCode(entry.code.code.id)}${entry.negated > 0 ? ` (${text.onlyNegated})` : ''}`);
  lines.push('', `${text.notFound}: ${missing.length > 0 ? missing.join(', ') : text.none}.`, '', text.negatedNote, '');
  return lines.join('\n');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`;
}
