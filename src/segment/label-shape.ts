import { DEFAULT_INTERVIEWERS } from '../model/segment.js';

/**
 * What a label-shaped prefix looks like, so that a label used once can be told from prose
 * ("Let op:", "Toen zei ik:"). Recurring and declared labels do not need this; a label that
 * occurs once is a speaker only when it looks like one.
 */

/** A set of words written as one text, separated by white space. */
function words(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/).filter((word) => word !== ''));
}

/** How a label reads: a role word, a code, a person's name, or text. */
export type LabelShape = 'role' | 'code' | 'name' | 'prose';

/**
 * Words that name the person answering. A label of one of these is never guessed to be the
 * interviewer.
 */
const RESPONDENT_WORDS = words(`
  respondent respondente resp participant participante deelnemer deelneemster geinterviewde interviewee client
  clienten klant inwoner bewoner burger mantelzorger ouder moeder vader jongere partner patient cliente
  informant ervaringsdeskundige r p
`);

/** Role words that say nothing about who asks (transcription services number their speakers). */
const NEUTRAL_ROLE_WORDS = words(`
  spreker speaker persoon person stem voice professional medewerker vrijwilliger beleidsmedewerker wijkcoach
  consulent klantmanager hulpverlener begeleider ambtenaar docent leerkracht verpleegkundige huisarts arts
  coordinator manager staff nurse teacher doctor caregiver carer parent mother father resident member lid tolk
  interpreter observer observator notulist
`);

/**
 * First words that make a label-shaped prefix text when it occurs once: discourse markers,
 * topic-guide headings and metadata keys ("Kijk:", "Vraag 3:", "Datum:").
 */
const NOT_A_SPEAKER = words(`
  kijk nou dus maar en ja nee oke ok okay bijvoorbeeld let zeg zie toen want namelijk kortom goed mooi precies
  klopt zeker inderdaad oh ah eh ehm hm hmm nogmaals daarna eerst later ook echt gewoon wel niet geen ik wij we
  jij je u hij zij ze het een dat dit die deze wat waar wanneer hoe waarom welke wie er daar hier nu al nog zo
  alleen of als om met voor na in op bij over uit tot naar mijn zijn haar hun ons onze vraag vragen antwoord
  opmerking opmerkingen noot nb ps tip belangrijk waarschuwing conclusie samenvatting toelichting datum locatie
  plaats tijd tijdstip duur onderwerp aanwezig aanwezigen afwezig transcript transcriptie opname interview
  gesprek thema stelling casus deel blok fase stap vignet bron citaat totaal doel resultaat uitkomst probleem
  oplossing advies actie status reden gevolg gemeente organisatie functie leeftijd geslacht woonplaats wijk
  bijlage pagina versie code codes een twee drie vier vijf zes zeven acht negen tien eerste tweede derde vierde
  vijfde zesde laatste allereerst daarnaast verder tenslotte vervolgens punt maandag dinsdag woensdag donderdag
  vrijdag zaterdag zondag januari februari maart april mei juni juli augustus september oktober november
  december vandaag gisteren morgen one two three four five six seven eight nine ten first second third fourth
  fifth last finally next monday tuesday wednesday thursday friday saturday sunday january february march june
  july august october december today yesterday tomorrow note look well so but and yes no example date location
  time duration place subject topic present recording question questions answer part summary source total
  warning important the this that what when where why how then also just like okay right sure actually basically
  i you he she they it my our their step section chapter page theme statement case reason result goal
`);

/** Words inside names that are written in lower case (De Vries, van der Berg, Van 't Hof). */
const NAME_PARTICLES = new Set([
  'de',
  'der',
  'den',
  'van',
  'von',
  'ten',
  'ter',
  'te',
  "'t",
  'het',
  'la',
  'le',
  'du',
  'da',
  'di',
  'del',
  'el',
  'al',
  'bin',
  'ben',
  'op',
  'in',
  'uit',
  'of',
  'y',
]);

/** Forms of address and titles that start a name label (Dhr. Jansen, Mevrouw K.). */
const TITLES = words(`
  dhr mevr mw mr mrs ms dr drs ir prof meneer mevrouw heer juf meester
`);

/** A label without its parenthesised part, in lower case, accents folded, spaces single. */
export function labelWords(label: string): string[] {
  const bare = label.replace(/\([^()]*\)/g, ' ');
  return fold(bare)
    .split(/[\s,]+/)
    .map((word) => word.replace(/\.+$/, ''))
    .filter((word) => word !== '');
}

/**
 * The base of a label: what remains after the parenthesised part, trailing numbers or letters
 * and dots are removed (`Interviewer 2` and `I1` and `Int.` give `interviewer`, `i`, `int`).
 * Interviewer labels are compared on their base.
 */
export function labelBase(label: string): string {
  let base = fold(label.replace(/\([^()]*\)/g, ' '))
    .replace(/[\s.]+$/, '')
    .trim();
  base = base
    .replace(/(?<=\p{L})[\s.-]*\d+[a-z]?$/u, '')
    .replace(/\s+[a-z]$/u, '')
    .replace(/[\s.]+$/, '');
  return base.replace(/\s+/g, ' ');
}

