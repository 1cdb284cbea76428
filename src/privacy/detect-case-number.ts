import { execAt, isAmount, UNIT_WORDS, wordsAfter } from './context.js';
import { groupDigits, readDigitRun } from './digit-groups.js';
import { makeFinding, type Finding } from './finding.js';

/** Words for a client's or case's number: `dossiernummer`, `klantnr.`, `BSN`, `ons kenmerk`. */
const CASE_WORD =
  /(?<![\p{L}])(?:(?:dossier|klant|cli[eë]nt|relatie|zaak|polis|registratie|inschrijf|inschrijvings|lidmaatschaps|lid|personeels|werknemers|student|studenten|leerling|pati[eë]nt|verzekerden|verzekerings|contract|huurder|huurders|debiteur|debiteuren|aanvraag|referentie|parket|cjib|vreemdelingen|v|document|paspoort|rijbewijs|id|pas|uitkerings|bsn|burgerservice|sofi)(?:-?nummer|-?nr\.?| nummer| nr\.?|-?id)|kenmerk|bsn|burgerservicenummer|sofinummer|dossier:|zaak:)(?![\p{L}])/giu;
const FILLER =
  /[ \t:.,#]{0,3}(?:(?:is|was|luidt|nummer|nr|daarvan|van|mijn|zijn|haar|hun|ons|onze|de|het|eindigt op|begint met|moeder|vader|zoon|dochter|man|vrouw|partner|kind|broer|zus|toen|nog|ook|eh)(?![\p{L}]))?/iuy;
const IDENTIFIER = /[A-Za-z0-9][A-Za-z0-9/._-]{2,30}/y;
const TRAILING_MARKS = /[/._-]+$/;
const DIGIT = /\d/g;

/**
 * Identifiers right after a client or case word (`dossiernummer 2024-0117`, `klantnr. 88412`,
 * `BSN-nummer: 12345678`): at least three digits, not an amount or a quantity. Order and invoice
 * numbers are not personal and their words are not in the list.
 */
export function detectCaseNumber(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CASE_WORD)) {
    let position = match.index + match[0].length;
    for (let step = 0; step < 6; step++) {
      const filler = execAt(FILLER, text, position)!;
      if (filler[0].length === 0) break;
      position += filler[0].length;
    }
    const end = identifierEnd(text, position);
    if (end === null || isAmount(text, position, end) || UNIT_WORDS.has(wordsAfter(text, end, 1)[0] ?? '')) continue;
    const word = match[0].toLowerCase();
    const bsn = word.startsWith('bsn') || word.startsWith('burger') || word.startsWith('sofi');
    const reason = bsn ? 'a number after a BSN word that is not a valid BSN' : `a number after "${match[0]}"`;
    findings.push(makeFinding(text, 'case-number', position, end, bsn ? 0.7 : 0.85, reason));
  }
  return findings;
}

/** Where an identifier starting at `position` ends: digit groups (`123 456`) or one code-like token. */
function identifierEnd(text: string, position: number): number | null {
  const char = text.charCodeAt(position);
  if (char >= 48 && char <= 57) {
    const run = readDigitRun(text, position, ' ');
    if (run.groups.length > 1 && groupDigits(text, run.groups).length >= 6) return run.end;
  }
  const token = execAt(IDENTIFIER, text, position);
  if (!token) return null;
  const trimmed = token[0].replace(TRAILING_MARKS, '');
  const digits = trimmed.match(DIGIT)?.length ?? 0;
  return digits >= 3 && trimmed.length >= 3 ? position + trimmed.length : null;
}
