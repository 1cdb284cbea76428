import type { Saturation, SaturationParameters } from '../aggregate/saturation.js';
import { percent } from './charts.js';
import type { ChartFile } from './charts.js';
import { image, table } from './markdown-table.js';
import { markdownText } from '../text/markdown.js';
import type { ReportData } from './report-data.js';
import type { ReportTexts } from './texts.js';

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
export function saturationSection(data: ReportData, texts: ReportTexts, charts: readonly ChartFile[]): string[] {
  const c = texts.columns;
  const { steps, chosen, sensitivity } = data.saturation;
  const dated = steps.filter((step) => step.document.date !== null).length;
  const listed = steps
    .slice(0, LISTED_INTERVIEWS)
    .map((step, index) => [
      index + 1,
      markdownText(step.document.id),
      markdownText(step.document.date ?? ''),
      step.newCodes.length,
      step.cumulative,
    ]);
  const lines = [
    `## ${texts.saturation}`,
    '',
    texts.saturationIntro,
    '',
    texts.saturationOrder(dated, steps.length),
    '',
    `**${saturationLabel(chosen, steps.length, texts, true)}**`,
    '',
    image(charts, 'saturation.svg'),
    '',
    ...table(['#', c.interview, c.date, c.newCodes, c.cumulative], listed, 'rllrr'),
    '',
  ];
  if (steps.length > LISTED_INTERVIEWS) lines.push(`(${LISTED_INTERVIEWS} / ${steps.length}: saturation-curve.csv)`, '');
  lines.push(
    `### ${texts.sensitivity}`,
    '',
    ...table(
      [c.base, c.run, c.threshold, c.saturation],
      sensitivity.map((entry) => [
        entry.parameters.base,
        entry.parameters.run,
        percent(entry.parameters.threshold),
        saturationLabel(entry, steps.length, texts, false),
      ]),
      'rrrl',
    ),
    '',
  );
  if (data.groupSaturation.length > 0) {
    lines.push(
      `### ${texts.perGroup}`,
      '',
      ...table(
        [texts.settings.by, c.group, c.documents, `${c.saturation} (${parametersLabel(data.settings.saturation)})`],
        data.groupSaturation.map((entry) => [
          markdownText(entry.attribute),
          entry.value === null ? texts.unknownGroup : markdownText(entry.value),
          entry.analysis.steps.length,
          saturationLabel(entry.analysis.chosen, entry.analysis.steps.length, texts, false),
        ]),
        'llrl',
      ),
      '',
    );
  }
  return lines;
}
