// Runs of report text as Markdown: every piece escaped, so no input becomes markup.
import { markdownCode, markdownLineStart, markdownPiece } from '../../text/markdown.js';
import type { Inlines } from '../document/model.js';

/** Runs as one line of Markdown that may stand at the start of a line; `where` as markdownCode takes it. */
export function markdownInlines(content: Inlines, where: 'anywhere' | 'outside-table' = 'anywhere'): string {
  const markdown = content
    .map((run) => {
      switch (run.kind) {
        case 'text':
          return markdownPiece(run.text);
        case 'strong': {
          // Asterisks around white space would not mark bold: it stays outside them.
          const [, lead, words, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)!;
          return words === '' ? run.text : `${lead === '' ? '' : ' '}**${markdownPiece(words!)}**${trail === '' ? '' : ' '}`;
        }
        case 'code':
          return markdownCode(run.text, where);
        default:
          return `[^${run.note}]`;
      }
    })
    .join('');
  return markdownLineStart(markdown.trim());
}
