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
  /** Where the reference's coded passage runs when it is longer than the segment. */
  readonly passage: (lines: string) => string;
  readonly withinPassages: (segments: number, missed: number, passages: number) => string;
  /** Abbreviation of line(s) before a line range. */
  readonly line: string;
  readonly words: string;
  readonly wordsHeader: readonly string[];
  readonly wordsNote: string;
  readonly noWords: string;
  readonly noMissed: string;
  readonly noisy: string;
  readonly noisyLine: (fired: number, inReference: number, share: string, f1: string, without: string) => string;
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
    `Compared: ${count(documents, 'document', 'documents')}, ${count(segments, 'respondent segment', 'respondent segments')}; unit: ${unit}. A segment carries a human code when a coded span overlaps it by at least ${overlap}, or lies inside it.`,
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
  codeLine: (f1, missed, extra) =>
    `F1 ${f1}; ${count(missed, 'segment', 'segments')} only the reference coded, ${extra} only the candidate.`,
  missed: 'Coded by the reference, missed by the candidate (what the reference coded in bold, when it is part of the segment)',
  extra: 'Coded by the candidate only',
  more: (count) => `… and ${count} more (all in agreement.json)`,
  firedBy: 'pattern',
  passage: (lines) => `(the reference coded ${lines}, beyond this segment)`,
  withinPassages: (segments, missed, passages) =>
    `${segments} of these ${missed} segments ${segments === 1 ? 'lies' : 'lie'} in ${count(passages, 'passage', 'passages')} the reference coded across several turns (a question and its answers, say): the words that carry the code may stand in another turn, and a pattern cannot find a turn such as "Yes." Read the passage before looking for words.`,
  line: 'l.',
  words: 'Candidate words (over-represented in the missed segments)',
  wordsHeader: ['pattern', 'stem', 'in missed (documents)', 'elsewhere', 'G2', 'would code (reference)', 'F1 with it'],
  wordsNote:
    'A word in a pattern matches every word with its stem. "Would code": the segments compared that the pattern would code (the reference coded those in brackets); "F1 with it": the F1 of this code here with the pattern added. Measured on the documents compared: check on other interviews that it holds.',
  noWords:
    'No word or phrase stands in at least two missed segments (of two documents) and in the words the reference coded, is significantly over-represented there and would raise the F1.',
  noMissed: 'The candidate found every segment the reference coded.',
  noisy: 'Patterns whose hits are mostly not in the reference (add an `unless`, or remove the pattern)',
  noisyLine: (fired, inReference, share, f1, without) =>
    `fired in ${count(fired, 'segment', 'segments')}, ${inReference} of them coded by the reference (${share}); without it F1 ${f1} → ${without}`,
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
    `Vergeleken: ${count(documents, 'document', 'documenten')}, ${count(segments, 'respondentsegment', 'respondentsegmenten')}; eenheid: ${unit}. Een segment krijgt een menselijke code als een gecodeerd stuk tekst het minstens ${overlap} overlapt, of erbinnen ligt.`,
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
  codeLine: (f1, missed, extra) =>
    `F1 ${f1}; ${count(missed, 'segment', 'segmenten')} alleen door de referentie gecodeerd, ${extra} alleen door de kandidaat.`,
  missed: 'Gecodeerd door de referentie, gemist door de kandidaat (vet: wat de referentie codeerde, als dat een deel van het segment is)',
  extra: 'Alleen gecodeerd door de kandidaat',
  more: (count) => `… en nog ${count} (alle in agreement.json)`,
  firedBy: 'patroon',
  passage: (lines) => `(de referentie codeerde ${lines}, voorbij dit segment)`,
  withinPassages: (segments, missed, passages) =>
    `${segments} van deze ${missed} segmenten ${segments === 1 ? 'ligt' : 'liggen'} in ${count(passages, 'passage', 'passages')} die de referentie over meer beurten codeerde (een vraag met de antwoorden, bijvoorbeeld): de woorden die de code dragen kunnen in een andere beurt staan, en een patroon vindt geen beurt als "Ja." Lees de passage voor je naar woorden zoekt.`,
  line: 'r.',
  words: 'Kandidaatwoorden (oververtegenwoordigd in de gemiste segmenten)',
  wordsHeader: ['patroon', 'stam', 'in gemist (documenten)', 'elders', 'G2', 'zou coderen (referentie)', 'F1 ermee'],
  wordsNote:
    'Een woord in een patroon raakt elk woord met dezelfde stam. "Zou coderen": de vergeleken segmenten die het patroon zou coderen (tussen haakjes: hoeveel daarvan de referentie codeerde); "F1 ermee": de F1 van deze code hier met het patroon erbij. Gemeten op de vergeleken documenten: kijk in andere interviews of het standhoudt.',
  noWords:
    'Geen woord of woordpaar staat in minstens twee gemiste segmenten (van twee documenten) en in de woorden die de referentie codeerde, is daar significant oververtegenwoordigd en zou de F1 verhogen.',
  noMissed: 'De kandidaat vond elk segment dat de referentie codeerde.',
  noisy: 'Patronen die vooral buiten de referentie raken (voeg een `unless` toe, of schrap het patroon)',
  noisyLine: (fired, inReference, share, f1, without) =>
    `raakte ${count(fired, 'segment', 'segmenten')}, waarvan ${inReference} door de referentie gecodeerd (${share}); zonder dit patroon F1 ${f1} → ${without}`,
  forms: 'Woordvormen per patroon',
  collision: 'stamconflict',
  none: 'geen',
};

/** The texts of agreement.md in a language. */
export function agreementTexts(language: 'nl' | 'en'): AgreementTexts {
  return language === 'nl' ? nl : en;
}

/** "1 segment", "2 segments". */
function count(value: number, one: string, more: string): string {
  return `${value} ${value === 1 ? one : more}`;
}
