/** The words of agreement.md, in English and Dutch. */
export interface AgreementTexts {
  readonly title: string;
  readonly reference: string;
  readonly candidate: string;
  readonly coders: string;
  readonly kinds: Readonly<Record<'rodedraad' | 'qdpx' | 'table', string>>;
  readonly compared: (documents: number, segments: number, unit: string, overlap: string) => string;
  readonly overlap: (minimum: { readonly characters: number } | { readonly share: number }) => string;
  readonly units: Readonly<Record<'segment' | 'document', string>>;
  readonly overall: (micro: string, macro: string, codes: number, kappa: string) => string;
  readonly perCode: string;
  readonly header: readonly string[];
  readonly definitions: string;
  readonly across: (file: string, coders: string) => string;
  readonly acrossHeader: (coders: readonly string[]) => string[];
  readonly pooled: string;
  readonly notCompared: string;
  readonly onlyIn: (side: string, names: string) => string;
  readonly disagreements: string;
  readonly codeLine: (f1: string, missed: number, extra: number) => string;
  readonly missed: string;
  readonly extra: string;
  readonly more: (count: number) => string;
  readonly firedBy: string;
  /** Abbreviation of line(s) before a line range. */
  readonly line: string;
  readonly words: string;
  readonly wordsHeader: readonly string[];
  readonly noWords: string;
  readonly noisy: string;
  readonly noisyLine: (fired: number, inReference: number, share: string) => string;
  readonly forms: string;
  readonly collision: string;
  readonly none: string;
}

const en: AgreementTexts = {
  title: 'Agreement',
  reference: 'Reference',
  candidate: 'Candidate',
  coders: 'coders',
  kinds: { rodedraad: 'rodedraad result', qdpx: 'REFI-QDA project', table: 'codings table' },
  compared: (documents, segments, unit, overlap) =>
    `Compared: ${documents} documents, ${segments} respondent segments; unit: ${unit}. A segment carries a human code when a coded span overlaps it by at least ${overlap}, or lies inside it.`,
  overlap: (minimum) =>
    'share' in minimum ? `${Math.round(minimum.share * 100)}% of the segment` : `${minimum.characters} characters (not counting spaces)`,
  units: { segment: 'segment', document: 'document (a document has a code when one of its segments has it)' },
  overall: (micro, macro, codes, kappa) =>
    `**Overall:** micro F1 ${micro}, macro F1 ${macro} (over ${codes} codes), pooled kappa ${kappa}.`,
  perCode: 'Per code',
  header: ['code (candidate)', 'reference', 'both', 'only ref.', 'only cand.', 'precision', 'recall', 'F1', 'kappa', 'alpha', 'agreement'],
  definitions:
    "Precision: share of the candidate's units the reference has too; recall: share of the reference's units the candidate found; F1: their harmonic mean; kappa: Cohen's kappa; alpha: Krippendorff's alpha (nominal); agreement: share of units on which both agree. n/a: not defined (no units, or a code neither coding used).",
  across: (file, coders) => `Across the coders of ${file}: ${coders}`,
  acrossHeader: (coders) => ['code', ...coders, 'alpha', "Fleiss' kappa"],
  pooled: 'all codes',
  notCompared: 'Not compared',
  onlyIn: (side, names) => `Codes only in the ${side}: ${names}.`,
  disagreements: 'Disagreements and what to change',
  codeLine: (f1, missed, extra) => `F1 ${f1}; ${missed} segments only the reference coded, ${extra} only the candidate.`,
  missed: 'Coded by the reference, missed by the candidate',
  extra: 'Coded by the candidate only',
  more: (count) => `… and ${count} more (all in agreement.json)`,
  firedBy: 'pattern',
  line: 'l.',
  words: 'Candidate words (over-represented in the missed segments)',
  wordsHeader: ['term', 'pattern', 'in missed', 'elsewhere', 'G2', 'would code (reference)'],
  noWords: 'No word or phrase is in at least two missed segments and significantly over-represented there.',
  noisy: 'Patterns whose hits are mostly not in the reference (add an `unless`, or remove the pattern)',
  noisyLine: (fired, inReference, share) => `fired in ${fired} segments, ${inReference} of them coded by the reference (${share})`,
  forms: 'Word forms matched per pattern',
  collision: 'stem collision',
  none: 'none',
};

