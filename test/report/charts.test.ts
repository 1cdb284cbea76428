import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { groupChartName } from '../../src/report/charts.js';
import { renderBarChart, type BarChartInput } from '../../src/report/charts/bar-chart.js';
import { renderHeatmap } from '../../src/report/charts/heatmap.js';
import { renderSaturationChart, type SaturationChartInput } from '../../src/report/charts/saturation-chart.js';
import { contrastRatio, darkenForWhite } from '../../src/report/charts/colour.js';
import { escapeXml, labelLines, num } from '../../src/report/charts/svg.js';

const percent = (value: number): string => `${Math.round(value * 100)}%`;

function count(svg: string, className: string): number {
  return svg.match(new RegExp(`class="${className}"`, 'g'))?.length ?? 0;
}

function expectWellFormed(svg: string): void {
  expect(XMLValidator.validate(svg)).toBe(true);
  expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  const root = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: Record<string, string> };
  expect(root.svg['@_role']).toBe('img');
}

function width(svg: string): number {
  return Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
}

const bars: BarChartInput = {
  title: 'Codes',
  valueLabel: 'Share of interviews',
  groups: [
    {
      label: 'Seen',
      bars: [
        { label: 'Not reached', value: 0.75 },
        { label: 'Overlooked', value: 0.25 },
      ],
    },
    { label: 'Heard', bars: [{ label: 'Shame', value: 1 }] },
  ],
  format: percent,
  threshold: { value: 0.5, label: 'Red-thread line (50%)' },
};

describe('svg helpers', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml('a < b & "c" \u0001')).toBe('a &lt; b &amp; &quot;c&quot; ');
  });

  it('never writes -0 or NaN as a coordinate', () => {
    expect(num(-0.001)).toBe('0');
    expect(num(Number.NaN)).toBe('0');
    expect(num(12.345)).toBe('12.35');
  });

  it('splits a long label into two lines and cuts the rest with an ellipsis', () => {
    const lines = labelLines(`${'woord '.repeat(20)}eind`);
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.length <= 48)).toBe(true);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});