/** Question-and-answer labels (`Vraag:` / `Antwoord:`): speakers only where they recur. */
export const QUESTION_WORDS: ReadonlySet<string> = words(`
  vraag question
`);
const ANSWER_WORDS: ReadonlySet<string> = words(`
  antwoord answer
`);

/**
 * True when a label reads as text even where it recurs: its first word is a discourse marker,
 * an enumeration or a heading word ("Kijk:", "Twee:", "Let op:"), or it is prose of several words.
 */
export function isTextLabel(label: string): boolean {
  const words = labelWords(label);
  const first = words[0] ?? '';
  if (QUESTION_WORDS.has(first) || ANSWER_WORDS.has(first)) return words.length > 1;
  if (NOT_A_SPEAKER.has(first) && !(NAME_PARTICLES.has(first) && words.length > 1)) return true;
  return words.length > 1 && labelShape(label) === 'prose';
}

/** Classify a label as a role, a code (R07, P3), a name (Marieke de Vries) or text. */
export function labelShape(label: string): LabelShape {
  const words = labelWords(label);
  if (words.length === 0) return 'prose';
  if (isRoleWord(words[0]!) && words.slice(1).every((word) => /^(\d+[a-z]?|[a-z])$/u.test(word))) return 'role';
  if (words.length === 1 && /^\p{L}{1,4}\d{1,4}[a-z]?$/iu.test(words[0]!)) return 'code';
  if (words.length === 1 && /^\p{Lu}$/u.test(label.trim().replace(/\.$/, ''))) return 'code';
  return isNameShaped(label) ? 'name' : 'prose';
}

/**
 * True when the label is a role word as written (no misspelling), with a number or letter after
 * it: `INTERVIEWER`, `Respondent 2`, `Spreker 1`. A line of its own holding only this is a label.
 */
export function isExactRoleLabel(label: string): boolean {
  const words = labelWords(label);
  return words.length > 0 && ALL_ROLE_WORDS.has(words[0]!) && words.slice(1).every((word) => /^(\d+[a-z]?|[a-z])$/u.test(word));
}

/** True when the label names someone who answers (respondent, participant, R07, P3). */
export function isRespondentLabel(label: string): boolean {
  const base = labelBase(label);
  return RESPONDENT_WORDS.has(base) || ANSWER_WORDS.has(base) || nearRoleWord(base, RESPONDENT_WORDS) !== null;
}

function isRoleWord(word: string): boolean {
  if (RESPONDENT_WORDS.has(word) || NEUTRAL_ROLE_WORDS.has(word) || INTERVIEWER_WORDS.has(word)) return true;
  return (
    nearRoleWord(word, RESPONDENT_WORDS) !== null ||
    nearRoleWord(word, NEUTRAL_ROLE_WORDS) !== null ||
    nearRoleWord(word, INTERVIEWER_WORDS) !== null
  );
}

/** Role words that name the one who asks (the default interviewer labels and a few more). */
const INTERVIEWER_WORDS = new Set([...DEFAULT_INTERVIEWERS.map((label) => fold(label)), 'gespreksleidster', 'facilitator', 'interviewers']);

/**
 * The role word that a long word is a likely misspelling of (`particpant`), or null: one edit
 * for words of 6 to 8 letters, two from 9.
 */
export function nearRoleWord(word: string, words: ReadonlySet<string> = ALL_ROLE_WORDS): string | null {
  if (word.length < 6 || !/^\p{L}+$/u.test(word)) return null;
  const allowed = word.length >= 9 ? 2 : 1;
  for (const candidate of words) {
    if (candidate.length >= 6 && Math.abs(candidate.length - word.length) <= allowed && editDistance(word, candidate, allowed) <= allowed)
      return candidate;
  }
  return null;
}

const ALL_ROLE_WORDS: ReadonlySet<string> = new Set([...RESPONDENT_WORDS, ...NEUTRAL_ROLE_WORDS, ...INTERVIEWER_WORDS]);

function isNameShaped(label: string): boolean {
  const bare = label.replace(/\([^()]*\)/g, ' ').trim();
  const words = bare.split(/[\s,]+/).filter((word) => word !== '');
  if (words.length === 0 || /\d/.test(bare)) return false;
  const first = fold(words[0]!).replace(/\.+$/, '');
  if (NOT_A_SPEAKER.has(first) && !(NAME_PARTICLES.has(first) && words.length > 1)) return false;
  return words.every((word, index) => {
    const folded = fold(word).replace(/\.+$/, '');
    if (/^\p{Lu}/u.test(word)) return true;
    if (index > 0 && (NAME_PARTICLES.has(folded) || /^\p{L}\.$/u.test(word))) return true;
    return index === 0 && TITLES.has(folded);
  });
}

/** Lower case with accents folded (`Cliënt` gives `client`). */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

/** Damerau-Levenshtein distance (adjacent swaps count one), cut off above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(best);
    }
    if (Math.min(...rows[i]!) > limit) return limit + 1;
  }
  return rows[a.length]![b.length]!;
}
