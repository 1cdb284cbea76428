import type { ReportLanguage } from '../results/summary-md.js';
import type { NumberFormat } from './number-format.js';
import { EN_TEXTS } from './texts-en.js';
import { NL_TEXTS } from './texts-nl.js';

/** Every word of the report in Dutch and English. */
export interface ReportTexts {
  readonly numbers: NumberFormat;
  readonly title: string;
  readonly intro: (documents: number, codebooks: string, unit: string, version: string) => string;
  readonly proposal: string;
  readonly units: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly redThreads: (minShare: string, by: readonly string[]) => string;
  readonly noRedThreads: (minShare: string) => string;
  readonly topThemes: string;
  readonly saturationSummary: string;
  readonly reachedAt: (point: string, parameters: string) => string;
  readonly notReached: (parameters: string) => string;
  readonly themes: string;
  readonly codes: string;
  readonly columns: {
    readonly rank: string;
    readonly theme: string;
    readonly code: string;
    readonly documents: string;
    readonly share: string;
    readonly segments: string;
    readonly speakers: string;
    readonly negated: string;
    readonly redThread: string;
    readonly group: string;
    readonly together: string;
    readonly jaccard: string;
    readonly interview: string;
    readonly date: string;
    readonly newCodes: string;
    readonly cumulative: string;
    readonly base: string;
    readonly run: string;
    readonly threshold: string;
    readonly saturation: string;
    readonly hash: string;
    readonly file: string;
  };
  readonly yes: string;
  readonly shareOfInterviews: string;
  readonly chartThemes: string;
  readonly chartCodes: string;
  readonly redThreadLine: (minShare: string) => string;
  readonly byAttribute: (attribute: string) => string;
  readonly groupSizes: string;
  readonly unknownGroup: string;
  readonly onlyIn: (label: string, group: string, documents: number) => string;
  readonly chartGroups: (attribute: string) => string;
  readonly cooccurrence: string;
  readonly cooccurrenceIntro: string;
  readonly perSegment: string;
  readonly perDocument: string;
  readonly noCooccurrence: string;
  readonly quotes: string;
  readonly quotesIntro: string;
  readonly interviewsWith: (documents: number) => string;
  readonly noQuotes: string;
  readonly negatedMention: string;
  readonly lines: (start: number, end: number) => string;
  readonly saturation: string;
  readonly saturationIntro: string;
  readonly saturationOrder: (dated: number, total: number) => string;
  readonly saturationDefault: (result: string) => string;
  readonly sensitivity: string;
  readonly perGroup: string;
  readonly chartSaturation: string;
  readonly cumulativeLegend: string;
  readonly newCodesLegend: string;
  readonly xAxis: string;
  readonly yAxis: string;
  readonly saturationMarker: (point: string) => string;
  readonly notReachedShort: string;
  readonly tooFewInterviews: (documents: number, needed: number) => string;
  readonly manifest: string;
  readonly manifestTool: (report: string, coding: string) => string;
  readonly manifestCodebooks: string;
  /** Followed by the corpus hash. */
  readonly manifestTranscripts: (count: string) => string;
  readonly manifestSettings: string;
  readonly documentHashes: string;
  readonly appendix: string;
  readonly contents: string;
  readonly notes: string;
  readonly quoteSource: (document: string, lines: string) => string;
  readonly smallGroups: (minimum: number, groups: string) => string;
  readonly smallGroupLegend: (minimum: number) => string;
  readonly noValueLegend: string;
  readonly runLegend: (run: number) => string;
  readonly settings: {
    readonly unit: string;
    readonly interviewers: string;
    readonly minShare: string;
    readonly by: string;
    readonly quotes: string;
    readonly saturation: string;
    readonly language: string;
    readonly quoteLabel: string;
    readonly quoteLabelDefault: string;
    readonly minGroupSize: string;
    readonly none: string;
    readonly no: string;
  };
  readonly noCodes: string;
}

/** The texts of a report language. */
export function reportTexts(language: ReportLanguage): ReportTexts {
  return language === 'nl' ? NL_TEXTS : EN_TEXTS;
}
