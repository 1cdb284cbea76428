import type { Diagnostic } from '../model/diagnostic.js';

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*\r?$/m;

/**
 * A warning when a file opens front matter (`---` on its first line) and never closes it: its
 * keys would silently become text. Null when the front matter is closed or there is none.
 */
export function unclosedFrontMatter(text: string, file: string): Diagnostic | null {
  const opening = OPENING.exec(text);
  if (!opening || CLOSING.test(text.slice(opening[0].length))) return null;
  return {
    file,
    place: { line: 1, column: 1, offset: 0 },
    severity: 'warning',
    reason: 'front matter opened with --- on line 1 is never closed, so its lines are read as text; end it with a --- line',
    ruleId: 'unclosed-front-matter',
  };
}
