import { createHash } from 'node:crypto';
import type { ReportData } from './report-data.js';
import { renderBarChart } from './charts/bar-chart.js';
import { renderHeatmap } from './charts/heatmap.js';
import { renderSaturationChart } from './charts/saturation-chart.js';
import type { ReportTexts } from './texts.js';

/** A chart file of the report. */
export interface ChartFile {
  readonly name: string;
  readonly title: string;
  readonly svg: string;
}

/** A share as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * The file name of the chart of a --by attribute: `groups-` and the name in lowercase letters,
 * digits and hyphens. Where that is not the name itself (`Gemeente`, `a b`, `地区`, a long
 * name), a short hash of the exact name follows after `--`, which the readable part never
 * holds: distinct attributes get distinct files, and an attribute always the same one.
 */
export function groupChartName(attribute: string): string {
  const readable =
    attribute
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .replace(/-$/, '') || 'attribute';
  if (readable === attribute) return `groups-${readable}.svg`;
  return `groups-${readable}--${createHash('sha256').update(attribute).digest('hex').slice(0, 10)}.svg`;
}

/** The report's charts: themes, codes by theme, themes by group per --by attribute, saturation. */
export function renderCharts(data: ReportData, texts: ReportTexts): ChartFile[] {
  const threshold = { value: data.settings.minShare, label: texts.redThreadLine(percent(data.settings.minShare)) };
  const themeOrder = [...data.themes].sort((a, b) => a.rank - b.rank);
  const charts: ChartFile[] = [
    {
      name: 'prevalence-themes.svg',
      title: texts.chartThemes,
      svg: renderBarChart({
        title: texts.chartThemes,
        valueLabel: texts.shareOfInterviews,
        groups: [{ label: texts.themes, bars: themeOrder.map((entry) => ({ label: entry.theme.label, value: entry.share })) }],
        format: percent,
      }),
    },
    {
      name: 'prevalence-codes.svg',
      title: texts.chartCodes,
      svg: renderBarChart({
        title: texts.chartCodes,
        valueLabel: texts.shareOfInterviews,
        groups: data.corpus.themes.map((theme) => ({
          label: theme.label,
          bars: data.codes.filter((entry) => entry.code.theme === theme).map((entry) => ({ label: entry.code.label, value: entry.share })),
        })),
        format: percent,
        threshold,
      }),
    },
  ];
  for (const grouping of data.groupings) {
    const title = texts.chartGroups(grouping.attribute);
    charts.push({
      name: groupChartName(grouping.attribute),
      title,
      svg: renderHeatmap({
        title,
        rowLabels: data.corpus.themes.map((theme) => theme.label),
        columns: grouping.groups.map((group) => ({
          label: group.value ?? texts.unknownGroup,
          note: `n = ${group.documents.length}`,
          small: group.documents.length < data.settings.minGroupSize,
        })),
        values: data.corpus.themes.map((theme) =>
          grouping.groups.map((group) =>
            group.documents.length === 0 ? null : (group.themes.find((entry) => entry.theme === theme)?.share ?? null),
          ),
        ),
        valueLabel: texts.shareOfInterviews,
        format: percent,
        legend: { small: texts.smallGroupLegend(data.settings.minGroupSize), noValue: texts.noValueLegend },
      }),
    });
  }
  const chosen = data.saturation.chosen;
  charts.push({
    name: 'saturation.svg',
    title: texts.chartSaturation,
    svg: renderSaturationChart({
      title: texts.chartSaturation,
      points: data.saturation.steps.map((step) => ({
        label: step.document.id,
        newCodes: step.newCodes.length,
        cumulative: step.cumulative,
      })),
      saturation: chosen.point === null ? null : { position: chosen.point, run: chosen.parameters.run },
      labels: {
        xAxis: texts.xAxis,
        yAxis: texts.yAxis,
        cumulative: texts.cumulativeLegend,
        newCodes: texts.newCodesLegend,
        saturation: texts.saturationMarker(chosen.point === null ? '' : `${chosen.point}+${chosen.parameters.run}`),
        run: texts.runLegend(chosen.parameters.run),
        notReached: `${texts.saturation}: ${texts.notReachedShort}`,
      },
    }),
  });
  return charts;
}
