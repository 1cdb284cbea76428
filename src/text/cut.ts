/**
 * The first `length` UTF-16 units of a text, one fewer when the cut would split a surrogate pair
 * (an emoji): half a pair is written as U+FFFD.
 */
export function cutText(text: string, length: number): string {
  if (length >= text.length) return text;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}
