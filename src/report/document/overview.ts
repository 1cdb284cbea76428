// The first chapters: the summary, themes and codes ranked by prevalence, and prevalence per group.
import { onlyGroup, type Grouping } from '../../aggregate/groups.js';
import type { ChartFile } from '../charts.js';
import type { ReportData } from '../report-data.js';
import type { ReportTexts } from '../texts.js';
import { saturationLabel } from './saturation.js';
import { item, labelWithId, strong, text, type Block, type Column, type Inlines, type ListItem } from './model.js';

/** A column of text (left) or of numbers (right, never wrapped). */
export function column(header: string, numeric = false): Column {
  return { header, align: numeric ? 'right' : 'left', numeric };
}

/** The summary: red threads, the most frequent themes, code saturation. */
export function summaryBlocks(data: ReportData, texts: ReportTexts): Block[] {
  const { percent, count } = texts.numbers;
  const minShare = percent(data.settings.minShare);
  const threads = data.codes.filter((entry) => data.redThreads.has(entry.code.id));
  const items: ListItem[] = [];
  if (data.codes.every((entry) => entry.documents === 0)) items.push(item(text(texts.noCodes)));
  if (threads.length > 0) {
    const listed = threads.map((entry) =>
      item([
        strong(entry.code.label),
        ...text(` (${entry.code.theme.label}): ${count(entry.documents)} ${texts.columns.documents}, ${percent(entry.share)}`),
      ]),
    );
    items.push(item(text(texts.redThreads(minShare, data.settings.by)), listed));
  } else {
    items.push(item(text(texts.noRedThreads(minShare))));
  }
  const top = data.themes.filter((entry) => entry.documents > 0).slice(0, 3);
  if (top.length > 0)
    items.push(item(text(`${texts.topThemes} ${top.map((entry) => `${entry.theme.label} (${percent(entry.share)})`).join(', ')}.`)));
  items.push(
    item(text(`${texts.saturationSummary} ${saturationLabel(data.saturation.chosen, data.saturation.steps.length, texts, true)}`)),
  );
  return [
    { kind: 'heading', level: 2, content: text(texts.summary) },
    { kind: 'list', items },
  ];
}

/** Themes and codes ranked by prevalence, with their charts. */
export function prevalenceBlocks(data: ReportData, texts: ReportTexts, charts: readonly ChartFile[]): Block[] {
  const c = texts.columns;
  const { percent, count } = texts.numbers;
  const themeRows = data.themes.map((entry) =>
    [entry.rank, entry.theme.label, entry.documents, percent(entry.share), entry.segments, entry.speakers].map((value) =>
      cell(value, count),
    ),
  );
  const codeRows = data.codes.map((entry) => [
    text(count(entry.rank)),
    labelWithId(entry.code.label, entry.code.id),
    ...[
      entry.code.theme.label,
      entry.documents,
      percent(entry.share),
      entry.segments,
      entry.speakers,
      entry.negatedSegments,
      data.redThreads.has(entry.code.id) ? texts.yes : '',
    ].map((value) => cell(value, count)),
  ]);
  return [
    { kind: 'heading', level: 2, content: text(texts.themes) },
    table(
      [
        column(c.rank, true),
        column(c.theme),
        column(c.documents, true),
        column(c.share, true),
        column(c.segments, true),
        column(c.speakers, true),
      ],
      themeRows,
      2,
    ),
    chart(charts, 'prevalence-themes.svg'),
    { kind: 'heading', level: 2, content: text(texts.codes) },
    table(
      [
        column(c.rank, true),
        column(c.code),
        column(c.theme),
        column(c.documents, true),
        column(c.share, true),
        column(c.segments, true),
        column(c.speakers, true),
        column(c.negated, true),
        column(c.redThread),
      ],
      codeRows,
      2,
    ),
    chart(charts, 'prevalence-codes.svg'),
  ];
}

/** Per --by attribute: theme and code shares per group, what is specific to one group, the heatmap. */
export function groupBlocks(data: ReportData, texts: ReportTexts, charts: readonly ChartFile[]): Block[] {
  const groupCharts = charts.filter((entry) => entry.name.startsWith('groups-'));
  return data.groupings.flatMap((grouping, index) => groupingBlocks(data, texts, grouping, groupCharts[index]!));
}

function groupingBlocks(data: ReportData, texts: ReportTexts, grouping: Grouping, groupChart: ChartFile): Block[] {
  const { percent, count } = texts.numbers;
  const name = (value: string | null) => value ?? texts.unknownGroup;
  const header = grouping.groups.map((group) => `${name(group.value)} (n = ${count(group.documents.length)})`);
  const share = (documents: number, total: number) => text(total === 0 ? '' : percent(documents / total));
  const shares = <T>(
    items: readonly T[],
    label: (item: T) => string,
    documents: (group: Grouping['groups'][number], item: T) => number,
  ): Inlines[][] =>
    items.map((entry) => [text(label(entry)), ...grouping.groups.map((group) => share(documents(group, entry), group.documents.length))]);
  const themeRows = shares(
    data.corpus.themes,
    (theme) => theme.label,
    (group, theme) => group.themes.find((entry) => entry.theme === theme)!.documents,
  );
  const codeRows = shares(
    data.corpus.codes,
    (code) => code.label,
    (group, code) => group.codes.find((entry) => entry.code === code)!.documents,
  );
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
  const small = grouping.groups.filter((group) => group.documents.length < data.settings.minGroupSize);
  const columns = (first: string) => [column(first), ...header.map((label) => column(label, true))];
  const blocks: Block[] = [
    { kind: 'heading', level: 2, content: text(texts.byAttribute(grouping.attribute)) },
    { kind: 'paragraph', content: text(`${texts.groupSizes}: ${header.join(', ')}.`) },
  ];
  if (small.length > 0) {
    blocks.push({
      kind: 'paragraph',
      content: text(texts.smallGroups(data.settings.minGroupSize, small.map((group) => name(group.value)).join(', '))),
    });
  }
  blocks.push(
    table(columns(texts.columns.theme), themeRows, 1),
    { kind: 'chart', chart: groupChart },
    table(columns(texts.columns.code), codeRows, 1),
  );
  if (specific.length > 0) {
    blocks.push({
      kind: 'list',
      items: specific.map((entry) => item(text(texts.onlyIn(entry.label, name(entry.group!.value), entry.documents)))),
    });
  }
  return blocks;
}

/** A table block. */
export function table(columns: readonly Column[], rows: readonly (readonly Inlines[])[], key: number): Block {
  return { kind: 'table', columns, rows, key };
}

/** A table cell: a number written as a count, anything else as text. */
export function cell(value: string | number, count: (value: number) => string): Inlines {
  return text(typeof value === 'number' ? count(value) : value);
}

function chart(charts: readonly ChartFile[], name: string): Block {
  return { kind: 'chart', chart: charts.find((entry) => entry.name === name)! };
}