describe('colour contrast', () => {
  it('computes the WCAG ratio and darkens a light colour to 3:1 against white', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    const darker = darkenForWhite('#edc948');
    expect(contrastRatio(darker, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(darker).not.toBe('#edc948');
  });
});

describe('renderBarChart', () => {
  it('draws one titled bar per value, a legend per group and the threshold', () => {
    const svg = renderBarChart(bars);
    expectWellFormed(svg);
    expect(count(svg, 'bar')).toBe(3);
    expect(count(svg, 'threshold')).toBe(1);
    expect(count(svg, 'legend')).toBe(2);
    expect(svg).toContain('<title>Not reached: 75%</title>');
    expect(svg).toContain('<title id="');
  });

  it('scales bar lengths by share', () => {
    const svg = renderBarChart(bars);
    const widths = [...svg.matchAll(/class="bar" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(widths[0]).toBeCloseTo((widths[2] ?? 0) * 0.75, 1);
    expect(widths[1]).toBeCloseTo((widths[2] ?? 0) * 0.25, 1);
  });

  it('widens the chart for long labels instead of cutting them off', () => {
    const long = renderBarChart({
      ...bars,
      groups: [{ label: 'x', bars: [{ label: 'Zeer lange codenaam over wachttijden en doorverwijzingen tussen loketten', value: 0.5 }] }],
    });
    const short = renderBarChart({ ...bars, groups: [{ label: 'x', bars: [{ label: 'Kort', value: 0.5 }] }] });
    expectWellFormed(long);
    expect(width(long)).toBeGreaterThanOrEqual(width(short));
    expect(long).toContain('Zeer lange codenaam over wachttijden en');
  });

  it('escapes labels and is deterministic', () => {
    const input = { ...bars, title: 'Codes <&> "quoted"', groups: [{ label: 'A&B', bars: [{ label: '<script>', value: 0.5 }] }] };
    const svg = renderBarChart(input);
    expectWellFormed(svg);
    expect(svg).not.toContain('<script>');
    expect(renderBarChart(input)).toBe(svg);
  });

  it('draws an empty frame when there are no bars', () => {
    const svg = renderBarChart({ ...bars, groups: [] });
    expectWellFormed(svg);
    expect(count(svg, 'bar')).toBe(0);
    expect(count(svg, 'frame')).toBe(1);
  });
});

describe('renderHeatmap', () => {
  const input = {
    title: 'Themes by municipality',
    rowLabels: ['Seen', 'Heard'],
    columns: [{ label: 'A', note: 'n = 2' }, { label: 'B', note: 'n = 1' }, { label: '(unknown)' }],
    values: [
      [1, 0, null],
      [0.5, 1, 0],
    ],
    valueLabel: 'Share of interviews',
    format: percent,
  };

  it('draws a cell per row and column, with "–" where there is no value', () => {
    const svg = renderHeatmap(input);
    expectWellFormed(svg);
    expect(count(svg, 'cell')).toBe(6);
    expect(svg).toContain('<title>Seen · (unknown): –</title>');
    expect(svg).toContain('<title>Heard · A: 50%</title>');
    expect(svg).toContain('n = 2');
  });

  it('writes dark text on light cells and white text on dark cells', () => {
    const svg = renderHeatmap(input);
    const full = /<text class="value"[^>]*style="fill: ([^"]+)">100%<\/text>/.exec(svg)?.[1];
    const none = /<text class="value"[^>]*style="fill: ([^"]+)">0%<\/text>/.exec(svg)?.[1];
    expect(full).toBe('#ffffff');
    expect(none).not.toBe('#ffffff');
  });

  it('fills the width of the chart with its cells, however few groups there are', () => {
    const svg = renderHeatmap({
      ...input,
      columns: input.columns.slice(0, 2),
      values: [
        [1, 0],
        [0.5, 1],
      ],
    });
    const cells = [...svg.matchAll(/<rect class="cell" x="([\d.]+)"[^>]* width="([\d.]+)"/g)].map(
      (match) => Number(match[1]) + Number(match[2]),
    );
    // The right edge of the last column is within a few pixels of the right margin.
    expect(width(svg) - 20 - Math.max(...cells)).toBeLessThan(3);
    expect(width(svg) - 20 - Math.max(...cells)).toBeGreaterThanOrEqual(0);
  });

  it('hatches the cells of groups too small to compare and says so in the legend; no legend entry when there is none', () => {
    const legend = { small: 'Hatched: group of fewer than 3 interviews', noValue: '– no interviews in the group' };
    const svg = renderHeatmap({
      ...input,
      columns: [{ label: 'A', note: 'n = 5' }, { label: 'B', note: 'n = 1', small: true }, { label: '(unknown)' }],
      legend,
    });
    expectWellFormed(svg);
    // One hatch over each of B's two cells, and one in the legend.
    expect(count(svg, 'small-group')).toBe(2);
    expect(svg).toContain('>Hatched: group of fewer than 3 interviews<');
    expect(svg).toContain('>– no interviews in the group<');
    const plain = renderHeatmap({
      ...input,
      values: [
        [1, 0, 0.5],
        [0.5, 1, 0],
      ],
      legend,
    });
    expect(count(plain, 'small-group')).toBe(0);
    expect(plain).not.toContain('Hatched');
    expect(plain).not.toContain('no interviews');
  });

  it('has a colour legend whose gradient id is unique to the chart', () => {
    const first = renderHeatmap(input);
    const second = renderHeatmap({ ...input, title: 'Themes by role' });
    const id = (svg: string): string | undefined => /linearGradient id="([^"]+)"/.exec(svg)?.[1];
    expect(first).toContain(`url(#${id(first)})`);
    expect(id(first)).not.toBe(id(second));
  });
});

