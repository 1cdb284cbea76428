import { buildCorpus, type CodedCorpus, type CorpusDocument } from '../aggregate/corpus.js';
import { cooccurrence, type Cooccurrence } from '../aggregate/cooccurrence.js';
import { groupBy, isRedThread, type Grouping } from '../aggregate/groups.js';
import { codePrevalence, themePrevalence, type CodePrevalence, type ThemePrevalence } from '../aggregate/prevalence.js';
import { selectQuotes, type CodeQuotes } from '../aggregate/quotes.js';
import {
  findSaturation,
  interviewOrder,
  SATURATION_SENSITIVITY,
  saturationSteps,
  type Saturation,
  type SaturationParameters,
  type SaturationStep,
} from '../aggregate/saturation.js';
import type { CodingResult } from '../model/result.js';
import type { ReportLanguage } from '../results/summary-md.js';
import type { QuoteLabel } from './quote-label.js';

/** Validated settings of a report. */
export interface ReportSettings {
  readonly minShare: number;
  readonly by: readonly string[];
  readonly quotes: number;
  readonly saturation: SaturationParameters;
  readonly language: ReportLanguage;
  /** How quotes are attributed; null: by document id and lines. */
  readonly quoteLabel: QuoteLabel | null;
  /** The template as given, for the manifest. */
  readonly quoteLabelTemplate: string | null;
  /** Groups of fewer interviews are marked as too small to compare. */
  readonly minGroupSize: number;
}

/** Saturation of one set of interviews: the steps, the result with the chosen parameters, the sensitivity table. */
export interface SaturationAnalysis {
  readonly steps: readonly SaturationStep[];
  readonly chosen: Saturation;
  readonly sensitivity: readonly Saturation[];
}

/** Everything a report shows, counted once. */
export interface ReportData {
  readonly result: CodingResult;
  readonly settings: ReportSettings;
  readonly corpus: CodedCorpus;
  readonly themes: readonly ThemePrevalence[];
  readonly codes: readonly CodePrevalence[];
  readonly redThreads: ReadonlySet<string>;
  readonly groupings: readonly Grouping[];
  readonly cooccurrence: readonly Cooccurrence[];
  readonly quotes: ReadonlyMap<string, CodeQuotes>;
  readonly saturation: SaturationAnalysis;
  /** Saturation within each group of each grouping, in grouping and group order. */
  readonly groupSaturation: readonly { readonly attribute: string; readonly value: string | null; readonly analysis: SaturationAnalysis }[];
}

/** Count everything the report needs from a coding result. */
export function analyse(result: CodingResult, settings: ReportSettings): ReportData {
  const corpus = buildCorpus(result);
  const codes = codePrevalence(corpus.codes, corpus.documents);
  const groupings = settings.by.map((attribute) => groupBy(corpus, attribute));
  const saturate = (documents: readonly CorpusDocument[]): SaturationAnalysis => {
    const steps = saturationSteps(interviewOrder(documents), corpus.codes);
    return {
      steps,
      chosen: findSaturation(steps, settings.saturation),
      sensitivity: SATURATION_SENSITIVITY.map((parameters) => findSaturation(steps, parameters)),
    };
  };
  return {
    result,
    settings,
    corpus,
    themes: themePrevalence(corpus.themes, corpus.documents),
    codes,
    redThreads: new Set(codes.filter((entry) => isRedThread(entry, settings.minShare, groupings)).map((entry) => entry.code.id)),
    groupings,
    cooccurrence: cooccurrence(corpus),
    quotes: new Map(corpus.codes.map((code) => [code.id, selectQuotes(corpus, code.id, settings.quotes)])),
    saturation: saturate(corpus.documents),
    groupSaturation: groupings.flatMap((grouping) =>
      grouping.groups.map((group) => ({ attribute: grouping.attribute, value: group.value, analysis: saturate(group.documents) })),
    ),
  };
}
