import { cutText } from './cut.js';
/** Text quoted in a message: white space folded, shortened to `max` characters, in JSON quotes. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length <= max ? flat : `${cutText(flat, max - 1)}…`);
}