const nl: AgreementTexts = {
  title: 'Overeenstemming',
  reference: 'Referentie',
  candidate: 'Kandidaat',
  coders: 'codeurs',
  kinds: { rodedraad: 'rodedraad-resultaat', qdpx: 'REFI-QDA-project', table: 'codeertabel' },
  compared: (documents, segments, unit, overlap) =>
    `Vergeleken: ${documents} documenten, ${segments} respondentsegmenten; eenheid: ${unit}. Een segment krijgt een menselijke code als een gecodeerd stuk tekst het minstens ${overlap} overlapt, of erbinnen ligt.`,
  overlap: (minimum) =>
    'share' in minimum ? `${Math.round(minimum.share * 100)}% van het segment` : `${minimum.characters} tekens (spaties niet meegeteld)`,
  units: { segment: 'segment', document: 'document (een document heeft een code als een van zijn segmenten die heeft)' },
  overall: (micro, macro, codes, kappa) =>
    `**Totaal:** micro-F1 ${micro}, macro-F1 ${macro} (over ${codes} codes), gepoolde kappa ${kappa}.`,
  perCode: 'Per code',
  header: [
    'code (kandidaat)',
    'referentie',
    'beide',
    'alleen ref.',
    'alleen kand.',
    'precisie',
    'recall',
    'F1',
    'kappa',
    'alfa',
    'overeenstemming',
  ],
  definitions:
    'Precisie: aandeel van de eenheden van de kandidaat dat de referentie ook heeft; recall: aandeel van de eenheden van de referentie dat de kandidaat vond; F1: hun harmonisch gemiddelde; kappa: Cohens kappa; alfa: Krippendorffs alfa (nominaal); overeenstemming: aandeel eenheden waarover beide het eens zijn. n/a: niet gedefinieerd (geen eenheden, of een code die geen van beide gebruikte).',
  across: (file, coders) => `Tussen de codeurs van ${file}: ${coders}`,
  acrossHeader: (coders) => ['code', ...coders, 'alfa', "Fleiss' kappa"],
  pooled: 'alle codes',
  notCompared: 'Niet vergeleken',
  onlyIn: (side, names) => `Codes alleen in de ${side}: ${names}.`,
  disagreements: 'Verschillen en wat te veranderen',
  codeLine: (f1, missed, extra) => `F1 ${f1}; ${missed} segmenten alleen door de referentie gecodeerd, ${extra} alleen door de kandidaat.`,
  missed: 'Gecodeerd door de referentie, gemist door de kandidaat',
  extra: 'Alleen gecodeerd door de kandidaat',
  more: (count) => `… en nog ${count} (alle in agreement.json)`,
  firedBy: 'patroon',
  line: 'r.',
  words: 'Kandidaatwoorden (oververtegenwoordigd in de gemiste segmenten)',
  wordsHeader: ['term', 'patroon', 'in gemist', 'elders', 'G2', 'zou coderen (referentie)'],
  noWords: 'Geen woord of woordpaar staat in minstens twee gemiste segmenten en is daar significant oververtegenwoordigd.',
  noisy: 'Patronen die vooral buiten de referentie raken (voeg een `unless` toe, of schrap het patroon)',
  noisyLine: (fired, inReference, share) => `raakte ${fired} segmenten, waarvan ${inReference} door de referentie gecodeerd (${share})`,
  forms: 'Woordvormen per patroon',
  collision: 'stamconflict',
  none: 'geen',
};

/** The texts of agreement.md in a language. */
export function agreementTexts(language: 'nl' | 'en'): AgreementTexts {
  return language === 'nl' ? nl : en;
}
