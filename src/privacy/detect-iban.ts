import { IBAN_LENGTHS, isValidIban } from './checksums.js';
import { isWordCharAt } from './context.js';
import { makeFinding, type Finding } from './finding.js';

const IBAN_START = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}/gu;
const ALPHANUMERIC = /[A-Za-z0-9]/;

/**
 * IBANs of any registered country (`NL91 ABNA 0417 1643 00`, `DE89370400440532013000`), with or
 * without spaces, in any case; reported only when the length fits the country and mod-97 passes.
 */
export function detectIban(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(IBAN_START)) {
    const length = IBAN_LENGTHS[match[0].slice(0, 2).toUpperCase()];
    if (length === undefined) continue;
    const read = readCompact(text, match.index, length);
    if (read && isValidIban(read.compact)) {
      findings.push(makeFinding(text, 'iban', match.index, read.end, 0.98, 'an IBAN whose check digits are right (mod 97)'));
    }
  }
  return findings;
}

/**
 * Reads `length` letters and digits from `start`, allowing one space (or a dash) between them;
 * null when the text stops sooner or more letters and digits follow straight on.
 */
function readCompact(text: string, start: number, length: number): { compact: string; end: number } | null {
  let compact = '';
  let position = start;
  while (compact.length < length) {
    const char = text[position];
    if (char !== undefined && ALPHANUMERIC.test(char)) {
      compact += char.toUpperCase();
      position++;
    } else if ((char === ' ' || char === '-') && compact.length >= 4 && ALPHANUMERIC.test(text[position + 1] ?? '')) {
      position++;
    } else {
      return null;
    }
  }
  return isWordCharAt(text, position) ? null : { compact, end: position };
}
