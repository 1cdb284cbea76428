// The code saturation chapter: the method, the interviews in order, the sensitivity table, the curve, per group.
import type { Saturation, SaturationParameters } from '../../aggregate/saturation.js';
import { percent, type ChartFile } from '../charts.js';
import type { ReportData } from '../report-data.js';
import type { ReportTexts } from '../texts.js';
import { text, type Block } from './model.js';
import { cell, column, table } from './overview.js';

/** Interviews listed one by one in the report; all of them are in saturation-curve.csv. */
const LISTED_INTERVIEWS = 60;

/** "b = 4, r = 2, t = 5%". */
export function parametersLabel(parameters: SaturationParameters): string {
  return `b = ${parameters.base}, r = ${parameters.run}, t = ${percent(parameters.threshold)}`;
}

/** "6+2", "not reached", or why it cannot be reached; `long` adds the parameters. */
export function saturationLabel(saturation: Saturation, documents: number, texts: ReportTexts, long: boolean): string {
  const { base, run } = saturation.parameters;
  const parameters = parametersLabel(saturation.parameters);
  if (saturation.point !== null) return long ? texts.reachedAt(`${saturation.point}+${run}`, parameters) : `${saturation.point}+${run}`;
  const reason = documents < base + run ? texts.tooFewInterviews(documents, base + run) : texts.notReachedShort;
  return long ? texts.notReached(`${parameters}; ${reason}`) : reason;
}

/** Code saturation: the method, the interviews in order, the sensitivity table, the curve, per group. */
export function saturationBlocks(data: ReportData, texts: ReportTexts, charts: readonly ChartFile[]): Block[] {
  const c = texts.columns;
  const { count } = texts.numbers;
  const { steps, chosen, sensitivity } = data.saturation;
  const dated = steps.filter((step) => step.document.date !== null).length;
  const date = (step: (typeof steps)[number]) => {
    const reading = step.document.interviewDate?.date;
    return reading ? texts.numbers.date(reading) : (step.document.date ?? '');
  };
  const listed = steps
    .slice(0, LISTED_INTERVIEWS)
    .map((step, index) =>
      [index + 1, step.document.id, date(step), step.newCodes.length, step.cumulative].map((value) => cell(value, count)),
    );
  const blocks: Block[] = [
    { kind: 'heading', level: 2, content: text(texts.saturation) },
    { kind: 'paragraph', content: text(texts.saturationIntro) },
    { kind: 'paragraph', content: text(texts.saturationOrder(dated, steps.length)) },
    { kind: 'paragraph', content: text(saturationLabel(chosen, steps.length, texts, true)), strong: true },
    { kind: 'chart', chart: charts.find((entry) => entry.name === 'saturation.svg')! },
    table([column('#', true), column(c.interview), column(c.date), column(c.newCodes, true), column(c.cumulative, true)], listed, 2),
  ];
  if (steps.length > LISTED_INTERVIEWS)
    blocks.push({ kind: 'paragraph', content: text(`(${LISTED_INTERVIEWS} / ${count(steps.length)}: saturation-curve.csv)`) });
  blocks.push(
    { kind: 'heading', level: 3, content: text(texts.sensitivity) },
    table(
      [column(c.base, true), column(c.run, true), column(c.threshold, true), column(c.saturation)],
      sensitivity.map((entry) =>
        [
          entry.parameters.base,
          entry.parameters.run,
          percent(entry.parameters.threshold),
          saturationLabel(entry, steps.length, texts, false),
        ].map((value) => cell(value, count)),
      ),
      0,
    ),
  );
  if (data.groupSaturation.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, content: text(texts.perGroup) },
      table(
        [
          column(texts.settings.by),
          column(c.group),
          column(c.documents, true),
          column(`${c.saturation} (${parametersLabel(data.settings.saturation)})`),
        ],
        data.groupSaturation.map((entry) =>
          [
            entry.attribute,
            entry.value ?? texts.unknownGroup,
            entry.analysis.steps.length,
            saturationLabel(entry.analysis.chosen, entry.analysis.steps.length, texts, false),
          ].map((value) => cell(value, count)),
        ),
        2,
      ),
    );
  }
  return blocks;
}
