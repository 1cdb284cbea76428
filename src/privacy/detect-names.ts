import { makeFinding, type Finding, type TextRange } from './finding.js';
import { findListedNames } from './name-list.js';
import { organisationBefore, titleBefore } from './name-titles.js';
import { nameTokens, type NameToken } from './name-tokens.js';
import { foldName, type DutchLexicon, type WordClass } from './word-lexicon.js';

/** What the name detector is given besides the text. */
export interface NameContext {
  /** Without a lexicon only names after a title and listed names are found. */
  readonly lexicon?: DutchLexicon | undefined;
  readonly names?: readonly string[] | undefined;
  readonly exclude?: readonly TextRange[] | undefined;
}

/** Name confidence of a capitalised word that is not at a sentence start, by what the word is. */
const CLASS_CONFIDENCE: Readonly<Record<WordClass, number>> = {
  'first-name': 0.8,
  'name-and-word': 0.45,
  person: 0.65,
  surname: 0.65,
  unknown: 0.6,
  proper: 0.35,
  place: 0.3,
  common: 0.25,
};
const CLASS_REASON: Readonly<Record<WordClass, string>> = {
  'first-name': 'a known first name',
  'name-and-word': 'a name that is also a Dutch word',
  person: 'a proper name in the dictionary',
  surname: 'a known surname',
  unknown: 'a capitalised word that is not Dutch',
  proper: "a proper name that is not a person's (organisation, brand)",
  place: 'also a place name',
  common: 'also an ordinary Dutch word',
};
const NAME_LIKE: ReadonlySet<WordClass> = new Set(['first-name', 'name-and-word', 'person', 'surname', 'unknown']);
/** Classes that make a run of capitalised words a full name (`Sanne Visser`), unlike `Rode Kruis`. */
const STRONG: ReadonlySet<WordClass> = new Set(['first-name', 'person', 'surname', 'unknown']);
/** Leading lower-case particles that are articles or prepositions more often than part of a surname. */
const ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 'te', 'op', 'in', "'t", '’t', 'den', 'der', 'la', 'le', 'o']);
const MIXED_CASE = /.\p{Lu}/u;
const SENTENCE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'op', 'te', 'het', 'uit']);
/** A place name follows a postcode (`1234 AB Abcoude`). */
const AFTER_POSTCODE = /\d{4} ?[A-Z]{2},? $/;
/** Shops and organisations named after a person: their names are not a respondent's. */
const ORGANISATIONS: ReadonlySet<string> = new Set([
  'albert heijn',
  'jan linders',
  'dirk van den broek',
  'hema',
  'leger des heils',
  'max havelaar',
  'raad van state',
]);
const WHITESPACE = /\s+/u;
/** A capitalised word without a vowel is an abbreviation (`Wlz`, `Sv`). */
const VOWEL = /[aeiouyáéíóúäëïöüàèìòùâêîôû]/iu;

/**
 * Personal names: listed names; capitalised words and runs of them (`Jan de Vries`) that do not
 * start a sentence, scored by what the word lists say they are; and any capitalised run after a
 * form of address or relation (`mevrouw De Vries`, `mijn buurvrouw Ans`, `dokter Bakker`).
 */
export function detectNames(text: string, context: NameContext = {}): Finding[] {
  const names = context.names ?? [];
  const listed = new Set(
    names.flatMap((name) =>
      name
        .split(WHITESPACE)
        .filter((word) => word.length > 0)
        .map(foldName),
    ),
  );
  const tokens = nameTokens(text, context.exclude ?? [], listed);
  const lexicon = context.lexicon;
  const findings = findListedNames(text, tokens, names, (lower) => lexicon?.isWord(lower) ?? true);
  for (let index = 0; index < tokens.length; index++) {
    const phrase = readPhrase(tokens, index);
    if (phrase === null) continue;
    index = phrase.last;
    const found = scorePhrase(text, tokens, phrase.first, phrase.last, lexicon);
    if (found) findings.push(found);
  }
  return findings;
}

/** A run of joined particles and capitalised words that ends in a capitalised word. */
function readPhrase(tokens: readonly NameToken[], index: number): { first: number; last: number } | null {
  if (tokens[index]!.type === 'other') return null;
  let last = -1;
  for (let next = index; next < tokens.length; next++) {
    const token = tokens[next]!;
    if (token.type === 'other' || (next > index && !token.joined)) break;
    if (token.type === 'cap') last = next;
  }
  return last < 0 ? null : { first: index, last };
}

