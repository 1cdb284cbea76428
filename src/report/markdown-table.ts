import { markdownText } from '../text/markdown.js';
import type { ChartFile } from './charts.js';

/** A Markdown table; `align` per column: 'l' or 'r'. Cells are Markdown: input in them is escaped by markdownText or markdownCode. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[], align: string): string[] {
  const rule = [...align].map((side) => (side === 'r' ? '---:' : '---'));
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)];
}

/** A Markdown image of a chart, with its title as alternative text. */
export function image(charts: readonly ChartFile[], name: string): string {
  const chart = charts.find((entry) => entry.name === name)!;
  return `![${markdownText(chart.title)}](${chart.name})`;
}