describe('renderSaturationChart', () => {
  const labels = {
    xAxis: 'Interview',
    yAxis: 'Codes',
    cumulative: 'Codes so far',
    newCodes: 'New codes',
    saturation: 'Saturation (4+2)',
    run: 'Confirmation: the 2 interviews after it',
    notReached: 'Saturation: not reached',
  };
  const points = [5, 2, 1, 0, 0, 0, 1].reduce<SaturationChartInput['points'][number][]>((list, newCodes, index) => {
    list.push({ label: `R0${index + 1}`, newCodes, cumulative: (list.at(-1)?.cumulative ?? 0) + newCodes });
    return list;
  }, []);

  it('draws a bar per interview, the cumulative line and the saturation marker', () => {
    const svg = renderSaturationChart({ title: 'Saturation', points, saturation: { position: 4, run: 2 }, labels });
    expectWellFormed(svg);
    expect(count(svg, 'bar')).toBe(7);
    expect(count(svg, 'cumulative')).toBe(1);
    expect(count(svg, 'saturation')).toBe(1);
    expect(count(svg, 'run')).toBe(1);
    expect(/class="cumulative" d="([^"]+)"/.exec(svg)?.[1]?.split(/[ML]/).filter(Boolean)).toHaveLength(7);
    expect(svg).toContain('Saturation (4+2)');
  });

  it('has every mark in its legend: the bars, the line, the marker and the shaded run', () => {
    const svg = renderSaturationChart({ title: 'Saturation', points, saturation: { position: 4, run: 2 }, labels });
    const legend = /<g class="legend">(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
    for (const text of ['New codes', 'Codes so far', 'Saturation (4+2)', 'Confirmation: the 2 interviews after it'])
      expect(legend).toContain(`>${text}<`);
    // The run's swatch has the run's colour.
    const runFill = /class="run"[^>]*fill="([^"]+)"/.exec(svg)?.[1];
    expect(legend).toContain(`fill="${runFill}"`);
  });

  it('says so when saturation is not reached and draws no marker', () => {
    const svg = renderSaturationChart({ title: 'Saturation', points, saturation: null, labels });
    expectWellFormed(svg);
    expect(count(svg, 'saturation')).toBe(0);
    expect(svg).toContain('Saturation: not reached');
  });

  it('handles an empty sequence', () => {
    const svg = renderSaturationChart({ title: 'Saturation', points: [], saturation: null, labels });
    expectWellFormed(svg);
    expect(count(svg, 'bar')).toBe(0);
  });
});

describe('groupChartName', () => {
  const attributes = [
    'gemeente',
    'Gemeente',
    'GEMEENTE',
    'a b',
    'a-b',
    'a_b',
    'a--b',
    'a-b--0',
    '地区',
    '区域',
    'één',
    'een',
    'x'.repeat(80),
    `${'x'.repeat(80)}y`,
    '',
    '-',
  ];

  it('gives distinct attributes distinct file names, always the same for the same attribute', () => {
    const names = attributes.map(groupChartName);
    expect(new Set(names).size).toBe(attributes.length);
    expect(attributes.map(groupChartName)).toEqual(names);
    for (const name of names) expect(name).toMatch(/^groups-[a-z0-9]+(-[a-z0-9]+)*(--[0-9a-f]{10})?\.svg$/);
    for (const name of names) expect(name.length).toBeLessThan(90);
  });

  it('keeps a plain lowercase name as it is, and adds a hash only where the name had to change', () => {
    expect(groupChartName('gemeente')).toBe('groups-gemeente.svg');
    expect(groupChartName('a-b')).toBe('groups-a-b.svg');
    expect(groupChartName('a b')).toMatch(/^groups-a-b--[0-9a-f]{10}\.svg$/);
    expect(groupChartName('Gemeente')).toMatch(/^groups-gemeente--[0-9a-f]{10}\.svg$/);
  });
});
