import type { ChartFile } from './charts.js';

/** One Markdown table cell: pipes escaped, line breaks folded. */
export function cell(text: string | number): string {
  return String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** A Markdown table; `align` per column: 'l' or 'r'. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[], align: string): string[] {
  const rule = [...align].map((side) => (side === 'r' ? '---:' : '---'));
  return [`| ${header.map(cell).join(' | ')} |`, `| ${rule.join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];
}

/** A Markdown image of a chart, with its title as alternative text. */
export function image(charts: readonly ChartFile[], name: string): string {
  const chart = charts.find((entry) => entry.name === name)!;
  return `![${chart.title}](${chart.name})`;
}
