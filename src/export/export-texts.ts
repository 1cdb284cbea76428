/** The sentences an exported project says to the person who opens it, in the codebook's language. */
export interface ExportTexts {
  negatedNote(label: string, cues: readonly string[]): string;
  sourceFrom(file: string, sha256: string): string;
  rebuilt: string;
  projectDescription(coder: string, span: 'segment' | 'hit', negated: boolean): string;
}

const quoteList = (cues: readonly string[]): string => cues.map((cue) => `"${cue}"`).join(', ');

/** Texts by language. */
export const EXPORT_TEXTS: Readonly<Record<'nl' | 'en', ExportTexts>> = {
  nl: {
    negatedNote: (label, cues) =>
      `Ontkende vermelding${cues.length > 0 ? ` (ontkenning: ${quoteList(cues)})` : ''}: rodedraad telt dit niet als bewijs voor "${label}". Bevestig of verwijder deze codering.`,
    sourceFrom: (file, sha256) => `Transcript ${file} (sha256 ${sha256}), zoals rodedraad het codeerde.`,
    rebuilt:
      'Het transcript ontbrak of was veranderd sinds het coderen; deze tekst is opgebouwd uit de segmenten in result.json (zonder front matter en tekst buiten de segmenten).',
    projectDescription: (coder, span, negated) =>
      `Gecodeerd door ${coder}. Elke codering is een voorstel: bevestig of verbeter het. Codeer-eenheid: ${span === 'segment' ? 'het hele segment (spreekbeurt)' : 'de woorden die het patroon vond'}. Ontkende vermeldingen: ${negated ? 'opgenomen, elk met een notitie' : 'weggelaten'}.`,
  },
  en: {
    negatedNote: (label, cues) =>
      `Negated mention${cues.length > 0 ? ` (negation: ${quoteList(cues)})` : ''}: rodedraad does not count this as evidence for "${label}". Confirm or remove this coding.`,
    sourceFrom: (file, sha256) => `Transcript ${file} (sha256 ${sha256}), as rodedraad coded it.`,
    rebuilt:
      'The transcript was missing or had changed since coding; this text is rebuilt from the segments in result.json (without front matter and text outside the segments).',
    projectDescription: (coder, span, negated) =>
      `Coded by ${coder}. Every coding is a proposal: confirm or correct it. Coding unit: ${span === 'segment' ? 'the whole segment (speaker turn)' : 'the words the pattern matched'}. Negated mentions: ${negated ? 'included, each with a note' : 'left out'}.`,
  },
};
