// The technical appendix that closes every report: versions, codebooks with their hash, the
// transcripts with theirs, and the settings, so that the report can be reproduced and checked.
import { createHash } from 'node:crypto';
import { compareNames } from '../../text/natural-compare.js';
import type { ReportData } from '../report-data.js';
import type { ReportTexts } from '../texts.js';
import { parametersLabel } from './saturation.js';
import { code, item, text, type Block, type Inline } from './model.js';
import { column, table } from './overview.js';

/** The appendix: a heading, the manifest as a list, the transcript hashes as a table. */
export function appendixBlocks(data: ReportData, texts: ReportTexts, toolVersion: string): Block[] {
  const { result, settings } = data;
  const s = texts.settings;
  const { percent, count } = texts.numbers;
  const hashes = [...result.documents].map((document) => document.sha256).sort(compareNames);
  const corpusHash = createHash('sha256').update(hashes.join('\n')).digest('hex');
  const codebooks: Inline[] = [...text(`${texts.manifestCodebooks} `)];
  result.codebooks.forEach((codebook, index) => {
    codebooks.push(
      ...text(`${index === 0 ? '' : '; '}${codebook.title} (`),
      code(codebook.id),
      ...text(` ${codebook.version}, sha256 `),
      code(codebook.sha256),
      ...text(')'),
    );
  });
  const settingList = [
    `${s.unit}: ${result.settings.unit}`,
    `${s.interviewers}: ${result.settings.includeInterviewer ? texts.yes : s.no}`,
    `${s.minShare}: ${percent(settings.minShare)}`,
    `${s.by}: ${settings.by.join(', ') || s.none}`,
    `${s.minGroupSize}: ${count(settings.minGroupSize)}`,
    `${s.quotes}: ${count(settings.quotes)}`,
    `${s.quoteLabel}: ${settings.quoteLabelTemplate ?? s.quoteLabelDefault}`,
    `${s.saturation}: ${parametersLabel(settings.saturation)}`,
    `${s.language}: ${settings.language}`,
  ];
  return [
    { kind: 'heading', level: 2, content: text(texts.appendix) },
    {
      kind: 'list',
      items: [
        item(text(texts.manifestTool(toolVersion, result.tool.version))),
        item(codebooks),
        item([...text(texts.manifestTranscripts(count(result.documents.length))), code(corpusHash), ...text('.')]),
        item(text(`${texts.manifestSettings} ${settingList.join('; ')}.`)),
      ],
    },
    { kind: 'heading', level: 3, content: text(texts.documentHashes) },
    table(
      [column(texts.columns.interview), column(texts.columns.file), column(texts.columns.hash)],
      result.documents.map((document) => [text(document.id), text(document.file), [code(document.sha256)]]),
      1,
    ),
  ];
}
