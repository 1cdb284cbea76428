/** How a regex is run over a long text: in chunks of at most `chunk` characters, each seen with `margin` characters of context on both sides. */
export interface WindowSize {
  readonly chunk: number;
  readonly margin: number;
}

/** Windows for regexes: a text up to 2,400 characters is one window, as if there were none. */
export const REGEX_WINDOW: WindowSize = { chunk: 2_000, margin: 200 };
/** Windows for a regex that can backtrack polynomially (`unsafe-regex` warning): smaller, to bound its cost. */
export const POLYNOMIAL_REGEX_WINDOW: WindowSize = { chunk: 100, margin: 50 };

/** A chunk of the text and the window around it that the regex sees, `[start, end)` each. */
export interface RegexWindow {
  readonly chunkStart: number;
  readonly chunkEnd: number;
  readonly windowStart: number;
  readonly windowEnd: number;
}

/**
 * Cut `text` into chunks of at most `size.chunk` characters: at a paragraph break, else a line
 * break, else after a sentence end, else at white space (in the second half of the chunk, so
 * that chunks stay long), else anywhere outside a surrogate pair. Linear in the text's length.
 */
export function regexWindows(text: string, size: WindowSize): RegexWindow[] {
  if (text.length <= size.chunk + 2 * size.margin)
    return [{ chunkStart: 0, chunkEnd: text.length, windowStart: 0, windowEnd: text.length }];
  const windows: RegexWindow[] = [];
  let start = 0;
  while (start < text.length) {
    const end = start + size.chunk >= text.length ? text.length : cutPoint(text, start + Math.ceil(size.chunk / 2), start + size.chunk);
    windows.push({
      chunkStart: start,
      chunkEnd: end,
      windowStart: Math.max(0, start - size.margin),
      windowEnd: Math.min(text.length, end + size.margin),
    });
    start = end;
  }
  return windows;
}

/** The best place to cut in `(from, to]`, in one pass over it. */
function cutPoint(text: string, from: number, to: number): number {
  let paragraph = -1;
  let line = -1;
  let sentence = -1;
  let space = -1;
  let blankLine = false;
  for (let index = from; index < to; index++) {
    const char = text[index]!;
    if (char === '\n') {
      if (blankLine) paragraph = index + 1;
      line = index + 1;
      blankLine = true;
    } else if (char !== ' ' && char !== '\t' && char !== '\r') {
      blankLine = false;
    }
    if (/\s/.test(char)) {
      space = index + 1;
      if (index > 0 && '.!?…'.includes(text[index - 1]!)) sentence = index + 1;
    }
  }
  for (const cut of [paragraph, line, sentence, space]) if (cut > from) return cut;
  const code = text.charCodeAt(to - 1);
  return code >= 0xd800 && code <= 0xdbff ? to - 1 : to;
}
