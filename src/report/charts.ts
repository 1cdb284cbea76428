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

/** A file-name part for an attribute name. */
export function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'attribute';
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
      name: `groups-${slug(grouping.attribute)}.svg`,
      title,
      svg: renderHeatmap({
        title,
        rowLabels: data.corpus.themes.map((theme) => theme.label),
        columns: grouping.groups.map((group) => ({ label: group.value ?? texts.unknownGroup, note: `n = ${group.documents.length}` })),
        values: data.corpus.themes.map((theme) => grouping.groups.map((group) => group.themes.find((entry) => entry.theme === theme)?.share ?? null)),
        valueLabel: texts.shareOfInterviews,
        format: percent,
      }),
    });
  }
  const chosen = data.saturation.chosen;
  charts.push({
    name: 'saturation.svg',
    title: texts.chartSaturation,
    svg: renderSaturationChart({
      title: texts.chartSaturation,
      points: data.saturation.steps.map((step) => ({ label: step.document.id, newCodes: step.newCodes.length, cumulative: step.cumulative })),
      saturation: chosen.point === null ? null : { position: chosen.point, run: chosen.parameters.run },
      labels: {
        xAxis: texts.xAxis,
        yAxis: texts.yAxis,
        cumulative: texts.cumulativeLegend,
        newCodes: texts.newCodesLegend,
        saturation: texts.saturationMarker(chosen.point === null ? '' : `${chosen.point}+${chosen.parameters.run}`),
        notReached: `${texts.saturation}: ${texts.notReachedShort}`,
      },
    }),
  });
  return charts;
}
