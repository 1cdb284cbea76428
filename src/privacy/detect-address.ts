import { makeFinding, type Finding } from './finding.js';
import { readHouseNumber } from './house-number.js';
import { isSentenceStart } from './sentence.js';

/** The last part of Dutch street names, found before a house number. */
const STREET_END =
  /(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef|park|plantsoen|markt|wal|haven|boulevard|allee|erf|vaart|kanaal|oord|brink|dam|ring|poort|hoven|akker|weide|passage|promenade|zoom|donk|hage|horst|gaarde|wetering)(?=[ \u00a0]\d|, \d)/giu;
const LETTER = /[\p{L}'’.-]/u;
const CAPITAL = /^\p{Lu}/u;
const TOKEN_BEFORE = /([\p{L}'’.-]+) $/u;

/** Words that begin multi-word street names (`Lange Voorhout`, `Burgemeester de Monchyplein`). */
const STREET_PREFIXES: ReadonlySet<string> = new Set([
  'eerste',
  'tweede',
  'derde',
  'vierde',
  'lange',
  'korte',
  'oude',
  'nieuwe',
  'grote',
  'kleine',
  'hoge',
  'lage',
  'burgemeester',
  'dokter',
  'sint',
  'st.',
  'prins',
  'prinses',
  'koning',
  'koningin',
  'graaf',
  'van',
  'de',
  'den',
  'noord',
  'zuid',
  'oost',
  'west',
  'binnen',
  'buiten',
  'achter',
  'voor',
  'oostelijke',
  'westelijke',
  'jan',
  'johan',
  'willem',
  'generaal',
  'pastoor',
]);
const PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'op', 'aan', 'la', 'le']);

/**
 * A street name with a house number: a word ending in a street part (`Kerkstraat 12`, `Oudegracht
 * 12a`, `Dorpsweg 12-3`), with the capitalised words and particles before it that belong to the
 * name (`Burgemeester de Monchyplein 3`). A lower-case street (`kerkstraat 12`) is less certain.
 */
export function detectAddress(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(STREET_END)) {
    const suffixEnd = match.index + match[0].length;
    let start = match.index;
    while (start > 0 && LETTER.test(text[start - 1]!)) start--;
    const word = text.slice(start, suffixEnd);
    const capital = CAPITAL.test(word);
    if (word.length === match[0].length && (!capital || isSentenceStart(text, start))) continue;
    const end = readHouseNumber(text, suffixEnd);
    if (end === null) continue;
    start = nameStart(text, start);
    const confidence = capital ? 0.9 : 0.65;
    findings.push(makeFinding(text, 'address', start, end, confidence, 'a street name with a house number'));
  }
  return findings;
}

/** Extends a street name leftwards over capitalised words and the particles between them. */
function nameStart(text: string, start: number): number {
  let current = start;
  let pending = start;
  for (let step = 0; step < 4; step++) {
    const before = TOKEN_BEFORE.exec(text.slice(Math.max(0, pending - 30), pending));
    if (!before) break;
    const token = before[1]!;
    const tokenStart = pending - before[0].length;
    if (PARTICLES.has(token.toLowerCase()) && !CAPITAL.test(token)) {
      pending = tokenStart;
      continue;
    }
    if (!CAPITAL.test(token)) break;
    if (isSentenceStart(text, tokenStart) && !STREET_PREFIXES.has(token.toLowerCase())) break;
    current = tokenStart;
    pending = tokenStart;
  }
  return current;
}
