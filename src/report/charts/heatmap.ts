// Heatmap of shares (0..1): one row per theme, one column per group, with a colour legend.
import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import {
  CHART_WIDTH,
  INK,
  chartId,
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
  type LegendItem,
} from './svg.js';
import { textColourOn } from './colour.js';

/** A column of the heatmap with an optional note under its label (such as the group size). */
export interface HeatmapColumn {
  readonly label: string;
  readonly note?: string;
  /** A group too small to compare: its cells are hatched, and the legend says why. */
  readonly small?: boolean;
}

/** What a heatmap shows; `values[row][column]` is a share, or null where there is nothing to show. */
export interface HeatmapInput {
  readonly title: string;
  readonly rowLabels: readonly string[];
  readonly columns: readonly HeatmapColumn[];
  readonly values: readonly (readonly (number | null)[])[];
  readonly valueLabel: string;
  readonly format: (value: number) => string;
  /** Legend texts for hatched (small) groups and for cells without a value. */
  readonly legend?: { readonly small: string; readonly noValue: string };
}

const CELL_HEIGHT = 30;
const MIN_CELL_WIDTH = 64;
const NO_VALUE = '#eeeeee';
// Start the ramp above white so a share of 0 still reads as a cell.
const colour = scaleSequential((t: number) => interpolateBlues(0.08 + 0.92 * t)).domain([0, 1]);

