import { shorten } from './cut.js';
/** Text quoted in a message: white space folded, shortened to `max` characters, in JSON quotes. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(shorten(flat, max));
}
