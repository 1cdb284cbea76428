// Saturation chart: new codes per interview as bars, the cumulative number of codes as a line,
// and the saturation point (the interview after which `run` interviews brought no new code) marked.
import { scaleBand, scaleLinear } from 'd3-scale';
import {
  CHART_WIDTH,
  INK,
  MARGIN,
  SMALL_SIZE,
  emptyFrame,
  escapeXml,
  num,
  renderLegend,
  renderTitle,
  svgDocument,
  textWidth,
} from './svg.js';

/** One interview in coding order. */
export interface SaturationPoint {
  readonly label: string;
  readonly newCodes: number;
  readonly cumulative: number;
}

/** Axis, legend and marker texts, in the report's language. */
export interface SaturationLabels {
  readonly xAxis: string;
  readonly yAxis: string;
  readonly cumulative: string;
  readonly newCodes: string;
  readonly saturation: string;
  /** The shaded run of interviews after the saturation point. */
  readonly run: string;
  readonly notReached: string;
}

/** What the saturation chart shows; `position` is 1-based, null when saturation was not reached. */
export interface SaturationChartInput {
  readonly title: string;
  readonly points: readonly SaturationPoint[];
  readonly saturation: { readonly position: number; readonly run: number } | null;
  readonly labels: SaturationLabels;
}

const PLOT_HEIGHT = 240;
const BAR_COLOUR = '#9cb9d6';
const LINE_COLOUR = '#1f4e79';
const MARK_COLOUR = '#b03a2e';
const RUN_COLOUR = '#f6e3e1';

