// Horizontal bar chart of shares (0..1), optionally in labelled groups with a dashed threshold line.
import { scaleLinear } from 'd3-scale';
import { schemeTableau10 } from 'd3-scale-chromatic';
import {
  CHART_WIDTH,
  INK,
  LINE_HEIGHT,
  MARGIN,
  clampShare,
  emptyFrame,
  escapeXml,
  labelLines,
  num,
  renderLegend,
  renderTitle,
  svgDocument,
  textLines,
  textWidth,
} from './svg.js';
import { darkenForWhite } from './colour.js';

/** One bar: a label and a share between 0 and 1. */
export interface Bar {
  readonly label: string;
  readonly value: number;
}

/** A titled group of bars; with more than one group each gets its own colour. */
export interface BarGroup {
  readonly label: string;
  readonly bars: readonly Bar[];
}

/** What a bar chart shows. */
export interface BarChartInput {
  readonly title: string;
  readonly valueLabel: string;
  readonly groups: readonly BarGroup[];
  readonly format: (value: number) => string;
  readonly threshold?: { readonly value: number; readonly label: string };
}

const BAR_HEIGHT = 16;
const ROW_GAP = 6;
const GROUP_GAP = 10;
const VALUE_SPACE = 44;
const SINGLE_COLOUR = '#4e79a7';

function rowHeight(label: string): number {
  return Math.max(BAR_HEIGHT, labelLines(label).length * LINE_HEIGHT) + ROW_GAP;
}

/** A horizontal bar chart as a standalone SVG document. */
export function renderBarChart(input: BarChartInput): string {
  const grouped = input.groups.length > 1;
  const labels = input.groups.flatMap((group) => group.bars.map((bar) => bar.label));
  const labelWidth = Math.ceil(Math.max(80, ...labels.flatMap(labelLines).map((line) => textWidth(line))));
  const plotLeft = MARGIN + labelWidth + 10;
  const width = Math.max(CHART_WIDTH, plotLeft + 240 + VALUE_SPACE + MARGIN);
  const plotWidth = width - plotLeft - VALUE_SPACE - MARGIN;
  const x = scaleLinear()
    .domain([0, 1])
    .range([plotLeft, plotLeft + plotWidth]);
  const parts: string[] = [];
  const title = renderTitle(input.title, MARGIN, MARGIN, width - 2 * MARGIN);
  parts.push(title.svg);
  let y = MARGIN + title.height + 10;
  if (grouped) {
    const legend = renderLegend(
      input.groups.map((group, index) => ({
        label: group.label,
        symbol: (left: number, top: number) =>
          `<rect x="${num(left)}" y="${num(top)}" width="18" height="12" fill="${groupColour(index)}"/>`,
      })),
      MARGIN,
      y,
      width - 2 * MARGIN,
    );
    parts.push(legend.svg);
    y += legend.height + 6;
  }
  const plotTop = y;
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const rows: string[] = [];
  input.groups.forEach((group, index) => {
    if (grouped && group.bars.length > 0) {
      rows.push(`<text class="heading" x="${num(MARGIN)}" y="${num(y + 12)}">${escapeXml(group.label)}</text>`);
      y += LINE_HEIGHT + 4;
    }
    const fill = grouped ? groupColour(index) : SINGLE_COLOUR;
    for (const bar of group.bars) {
      const height = rowHeight(bar.label);
      const lines = labelLines(bar.label);
      const middle = y + (height - ROW_GAP) / 2;
      const value = clampShare(bar.value);
      const full = `${bar.label}: ${input.format(value)}`;
      rows.push(textLines(MARGIN + labelWidth, middle + 4 - ((lines.length - 1) * LINE_HEIGHT) / 2, lines, 'text-anchor="end"'));
      rows.push(
        `<rect class="bar" x="${num(x(0))}" y="${num(middle - BAR_HEIGHT / 2)}" width="${num(x(value) - x(0))}" height="${BAR_HEIGHT}" fill="${fill}"><title>${escapeXml(full)}</title></rect>`,
      );
      rows.push(`<text class="value" x="${num(x(value) + 4)}" y="${num(middle + 4)}">${escapeXml(input.format(value))}</text>`);
      y += height;
    }
    if (grouped) y += GROUP_GAP;
  });
  const plotBottom = Math.max(y, plotTop + BAR_HEIGHT + ROW_GAP);
  parts.push(
    ticks
      .map(
        (tick) =>
          `<line class="grid" x1="${num(x(tick))}" y1="${num(plotTop)}" x2="${num(x(tick))}" y2="${num(plotBottom)}" stroke="#e3e3e3"/>`,
      )
      .join(''),
  );
  if (labels.length === 0) parts.push(emptyFrame(plotLeft, plotTop, plotWidth, plotBottom - plotTop));
  parts.push(...rows);
  parts.push(`<line class="axis" x1="${num(x(0))}" y1="${num(plotTop)}" x2="${num(x(0))}" y2="${num(plotBottom)}" stroke="${INK}"/>`);
  parts.push(`<line class="axis" x1="${num(x(0))}" y1="${num(plotBottom)}" x2="${num(x(1))}" y2="${num(plotBottom)}" stroke="${INK}"/>`);
  parts.push(
    ticks
      .map(
        (tick) =>
          `<text class="tick" x="${num(x(tick))}" y="${num(plotBottom + 14)}" text-anchor="middle">${escapeXml(input.format(tick))}</text>`,
      )
      .join(''),
  );
  let bottom = plotBottom + 34;
  parts.push(`<text x="${num(x(0.5))}" y="${num(bottom)}" text-anchor="middle">${escapeXml(input.valueLabel)}</text>`);
  if (input.threshold !== undefined) {
    const at = x(clampShare(input.threshold.value));
    parts.push(
      `<line class="threshold" x1="${num(at)}" y1="${num(plotTop - 4)}" x2="${num(at)}" y2="${num(plotBottom)}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
    );
    const legend = renderLegend(
      [
        {
          label: input.threshold.label,
          symbol: (left: number, top: number) =>
            `<line x1="${num(left)}" y1="${num(top + 6)}" x2="${num(left + 18)}" y2="${num(top + 6)}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
        },
      ],
      MARGIN,
      bottom + 10,
      width - 2 * MARGIN,
    );
    parts.push(legend.svg);
    bottom += 10 + legend.height;
  }
  const desc = input.groups.flatMap((group) => group.bars.map((bar) => `${bar.label}: ${input.format(clampShare(bar.value))}`)).join('; ');
  return svgDocument(width, bottom + MARGIN, input.title, desc, parts.join('\n'));
}

function groupColour(index: number): string {
  return darkenForWhite(schemeTableau10[index % schemeTableau10.length] ?? SINGLE_COLOUR);
}
