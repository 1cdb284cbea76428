import { passesElfproef } from './checksums.js';
import { hasWordStartingWith, isAmount, UNIT_WORDS, wordsAfter, wordsBefore } from './context.js';
import { groupDigits, runStarts, type DigitRun } from './digit-groups.js';
import { makeFinding, type Finding } from './finding.js';

/** Words that say the number is a BSN (`BSN`, `burgerservicenummer`, `sofinummer`). */
const BSN_WORDS: readonly string[] = ['bsn', 'burgerservice', 'sofi', 'persoonsnummer', 'citizen'];

/** Words that say a number is something else: an order, invoice, phone or account number. */
const OTHER_NUMBER_WORDS: readonly string[] = [
  'order',
  'bestel',
  'factuur',
  'artikel',
  'track',
  'zending',
  'pakket',
  'ticket',
  'tel',
  'mobiel',
  'kvk',
  'btw',
  'rekening',
  'referentie',
  'klant',
  'dossier',
  'zaak',
  'polis',
  'relatie',
  'contract',
  'lid',
  'pas',
  'ean',
  'serie',
  'kenmerk',
  'debiteur',
  'huurder',
  'registratie',
  'aanvraag',
  'student',
  'personeel',
  'patiënt',
  'patient',
];

/**
 * Burgerservicenummers: 9 digits (8 with a BSN word before them) that pass the elfproef, written
 * straight or in groups (`1234.56.782`, `123 456 782`). One number in eleven passes by chance, so a
 * number without a BSN word is less certain, and one after an order or phone word is not reported.
 */
export function detectBsn(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const run of runStarts(text, ' .-')) {
    const found = bsnIn(text, run);
    if (found) findings.push(found);
  }
  return findings;
}

function bsnIn(text: string, run: DigitRun): Finding | null {
  const before = wordsBefore(text, run.start, 4);
  const named = hasWordStartingWith(before, BSN_WORDS);
  let count = 0;
  let digits = 0;
  while (count < run.groups.length && digits < 9) {
    const group = run.groups[count]!;
    if (count > 0 && group.separator !== run.groups[1]!.separator) return null;
    digits += group.end - group.start;
    count++;
    if (digits === 8 && named && count === run.groups.length) break;
  }
  if (digits !== 9 && !(digits === 8 && named)) return null;
  const end = run.groups[count - 1]!.end;
  if (!passesElfproef(groupDigits(text, run.groups, count)) || isAmount(text, run.start, end)) return null;
  if (UNIT_WORDS.has(wordsAfter(text, end, 1)[0] ?? '')) return null;
  if (named) return makeFinding(text, 'bsn', run.start, end, 0.98, 'a number after a BSN word that passes the elfproef');
  if (hasWordStartingWith(before, OTHER_NUMBER_WORDS)) return null;
  const continues = count < run.groups.length;
  const confidence = continues ? 0.35 : run.groups.length === 1 ? 0.7 : 0.75;
  return makeFinding(text, 'bsn', run.start, end, confidence, '9 digits that pass the elfproef (the BSN check); no BSN word nearby');
}
