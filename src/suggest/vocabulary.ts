import type { Language } from '../model/language.js';
import { stopwords } from '../code/stopwords.js';
import type { Token } from '../text/tokenize.js';

/**
 * Words of spoken language that carry no topic, beyond natural's stop-word lists: fillers and
 * backchannels (eh, nou, hoor; uh, yeah), discourse words (gewoon, eigenlijk; actually, basically),
 * quantifiers and light verbs in their common forms (gaan, zeggen, zitten; get, say, think). A
 * transcript is full of them, in every interview, so they would otherwise top any count.
 */
const SPOKEN: Record<Language, readonly string[]> = {
  nl: (
    'eh ehm uh uhm hm hmm mm ah oh o jaja nee nou hè he hoor joh zeg zeker oké oke ok okay precies inderdaad klopt ' +
    'per via tussen onder boven achter naast binnen buiten rond sinds tijdens vanaf tegenover langs volgens ' +
    'onze jullie jouw hen goed goede mevrouw meneer gewoon eigenlijk echt natuurlijk misschien even heel erg best beetje allemaal iedereen niemand niks ergens nergens overal soms vaak steeds weer ' +
    "altijd nooit al alleen toch dus zoiets zo'n zulke zoals elke elk ieder iedere andere ander anderen beide paar hele heel helemaal " +
    'gaan ga gaat ging gingen gegaan komen kom komt kwam kwamen gekomen doen doe doet deed deden gedaan zeggen zeg zegt zei zeiden gezegd ' +
    'weten weet wist wisten geweten denken denk denkt dacht dachten gedacht vinden vind vindt vond vonden gevonden zitten zit zat zaten gezeten ' +
    'staan sta staat stond stonden gestaan liggen ligt lag lagen krijgen krijg krijgt kreeg kregen gekregen laten laat liet lieten gelaten ' +
    'maken maak maakt maakte gemaakt hebt heb had hadden gehad ben bent is zijn was waren geweest wordt worden werd werden geworden ' +
    'kunnen kun kunt kan kon konden gekund mogen mag mocht moeten moet moest moesten willen wil wilt wilde wilden zullen zal zult zou zouden ' +
    'dingen ding iets wat waar waarom wanneer hoe hoeveel welke welk daar hier daarom daarna daarvan erbij eruit ervan erop eraan ermee weg gegeven ' +
    'mensen mens keer manier kant stuk deel soort eerst later meer minder veel weinig twee drie vier vijf een één eerste tweede graag ' +
    // Time words: every story is told in time, so they recur everywhere without being a topic.
    'tijd tijden moment momenten jaar jaren maand maanden week weken dag dagen uur uren minuut minuten periode vorig vorige geleden ineens opeens uiteindelijk ' +
    'ochtend ochtends middag middags avond avonds maandag dinsdag woensdag donderdag vrijdag zaterdag zondag weekend ' +
    'januari februari maart april mei juni juli augustus september oktober november december lente zomer herfst winter voorjaar najaar'
  ).split(' '),
  en: (
    'uh um er erm hm hmm mm ah oh yeah yes yep no nope okay ok right well like just really actually basically literally ' +
    'kind sort lot lots thing things stuff something anything nothing everything someone anyone everyone people person way bit ' +
    'get gets got gotten getting go goes went gone going come comes came coming say says said saying think thinks thought ' +
    'know knows knew known mean means meant make makes made take takes took want wants wanted would could should might must ' +
    'per via between under above behind beside inside outside around since during toward towards across along ' +
    'also still even always never sometimes often maybe probably quite pretty much many more most less one two three first ' +
    'good great nice fine sure thank thanks let lets question questions enough particular find found look looking see seen ' +
    'use used using try tried need needed able different whole big little new old next ' +
    'time times moment year years month months week weeks day days hour hours minute minutes period last ago suddenly eventually ' +
    'morning afternoon evening monday tuesday wednesday thursday friday saturday sunday weekend ' +
    'january february march april may june july august september october november december spring summer autumn fall winter'
  ).split(' '),
};

/** The stop words `suggest` leaves out: natural's lists of both languages (transcripts mix them) and spoken fillers. */
export function suggestStopwords(): ReadonlySet<string> {
  return new Set([...stopwords('nl'), ...stopwords('en'), ...SPOKEN.nl, ...SPOKEN.en]);
}

/** Number words, also written as one word (`vijfentwintig`, `achtduizend`, `twenty-five`): a count is no topic. */
const NUMBER_WORD = new RegExp(
  '^(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|miljoen|en|ën)+' +
    '|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|-)+)$',
);

/** Whether a form is a number written in words. */
export function isNumberWord(form: string): boolean {
  return NUMBER_WORD.test(form);
}

/** Subject pronouns that never mean anything else (`je`, `ze` and `you` can be possessive or object, and are not here). */
const SUBJECTS: ReadonlySet<string> = new Set(['ik', 'jij', 'hij', 'wij', 'zij', 'u', 'men', 'i', 'he', 'she', 'we', 'they']);

/** Whether a form is a subject pronoun: a word right after one (`ik merk`) or before one (`belt hij`) is a verb there. */
export function isSubjectPronoun(form: string): boolean {
  return SUBJECTS.has(form);
}

/** English contractions (`it's`, `don't`, `we'll`) of a stop word are stop words too. */
const CONTRACTION = /^(.+?)(?:n't|'s|'re|'ve|'ll|'d|'m)$/;

/** Whether a form is a stop word, or a contraction of one. */
export function isStopword(form: string, stop: ReadonlySet<string>): boolean {
  if (stop.has(form)) return true;
  const base = CONTRACTION.exec(form)?.[1];
  return (
    base !== undefined &&
    (stop.has(base) ||
      ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'could', 'would', 'should', 'ca', 'wo', 'ai'].includes(base))
  );
}

/** Transcriber notes and anonymisation placeholders are no respondent words: `(lacht)`, `[naam]`, `<stad>`, `{pauze}`. */
const BRACKETS: Record<string, string> = { '(': ')', '[': ']', '<': '>', '{': '}' };
/** A bracketed part longer than this is speech in parentheses, not a note. */
const NOTE_WORDS = 4;

/** Positions of the tokens inside short bracketed notes and placeholders. */
export function bracketedTokens(text: string, tokens: readonly Token[]): Set<number> {
  const inside = new Set<number>();
  for (let index = 0; index < tokens.length; index++) {
    const open = precedingBracket(text, tokens[index]!.start);
    if (open === null) continue;
    for (let last = index; last < tokens.length && last < index + NOTE_WORDS; last++) {
      const after = text.slice(tokens[last]!.end).trimStart()[0];
      if (after === BRACKETS[open]) {
        for (let position = index; position <= last; position++) inside.add(position);
        index = last;
        break;
      }
    }
  }
  return inside;
}

function precedingBracket(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 3), start).trimEnd();
  const char = before[before.length - 1];
  return char !== undefined && char in BRACKETS ? char : null;
}