/** Where the name in a phrase starts: words that only start the sentence and articles are left out. */
function nameStart(
  text: string,
  tokens: readonly NameToken[],
  from: number,
  last: number,
  lexicon: DutchLexicon | undefined,
): { first: number; title: string | null } {
  let first = from;
  // A capital that only starts the sentence ("Volgens Ans", "Meneer Yılmaz") is not part of the name.
  if (
    lexicon &&
    first < last &&
    tokens[first]!.type === 'cap' &&
    tokens[first]!.sentenceStart &&
    !NAME_LIKE.has(classifyToken(tokens[first]!.text, lexicon))
  )
    first++;
  // "In de Bijlmer", "Het Rode Kruis": a preposition or article that starts the sentence is no surname's particle.
  if (tokens[first]!.sentenceStart && tokens[first]!.type === 'particle' && SENTENCE_PREPOSITIONS.has(tokens[first]!.text.toLowerCase()))
    first++;
  const title = titleBefore(text, tokens[first]!.start);
  const leading = first;
  while (!title && isLowerParticle(tokens[first]!) && ARTICLES.has(tokens[first]!.text.toLowerCase())) first++;
  if (first > leading) while (first < last && isLowerParticle(tokens[first]!)) first++;
  // "het team van Thea": a first name takes no particle before it.
  if (lexicon && isLowerParticle(tokens[first]!)) {
    let cap = first;
    while (tokens[cap]!.type === 'particle') cap++;
    if (classifyToken(tokens[cap]!.text, lexicon) === 'first-name') first = cap;
  }
  return { first, title: first === leading ? title : titleBefore(text, tokens[first]!.start) };
}

function scorePhrase(
  text: string,
  tokens: readonly NameToken[],
  from: number,
  last: number,
  lexicon: DutchLexicon | undefined,
): Finding | null {
  const { first, title } = nameStart(text, tokens, from, last, lexicon);
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  if (ORGANISATIONS.has(foldName(text.slice(start, end))) || AFTER_POSTCODE.test(text.slice(Math.max(0, start - 9), start))) return null;
  const caps = tokens.slice(first, last + 1).filter((token) => token.type === 'cap');
  // Most phrases are one word that starts a sentence: only a title, an organisation word or a first name makes it a finding.
  if (lexicon && caps.length === 1 && caps[0]!.sentenceStart && !title && !organisationBefore(text, start)) {
    if (!caps[0]!.text.includes('-') && !lexicon.isListedFirstName(caps[0]!.text)) return null;
  }
  const classes = lexicon ? caps.map((token) => classifyToken(token.text, lexicon)) : [];
  // "mevrouw van de Wmo" names an organisation, "mijn vader Javaans" a nationality: no name after the title.
  const notName =
    classes.length > 0 &&
    (classes.every((wordClass) => wordClass === 'place') ||
      (isLowerParticle(tokens[first]!) && !classes.some((wordClass) => NAME_LIKE.has(wordClass))));
  if (title && !notName) return makeFinding(text, 'name', start, end, 0.9, `a name after "${title}"`);
  if (!lexicon) return null;
  if (organisationBefore(text, start)) {
    return makeFinding(text, 'name', start, end, 0.3, 'the name of an organisation (after "stichting", "praktijk", ...)');
  }
  const informative = caps.map((token, index) => (token.sentenceStart ? 0 : CLASS_CONFIDENCE[classes[index]!]));
  let confidence = Math.max(...informative);
  let reason = CLASS_REASON[classes[informative.indexOf(confidence)]!];
  if (caps.length >= 2 && classes.some((wordClass) => STRONG.has(wordClass)) && informative.some((value) => value > 0)) {
    confidence = Math.min(0.95, Math.max(confidence, ...classes.map((wordClass) => CLASS_CONFIDENCE[wordClass])) + 0.15);
    reason = 'capitalised words that together look like a full name';
  }
  const inner = tokens.slice(first + 1, last).some((token) => token.type === 'particle');
  if (inner && caps.length >= 2 && classes.some((wordClass) => NAME_LIKE.has(wordClass))) confidence = Math.max(confidence, 0.85);
  if (confidence === 0 && caps.length === 1 && classes[0] === 'first-name') {
    return makeFinding(text, 'name', start, end, 0.6, 'a known first name at the start of a sentence');
  }
  return confidence === 0 ? null : makeFinding(text, 'name', start, end, confidence, reason);
}

function isLowerParticle(token: NameToken): boolean {
  return token.type === 'particle' && !token.capital;
}

/** A word's class; hyphenated words by their parts (`Wmo-consulent` is a word, `Anne-Marie` a name). */
function classifyToken(word: string, lexicon: DutchLexicon): WordClass {
  const parts = word.split('-').filter((part) => part.length > 0);
  if (parts.length > 1) {
    const whole = lexicon.classify(word);
    if (whole !== 'unknown') return whole;
    if (parts.some((part) => part === part.toLowerCase() || part === part.toUpperCase())) return 'common';
    const classes = parts.map((part) => classifyToken(part, lexicon));
    return classes.reduce((best, next) => (CLASS_CONFIDENCE[next] > CLASS_CONFIDENCE[best] ? next : best));
  }
  if (MIXED_CASE.test(word) || !VOWEL.test(word)) return 'proper';
  return lexicon.classify(word);
}
