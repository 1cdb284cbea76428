import { onlyGroup } from '../aggregate/groups.js';
import type { ChartFile } from './charts.js';
import { percent } from './charts.js';
import { image, table } from './markdown-table.js';
import type { ReportData } from './report-data.js';
import { labelWithId, markdownText } from '../text/markdown.js';
import { saturationLabel } from './markdown-saturation.js';
import type { ReportTexts } from './texts.js';

/** The summary: red threads, the most frequent themes, code saturation. */
export function summarySection(data: ReportData, texts: ReportTexts): string[] {
  const minShare = percent(data.settings.minShare);
  const threads = data.codes.filter((entry) => data.redThreads.has(entry.code.id));
  const lines = [`## ${texts.summary}`, ''];
  if (data.codes.every((entry) => entry.documents === 0)) lines.push(`- ${texts.noCodes}`);
  if (threads.length > 0) {
    lines.push(`- ${texts.redThreads(minShare, data.settings.by.map(markdownText))}`);
    for (const entry of threads)
      lines.push(
        `  - **${markdownText(entry.code.label)}** (${markdownText(entry.code.theme.label)}): ${entry.documents} ${texts.columns.documents}, ${percent(entry.share)}`,
      );
  } else {
    lines.push(`- ${texts.noRedThreads(minShare)}`);
  }
  const top = data.themes.filter((entry) => entry.documents > 0).slice(0, 3);
  if (top.length > 0)
    lines.push(`- ${texts.topThemes} ${top.map((entry) => `${markdownText(entry.theme.label)} (${percent(entry.share)})`).join(', ')}.`);
  lines.push(`- ${texts.saturationSummary} ${saturationLabel(data.saturation.chosen, data.saturation.steps.length, texts, true)}`);
  return [...lines, ''];
}

/** Themes and codes ranked by prevalence, with their charts. */
export function prevalenceSections(data: ReportData, texts: ReportTexts, charts: readonly ChartFile[]): string[] {
  const c = texts.columns;
  const themeRows = data.themes.map((entry) => [
    entry.rank,
    markdownText(entry.theme.label),
    entry.documents,
    percent(entry.share),
    entry.segments,
    entry.speakers,
  ]);
  const codeRows = data.codes.map((entry) => [
    entry.rank,
    labelWithId(entry.code.label, entry.code.id),
    markdownText(entry.code.theme.label),
    entry.documents,
    percent(entry.share),
    entry.segments,
    entry.speakers,
    entry.negatedSegments,
    data.redThreads.has(entry.code.id) ? texts.yes : '',
  ]);
  return [
    `## ${texts.themes}`,
    '',
    ...table([c.rank, c.theme, c.documents, c.share, c.segments, c.speakers], themeRows, 'rlrrrr'),
    '',
    image(charts, 'prevalence-themes.svg'),
    '',
    `## ${texts.codes}`,
    '',
    ...table([c.rank, c.code, c.theme, c.documents, c.share, c.segments, c.speakers, c.negated, c.redThread], codeRows, 'rllrrrrrl'),
    '',
    image(charts, 'prevalence-codes.svg'),
    '',
  ];
}

/** Per --by attribute: theme and code shares per group, what is specific to one group, the heatmap. */
export function groupSections(data: ReportData, texts: ReportTexts, charts: readonly ChartFile[]): string[] {
  const lines: string[] = [];
  data.groupings.forEach((grouping, index) => {
    const name = (value: string | null) => (value === null ? texts.unknownGroup : markdownText(value));
    const header = grouping.groups.map((group) => `${name(group.value)} (n = ${group.documents.length})`);
    const share = (documents: number, total: number) => (total === 0 ? '' : percent(documents / total));
    const themeRows = data.corpus.themes.map((theme) => [
      markdownText(theme.label),
      ...grouping.groups.map((group) => {
        const entry = group.themes.find((item) => item.theme === theme)!;
        return share(entry.documents, group.documents.length);
      }),
    ]);
    const codeRows = data.corpus.codes.map((code) => [
      markdownText(code.label),
      ...grouping.groups.map((group) => {
        const entry = group.codes.find((item) => item.code === code)!;
        return share(entry.documents, group.documents.length);
      }),
    ]);
    const specific = [
      ...data.themes.map((entry) => ({
        label: entry.theme.label,
        group: onlyGroup(grouping, entry.theme.id, 'theme', entry.documents),
        documents: entry.documents,
      })),
      ...data.codes.map((entry) => ({
        label: entry.code.label,
        group: onlyGroup(grouping, entry.code.id, 'code', entry.documents),
        documents: entry.documents,
      })),
    ].filter((entry) => entry.group !== null);
    const align = `l${'r'.repeat(grouping.groups.length)}`;
    lines.push(
      `## ${texts.byAttribute(markdownText(grouping.attribute))}`,
      '',
      `${texts.groupSizes}: ${header.join(', ')}.`,
      '',
      ...table([texts.columns.theme, ...header], themeRows, align),
      '',
      image(charts, charts.filter((chart) => chart.name.startsWith('groups-'))[index]!.name),
      '',
      ...table([texts.columns.code, ...header], codeRows, align),
      '',
    );
    if (specific.length > 0) {
      for (const entry of specific) lines.push(`- ${texts.onlyIn(markdownText(entry.label), name(entry.group!.value), entry.documents)}`);
      lines.push('');
    }
  });
  return lines;
}
