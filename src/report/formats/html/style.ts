// The style sheet of report.html, inlined: system fonts only (nothing is fetched), a readable
// measure on screen, and print rules for A4 (page margins, no breaks inside a figure, quote or
// table row, table headers repeated, the appendix on a page of its own).
// Class names stay clear of those the chart SVGs style (title, heading, tick, note).

/** The CSS of report.html. */
export const REPORT_CSS = `
:root { --ink: #1f1f1f; --muted: #4a4a4a; --accent: #1f4e79; --rule: #c8c8c8; --fill: #e8eef4; }
* { box-sizing: border-box; }
html { font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 16px; line-height: 1.5; color: var(--ink); background: #ffffff; }
body { margin: 0; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3, h4 { color: var(--accent); line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 2rem; margin: 0 0 1rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }
p, ul, ol { margin: 0 0 0.75rem; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Consolas, monospace; font-size: 0.875em; overflow-wrap: anywhere; }
a { color: var(--accent); }
nav.contents { border: 1px solid var(--rule); padding: 0.75rem 1.25rem; margin: 1.5rem 0; }
nav.contents h2 { font-size: 1.1rem; margin: 0 0 0.5rem; border: 0; padding: 0; }
nav.contents ol { margin: 0; padding-left: 1.25rem; }
nav.contents ol ol { padding-left: 1.25rem; }
.notice { margin: 1rem 0; padding: 0.5rem 1rem; border-left: 4px solid var(--accent); background: var(--fill); font-style: italic; }
.table-scroll { overflow-x: auto; margin: 0 0 1.25rem; }
table { border-collapse: collapse; font-size: 0.875rem; border-top: 2px solid var(--accent); border-bottom: 2px solid var(--accent); }
th, td { padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
th { background: var(--fill); border-bottom: 2px solid var(--accent); }
tbody tr + tr td { border-top: 1px solid var(--rule); }
.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
figure { margin: 1.25rem 0; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figure.quote { margin: 1rem 0 1rem 1.5rem; }
figure.quote blockquote { margin: 0; font-style: italic; }
figure.quote figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.25rem; }
sup a { text-decoration: none; }
section.appendix { margin-top: 3rem; }
@media print {
  @page { size: A4; margin: 2cm 2cm 2.2cm; }
  html { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-before: auto; }
  nav.contents { break-after: page; }
  figure, .notice, tr, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .table-scroll { overflow: visible; }
  table { font-size: 8.5pt; }
  section.appendix { break-before: page; page-break-before: always; margin-top: 0; }
  a { color: inherit; text-decoration: none; }
}
`;
