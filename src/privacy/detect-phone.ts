import { isWordCharAt } from './context.js';
import { groupDigits, readDigitRun } from './digit-groups.js';
import { makeFinding, type Finding } from './finding.js';

const PHONE_START = /(?<![\p{L}\p{N}+.,/:])(?:\(\+31\)|\+31|0031|\(0|0)/gu;
const INTERNATIONAL = /^(?:\(\+31\)|\+31|0031)$/;
const TRUNK_ZERO = /^[ -]?\(0\)/;
const AREA_CODE = /^\(0\d{1,3}\)/;
const SERVICE = /^(?:0800|090[069])/;

/**
 * Dutch phone numbers: 06 mobiles, area codes of 2 or 3 digits, 08x numbers, in national form
 * (`06-12345678`, `(020) 123 45 67`) or international (`+31 6 1234 5678`, `0031 (0)20 …`).
 * The digits are counted, not guessed: a national number has 10 with the leading 0. 0800 and 090x
 * numbers are services of organisations and get a low confidence.
 */
export function detectPhone(text: string): Finding[] {
  const findings: Finding[] = [];
  let after = 0;
  for (const match of text.matchAll(PHONE_START)) {
    if (match.index < after) continue;
    const found = readPhone(text, match.index, match[0]);
    if (found) {
      findings.push(found);
      after = found.end;
    }
  }
  return findings;
}

function readPhone(text: string, start: number, prefix: string): Finding | null {
  const international = INTERNATIONAL.test(prefix);
  let position = start;
  let digits = '0';
  if (international) {
    position += prefix.length;
    const trunk = TRUNK_ZERO.exec(text.slice(position, position + 4));
    if (trunk) position += trunk[0].length;
    if (text[position] === ' ' || text[position] === '-') position++;
  } else {
    const area = AREA_CODE.exec(text.slice(position, position + 6));
    if (area) {
      digits = area[0].slice(1, -1);
      position += area[0].length;
      if (text[position] === ' ' || text[position] === '-') position++;
    } else {
      digits = '';
    }
  }
  const run = readDigitRun(text, position, ' -.');
  for (let count = 1; count <= run.groups.length; count++) {
    const all = digits + groupDigits(text, run.groups, count);
    const kind = classify(all);
    if (kind === 'too-short') continue;
    const end = run.groups[count - 1]!.end;
    if (kind === 'invalid' || isWordCharAt(text, end)) return null;
    return makeFinding(text, 'phone', start, end, kind.confidence, kind.reason);
  }
  return null;
}

type PhoneClass = 'too-short' | 'invalid' | { readonly confidence: number; readonly reason: string };

/** What a national digit string (leading 0 included) is; 'too-short' while more groups may follow. */
function classify(digits: string): PhoneClass {
  if (digits.length < 2 || !digits.startsWith('0')) return digits.length < 2 ? 'too-short' : 'invalid';
  if (SERVICE.test(digits)) {
    if (digits.length === 8 || digits.length === 11)
      return { confidence: 0.3, reason: 'a 0800 or 090x service number, usually an organisation' };
    return digits.length < 11 ? 'too-short' : 'invalid';
  }
  if (digits.length < 10) return 'too-short';
  if (digits.length > 10) return 'invalid';
  const second = digits[1]!;
  if (second === '6') return digits[2] === '0' ? 'invalid' : { confidence: 0.95, reason: 'a Dutch mobile number (06)' };
  if (second === '8') return '4578'.includes(digits[2]!) ? { confidence: 0.8, reason: 'a Dutch 08x number' } : 'invalid';
  if (second === '0' || second === '9') return 'invalid';
  return { confidence: 0.9, reason: 'a Dutch landline number with an area code' };
}
