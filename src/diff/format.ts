import type { Codebook } from '../model/codebook.js';
import { table } from '../report/markdown-table.js';
import { labelWithId, markdownCode, markdownText } from '../text/markdown.js';
import type { CodebookDiff, SegmentChange } from './compare.js';
import { shorten } from '../text/cut.js';

/** Which codebook versions were compared. */
export interface DiffSides {
  readonly before: readonly Codebook[];
  readonly after: readonly Codebook[];
}

/** `diff --format json`: the versions, per-code counts and every changed segment. */
export function formatDiffJson(sides: DiffSides, diff: CodebookDiff): string {
  const describe = (codebooks: readonly Codebook[]) =>
    codebooks.map((codebook) => ({ file: codebook.file, id: codebook.id, version: codebook.version, sha256: codebook.sha256 }));
  const value = {
    before: describe(sides.before),
    after: describe(sides.after),
    documents: diff.documents,
    segments: diff.segments,
    codes: diff.codes,
    changes: diff.changes,
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** `diff` as Markdown, for a pull-request comment. */
export function formatDiffMarkdown(sides: DiffSides, diff: CodebookDiff): string {
  const name = (codebooks: readonly Codebook[]): string =>
    codebooks
      .map((codebook) => `${markdownCode(codebook.id)} ${markdownText(codebook.version)} (${markdownText(codebook.file)})`)
      .join(' + ');
  const lines = [
    '# Codebook diff',
    '',
    `From ${name(sides.before)} to ${name(sides.after)}, on ${diff.documents} ${diff.documents === 1 ? 'document' : 'documents'} (${diff.segments} coded segments).`,
    '',
  ];
  const changed = diff.codes.filter((code) => code.gained > 0 || code.lost > 0);
  if (changed.length === 0) return [...lines, 'No segment gains or loses a code.', ''].join('\n');
  const gained = changed.reduce((sum, code) => sum + code.gained, 0);
  const lost = changed.reduce((sum, code) => sum + code.lost, 0);
  lines.push(
    `${changed.length} ${changed.length === 1 ? 'code changes' : 'codes change'}: ${gained} ${gained === 1 ? 'segment' : 'segments'} gained, ${lost} lost.`,
    '',
  );
  lines.push(
    ...table(
      ['code', 'before', 'after', 'gained', 'lost'],
      changed.map((code) => [labelWithId(code.label, code.code), code.before, code.after, `+${code.gained}`, `−${code.lost}`]),
      'lrrrr',
    ),
  );
  for (const code of changed) {
    lines.push('', `## ${labelWithId(code.label, code.code)}`, '');
    for (const change of diff.changes.filter((entry) => entry.code === code.code)) lines.push(...formatChange(change));
  }
  return `${lines.join('\n')}\n`;
}

function formatChange(change: SegmentChange): string[] {
  const lines = change.lineStart === change.lineEnd ? `r. ${change.lineStart}` : `r. ${change.lineStart}-${change.lineEnd}`;
  const patterns = change.patterns.map((pattern) => markdownCode(pattern, 'outside-table')).join(', ');
  const evidence = change.evidence.map((words) => `“${markdownText(words)}”`).join(', ');
  const what =
    change.change === 'gained'
      ? `**+ gained**, now matched by ${patterns}: ${evidence}`
      : `**− lost**, was matched by ${patterns}: ${evidence}`;
  return [
    `- ${what} — ${markdownText(change.document)}, ${lines} (${markdownText(change.file)})`,
    `  > ${markdownText(excerpt(change.text))}`,
  ];
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return shorten(flat, 300);
}