/** A heatmap as a standalone SVG document. */
export function renderHeatmap(input: HeatmapInput): string {
  const desc = input.rowLabels
    .map(
      (label, row) =>
        `${label}: ${input.columns
          .map((column, index) => {
            const value = input.values[row]?.[index] ?? null;
            return `${column.label} ${value === null ? '–' : input.format(clampShare(value))}`;
          })
          .join(', ')}`,
    )
    .join('; ');
  // Ids unique per chart, so several charts can be inlined into one HTML page.
  const rampId = `${chartId(input.title, desc)}-ramp`;
  const hatchId = `${chartId(input.title, desc)}-hatch`;
  const rowLines = input.rowLabels.map(labelLines);
  const labelWidth = Math.ceil(Math.max(80, ...rowLines.flat().map((line) => textWidth(line))));
  const columnLines = input.columns.map((column) => labelLines(column.label));
  const gridLeft = MARGIN + labelWidth + 10;
  const needed = Math.ceil(Math.max(MIN_CELL_WIDTH, ...columnLines.flat().map((line) => textWidth(line) + 10)));
  const width = Math.max(CHART_WIDTH, gridLeft + needed * input.columns.length + MARGIN);
  // The cells share the whole width of the chart, however few groups there are.
  const cellWidth = input.columns.length === 0 ? needed : Math.floor((width - gridLeft - MARGIN) / input.columns.length);
  const parts: string[] = [];
  const title = renderTitle(input.title, MARGIN, MARGIN, width - 2 * MARGIN);
  parts.push(title.svg);
  let y = MARGIN + title.height + 12;
  const headerLines = Math.max(1, ...columnLines.map((lines) => lines.length));
  input.columns.forEach((column, index) => {
    const centre = gridLeft + cellWidth * (index + 0.5);
    parts.push(textLines(centre, y + 12, columnLines[index] ?? [], 'class="heading" text-anchor="middle"'));
    if (column.note !== undefined) {
      parts.push(
        `<text class="note" x="${num(centre)}" y="${num(y + 12 + headerLines * LINE_HEIGHT)}" text-anchor="middle">${escapeXml(column.note)}</text>`,
      );
    }
  });
  y += (headerLines + 1) * LINE_HEIGHT + 6;
  const gridTop = y;
  input.rowLabels.forEach((label, row) => {
    const lines = rowLines[row] ?? [label];
    const height = Math.max(CELL_HEIGHT, lines.length * LINE_HEIGHT + 8);
    parts.push(textLines(MARGIN + labelWidth, y + height / 2 + 4 - ((lines.length - 1) * LINE_HEIGHT) / 2, lines, 'text-anchor="end"'));
    input.columns.forEach((column, index) => {
      const value = input.values[row]?.[index] ?? null;
      const fill = value === null ? NO_VALUE : colour(clampShare(value));
      const shown = value === null ? '–' : input.format(clampShare(value));
      const left = gridLeft + cellWidth * index;
      parts.push(
        `<rect class="cell" x="${num(left)}" y="${num(y)}" width="${cellWidth}" height="${num(height)}" fill="${fill}" stroke="#ffffff"><title>${escapeXml(`${label} · ${column.label}: ${shown}`)}</title></rect>`,
      );
      // The hatch goes under the value, which keeps a halo of the cell's colour to stay legible.
      if (column.small === true)
        parts.push(
          `<rect class="small-group" x="${num(left)}" y="${num(y)}" width="${cellWidth}" height="${num(height)}" fill="url(#${hatchId})" stroke="#ffffff"/>`,
        );
      parts.push(
        `<text class="value" x="${num(left + cellWidth / 2)}" y="${num(y + height / 2 + 4)}" text-anchor="middle" style="fill: ${textColourOn(fill)}"${column.small === true ? ` stroke="${fill}" stroke-width="5" paint-order="stroke"` : ''}>${escapeXml(shown)}</text>`,
      );
    });
    y += height;
  });
  if (input.rowLabels.length === 0 || input.columns.length === 0) {
    parts.push(emptyFrame(gridLeft, gridTop, Math.max(cellWidth, width - gridLeft - MARGIN), CELL_HEIGHT));
    y += CELL_HEIGHT;
  }
  y += 20;
  const legendWidth = 200;
  const stops = [0, 0.25, 0.5, 0.75, 1];
  parts.push(
    `<defs><linearGradient id="${rampId}" x1="0" x2="1" y1="0" y2="0">` +
      stops.map((stop) => `<stop offset="${stop}" stop-color="${colour(stop)}"/>`).join('') +
      '</linearGradient></defs>',
  );
  parts.push(`<text x="${num(MARGIN)}" y="${num(y + 10)}">${escapeXml(input.valueLabel)}</text>`);
  const rampLeft = MARGIN + textWidth(input.valueLabel) + 12;
  parts.push(
    `<rect class="ramp" x="${num(rampLeft)}" y="${num(y)}" width="${legendWidth}" height="12" fill="url(#${rampId})" stroke="${INK}" stroke-width="0.5"/>`,
  );
  parts.push(`<text class="tick" x="${num(rampLeft)}" y="${num(y + 26)}" text-anchor="middle">${escapeXml(input.format(0))}</text>`);
  parts.push(
    `<text class="tick" x="${num(rampLeft + legendWidth)}" y="${num(y + 26)}" text-anchor="middle">${escapeXml(input.format(1))}</text>`,
  );
  y += 26;
  const small = input.columns.some((column) => column.small === true);
  const empty = input.values.some((row) => row.some((value) => value === null));
  const items: LegendItem[] = [];
  if (small && input.legend)
    items.push({
      label: input.legend.small,
      symbol: (x, top) =>
        `<rect x="${num(x)}" y="${num(top)}" width="18" height="12" fill="${colour(0.5)}"/><rect x="${num(x)}" y="${num(top)}" width="18" height="12" fill="url(#${hatchId})" stroke="${INK}" stroke-width="0.5"/>`,
    });
  if (empty && input.legend)
    items.push({
      label: input.legend.noValue,
      symbol: (x, top) =>
        `<rect x="${num(x)}" y="${num(top)}" width="18" height="12" fill="${NO_VALUE}" stroke="${INK}" stroke-width="0.5"/>`,
    });
  if (small) {
    // Diagonal white lines over the cell colour: the share still shows, marked as resting on few interviews.
    parts.push(
      `<defs><pattern id="${hatchId}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect x="0" y="0" width="3" height="8" fill="#ffffff" fill-opacity="0.75"/></pattern></defs>`,
    );
  }
  if (items.length > 0) {
    const legend = renderLegend(items, MARGIN, y + 10, width - 2 * MARGIN);
    parts.push(legend.svg);
    y += 10 + legend.height;
  }
  return svgDocument(width, y + MARGIN, input.title, desc, parts.join('\n'));
}
