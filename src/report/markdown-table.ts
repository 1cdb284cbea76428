/** A Markdown table; `align` per column: 'l' or 'r'. Cells are Markdown: input in them is escaped by markdownText or markdownCode. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[], align: string): string[] {
  const rule = [...align].map((side) => (side === 'r' ? '---:' : '---'));
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)];
}
