/**
 * The shape of a speaker label that segmentation reads (src/segment/labels.ts: up to five words of
 * letters, digits and `._'’-`, separated by spaces or a comma, and an optional parenthesised part).
 * Formats that name their speakers outside the text (voice tags, table cells) write them in this
 * shape, so that segmentation finds them; the grammar is repeated here because ingest sits below
 * segmentation.
 */
export const SPEAKER_LABEL =
  /^[\p{L}\p{N}][\p{L}\p{N}._'’-]*(?:(?:[ \t]+|,[ \t]*)[\p{L}\p{N}][\p{L}\p{N}._'’-]*){0,4}(?:[ \t]*\([^()\n:]{1,60}\))?$/u;

/**
 * A speaker name in label shape: other characters become spaces (`piet.jansen@gemeente.nl` gives
 * `piet.jansen gemeente.nl`), at most five words are kept. Empty when nothing is left.
 */
export function toSpeakerLabel(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (SPEAKER_LABEL.test(trimmed)) return trimmed;
  const words = trimmed
    .replace(/[^\p{L}\p{N}._'’\-,\s]/gu, ' ')
    .split(/(?:\s*,\s*|\s+)/)
    .map((word) => word.replace(/^[._'’-]+/, ''))
    .filter((word) => word !== '');
  return words.slice(0, 5).join(' ');
}
