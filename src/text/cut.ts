/** Whether offset `at` of a text falls inside a UTF-16 surrogate pair (an emoji): cutting there leaves half a character, written as U+FFFD. */
export function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** A text of at most `max` characters: cut (never inside an emoji) and ended with "…" when longer. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${cutText(text, max - 1)}…`;
}

/** The first `length` UTF-16 units of a text, one fewer when the cut would split a surrogate pair. */
export function cutText(text: string, length: number): string {
  if (length >= text.length) return text;
  return text.slice(0, splitsPair(text, length) ? length - 1 : length);
}
