import { hasWordStartingWith, wordsBefore } from './context.js';
import { makeFinding, type Finding } from './finding.js';

const DASHED = /(?<![\p{L}\p{N}-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{1,3}-[A-Za-z0-9]{1,3}(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;
const KENTEKEN = /kenteken/i;
const MIDDLE_PART = /-[A-Za-z0-9]{1,3}-/;
const UNDASHED = /(?<![\p{L}\p{N}-])[A-Za-z0-9]{6}(?![\p{L}\p{N}-])/gu;

/** The Dutch sidecodes: the shape of each part, L a letter and D a digit (sidecode 1 to 14). */
const SIDECODES: readonly string[] = [
  'LL-DD-DD',
  'DD-DD-LL',
  'DD-LL-DD',
  'LL-DD-LL',
  'LL-LL-DD',
  'DD-LL-LL',
  'DD-LLL-D',
  'D-LLL-DD',
  'LL-DDD-L',
  'L-DDD-LL',
  'LLL-DD-L',
  'L-DD-LLL',
  'D-LL-DDD',
  'DDD-LL-D',
];

/** Letters used since sidecode 4: consonants only, without C, Q (and M, W only for motorbikes and trailers). */
const MODERN_LETTERS = /^[BDFGHJKLMNPRSTVWXZ]+$/;
/** Letter groups the RDW never issues. */
const NEVER_ISSUED: ReadonlySet<string> = new Set([
  'SS',
  'SD',
  'SA',
  'KKK',
  'NSB',
  'PKK',
  'PSV',
  'PVV',
  'SGP',
  'TBS',
  'VVD',
  'GVD',
  'KVT',
  'LPF',
]);
const CONTEXT_WORDS: readonly string[] = ['kenteken', 'nummerbord', 'auto', 'wagen', 'bus', 'busje', 'scooter', 'motor', 'plaat'];

/**
 * Dutch licence plates whose letter/digit pattern is one of the 14 sidecodes and whose letters can
 * occur (`12-ABC-3`, `GB-12-NK`, `1-KBB-23`); written without dashes only after "kenteken".
 * Dates (`12-03-85`) and other codes with dashes do not fit a sidecode.
 */
export function detectLicencePlate(text: string): Finding[] {
  const findings: Finding[] = [];
  // A dashed plate has a middle part between two dashes; a text without one needs no search with the slower pattern.
  const dashed = MIDDLE_PART.test(text) ? text.matchAll(DASHED) : [];
  for (const match of dashed) {
    const plate = match[0];
    if (plate !== plate.toUpperCase() || !isPlate(plate)) continue;
    const named = hasWordStartingWith(wordsBefore(text, match.index, 4), CONTEXT_WORDS);
    findings.push(
      makeFinding(text, 'licence-plate', match.index, match.index + plate.length, named ? 0.95 : 0.8, 'a Dutch licence plate (sidecode)'),
    );
  }
  // Plates without dashes count only after "kenteken": a text without that word has none.
  if (!KENTEKEN.test(text)) return findings;
  for (const match of text.matchAll(UNDASHED)) {
    if (!wordsBefore(text, match.index, 5).some((word) => word.startsWith('kenteken'))) continue;
    if (!splitIntoSidecode(match[0].toUpperCase())) continue;
    findings.push(makeFinding(text, 'licence-plate', match.index, match.index + 6, 0.9, 'a Dutch licence plate after "kenteken"'));
  }
  return findings;
}

/** Whether a dashed, upper-case plate fits a sidecode with letters that occur in it. */
export function isPlate(plate: string): boolean {
  const shape = plate.replace(/[A-Z]/g, 'L').replace(/\d/g, 'D');
  const sidecode = SIDECODES.indexOf(shape) + 1;
  if (sidecode === 0) return false;
  const groups = plate.split('-').filter((group) => /[A-Z]/.test(group));
  if (groups.some((group) => NEVER_ISSUED.has(group))) return false;
  return sidecode <= 3 || groups.every((group) => MODERN_LETTERS.test(group));
}

/** The plate with dashes put back, when six characters fit one sidecode; null when none fits. */
function splitIntoSidecode(compact: string): string | null {
  for (const sidecode of SIDECODES) {
    const [a, b] = sidecode.split('-').map((part) => part.length) as [number, number];
    const dashed = `${compact.slice(0, a)}-${compact.slice(a, a + b)}-${compact.slice(a + b)}`;
    if (isPlate(dashed)) return dashed;
  }
  return null;
}