/** The saturation chart as a standalone SVG document. */
export function renderSaturationChart(input: SaturationChartInput): string {
  const count = input.points.length;
  const width = Math.max(CHART_WIDTH, 2 * MARGIN + 60 + count * 14);
  const plotLeft = MARGIN + 44;
  const plotRight = width - MARGIN - 10;
  const parts: string[] = [];
  const title = renderTitle(input.title, MARGIN, MARGIN, width - 2 * MARGIN);
  parts.push(title.svg);
  const legend = renderLegend(
    [
      { label: input.labels.newCodes, symbol: (x, y) => `<rect x="${num(x)}" y="${num(y)}" width="18" height="12" fill="${BAR_COLOUR}"/>` },
      {
        label: input.labels.cumulative,
        symbol: (x, y) =>
          `<line x1="${num(x)}" y1="${num(y + 6)}" x2="${num(x + 18)}" y2="${num(y + 6)}" stroke="${LINE_COLOUR}" stroke-width="2"/>`,
      },
      ...(input.saturation === null
        ? [{ label: input.labels.notReached }]
        : [
            {
              label: input.labels.saturation,
              symbol: (x: number, y: number) =>
                `<line x1="${num(x)}" y1="${num(y + 6)}" x2="${num(x + 18)}" y2="${num(y + 6)}" stroke="${MARK_COLOUR}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
            },
            {
              label: input.labels.run,
              symbol: (x: number, y: number) => `<rect x="${num(x)}" y="${num(y)}" width="18" height="12" fill="${RUN_COLOUR}"/>`,
            },
          ]),
    ],
    MARGIN,
    MARGIN + title.height + 8,
    width - 2 * MARGIN,
  );
  parts.push(legend.svg);
  const plotTop = MARGIN + title.height + 8 + legend.height + 14;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const top = Math.max(1, ...input.points.map((point) => point.cumulative));
  const y = scaleLinear().domain([0, top]).range([plotBottom, plotTop]).nice();
  const x = scaleBand<number>()
    .domain(input.points.map((_, index) => index))
    .range([plotLeft, plotRight])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const band = x.bandwidth();
  const ticks = y.ticks(Math.min(6, Math.max(1, Math.round(y.domain()[1] ?? 1)))).filter((tick) => Number.isInteger(tick));
  parts.push(
    ticks
      .map(
        (tick) =>
          `<line class="grid" x1="${num(plotLeft)}" y1="${num(y(tick))}" x2="${num(plotRight)}" y2="${num(y(tick))}" stroke="#e3e3e3"/>` +
          `<text class="tick" x="${num(plotLeft - 6)}" y="${num(y(tick) + 4)}" text-anchor="end">${tick}</text>`,
      )
      .join(''),
  );
  if (input.saturation !== null && count > 0) {
    // Shade the run of interviews without new codes that establishes saturation.
    const first = Math.min(count - 1, input.saturation.position);
    const last = Math.min(count - 1, input.saturation.position + input.saturation.run - 1);
    const left = (x(first) ?? plotLeft) - band * 0.125;
    const right = (x(last) ?? plotLeft) + band * 1.125;
    parts.push(
      `<rect class="run" x="${num(left)}" y="${num(plotTop)}" width="${num(Math.max(0, right - left))}" height="${PLOT_HEIGHT}" fill="${RUN_COLOUR}"/>`,
    );
  }
  input.points.forEach((point, index) => {
    const left = x(index) ?? plotLeft;
    const height = y(0) - y(point.newCodes);
    parts.push(
      `<rect class="bar" x="${num(left)}" y="${num(y(point.newCodes))}" width="${num(band)}" height="${num(height)}" fill="${BAR_COLOUR}"><title>${escapeXml(`${index + 1}. ${point.label}: +${point.newCodes} (${point.cumulative})`)}</title></rect>`,
    );
  });
  if (count > 0) {
    const centre = (index: number): number => (x(index) ?? plotLeft) + band / 2;
    const path = input.points
      .map((point, index) => `${index === 0 ? 'M' : 'L'}${num(centre(index))},${num(y(point.cumulative))}`)
      .join(' ');
    parts.push(`<path class="cumulative" d="${path}" fill="none" stroke="${LINE_COLOUR}" stroke-width="2"/>`);
    parts.push(
      input.points
        .map((point, index) => `<circle cx="${num(centre(index))}" cy="${num(y(point.cumulative))}" r="2.5" fill="${LINE_COLOUR}"/>`)
        .join(''),
    );
  } else {
    parts.push(emptyFrame(plotLeft, plotTop, plotRight - plotLeft, PLOT_HEIGHT));
  }
  if (input.saturation !== null && count > 0) {
    const index = Math.min(count - 1, input.saturation.position - 1);
    const at = (x(index) ?? plotLeft) + band * 1.1;
    parts.push(
      `<line class="saturation" x1="${num(at)}" y1="${num(plotTop - 6)}" x2="${num(at)}" y2="${num(plotBottom)}" stroke="${MARK_COLOUR}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
    );
  }
  parts.push(
    `<line class="axis" x1="${num(plotLeft)}" y1="${num(plotBottom)}" x2="${num(plotRight)}" y2="${num(plotBottom)}" stroke="${INK}"/>`,
  );
  parts.push(
    `<line class="axis" x1="${num(plotLeft)}" y1="${num(plotTop)}" x2="${num(plotLeft)}" y2="${num(plotBottom)}" stroke="${INK}"/>`,
  );
  // Rotated interview labels; every label while they fit, otherwise every n-th.
  const step = Math.max(1, Math.ceil((SMALL_SIZE + 2) / Math.max(1, band / 0.8)));
  const longest = Math.max(0, ...input.points.map((point) => textWidth(point.label, SMALL_SIZE)));
  input.points.forEach((point, index) => {
    if (index % step !== 0) return;
    const at = (x(index) ?? plotLeft) + band / 2;
    parts.push(
      `<text class="tick" x="${num(at)}" y="${num(plotBottom + 10)}" text-anchor="end" transform="rotate(-60 ${num(at)} ${num(plotBottom + 10)})">${escapeXml(point.label)}</text>`,
    );
  });
  const axisY = plotBottom + 16 + longest * Math.sin(Math.PI / 3) + 14;
  parts.push(`<text x="${num((plotLeft + plotRight) / 2)}" y="${num(axisY)}" text-anchor="middle">${escapeXml(input.labels.xAxis)}</text>`);
  const middle = (plotTop + plotBottom) / 2;
  parts.push(
    `<text x="${num(MARGIN + 4)}" y="${num(middle)}" text-anchor="middle" transform="rotate(-90 ${num(MARGIN + 4)} ${num(middle)})">${escapeXml(input.labels.yAxis)}</text>`,
  );
  const desc = [
    input.points.map((point, index) => `${index + 1}. ${point.label}: +${point.newCodes} (${point.cumulative})`).join('; '),
    input.saturation === null ? input.labels.notReached : input.labels.saturation,
  ].join('. ');
  return svgDocument(width, axisY + MARGIN, input.title, desc, parts.join('\n'));
}
