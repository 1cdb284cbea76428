/** Forms of address, titles and relations that stand before a name: `mevrouw De Vries`, `mijn buurvrouw Ans`. */
const TITLES: readonly string[] = [
  'meneer',
  'mevrouw',
  'mevr.',
  'mevr',
  'mw.',
  'mw',
  'dhr.',
  'dhr',
  'de heer',
  'heer',
  'juffrouw',
  'juf',
  'juffie',
  'meester',
  'dokter',
  'dr.',
  'mr.',
  'ir.',
  'ing.',
  'drs.',
  'prof.',
  'zuster',
  'broeder',
  'pastoor',
  'dominee',
  'ds.',
  'imam',
  'wethouder',
  'burgemeester',
  'tante',
  'oom',
  'opa',
  'oma',
  'neef',
  'nicht',
  'broer',
  'broertje',
  'zus',
  'zusje',
  'moeder',
  'vader',
  'dochter',
  'dochtertje',
  'zoon',
  'zoontje',
  'kleinzoon',
  'kleindochter',
  'schoonmoeder',
  'schoonvader',
  'schoonzus',
  'zwager',
  'stiefvader',
  'stiefmoeder',
  'pleegmoeder',
  'pleegvader',
  'man',
  'vrouw',
  'vriend',
  'vriendin',
  'vriendje',
  'buurman',
  'buurvrouw',
  'buurjongen',
  'buurmeisje',
  'collega',
  'consulent',
  'consulente',
  'hulpverlener',
  'begeleider',
  'begeleidster',
  'coach',
  'huisarts',
  'therapeut',
  'psycholoog',
  'psychiater',
  'bewindvoerder',
  'verpleegkundige',
  'casemanager',
  'mentor',
  'ex',
  'partner',
  'baas',
  'leidinggevende',
  'mama',
  'papa',
  'mam',
  'pap',
  'wijkagent',
  'agent',
  'mister',
  'mrs.',
  'mrs',
  'mr',
  'ms',
  'miss',
  'doctor',
  'neighbour',
  'neighbor',
  'sister',
  'brother',
  'mother',
  'father',
  'son',
  'daughter',
  'aunt',
  'uncle',
  'friend',
  'colleague',
];
/** Words after which a capitalised word names an organisation, not a person. */
const ORGANISATION_WORDS: readonly string[] = [
  'stichting',
  'vereniging',
  'zorggroep',
  'zorgorganisatie',
  'organisatie',
  'instelling',
  'bureau',
  'kliniek',
  'ziekenhuis',
  'praktijk',
  'huisartsenpraktijk',
  'basisschool',
  'school',
  'firma',
  'bedrijf',
  'woningcorporatie',
  'corporatie',
  'buurthuis',
  'wijkcentrum',
  'buurtcentrum',
  'kerk',
  'moskee',
  'club',
  'team',
];

/** Words of the list as a regex that matches one of them, not after a letter, right before a space at the end. */
function endsWithWord(words: readonly string[]): RegExp {
  const escaped = words.map((word) => word.replaceAll('.', '\\.'));
  return new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})[ \\u00a0]$`, 'iu');
}

const TITLE_BEFORE = endsWithWord(TITLES);
const ORGANISATION_BEFORE = endsWithWord(ORGANISATION_WORDS);
/** The last word of each title and organisation word: the regex runs only when the word before a name is one. */
const TITLE_LAST_WORDS: ReadonlySet<string> = new Set(TITLES.map((title) => title.split(' ').at(-1)!));
const ORGANISATION_SET: ReadonlySet<string> = new Set(ORGANISATION_WORDS);

/** How far before a name a title is looked for. */
const TITLE_WINDOW = 20;
/** How far before a name an organisation word is looked for. */
const ORGANISATION_WINDOW = 24;

/** The title directly before `start` (one space between), or null. */
export function titleBefore(text: string, start: number): string | null {
  const from = Math.max(0, start - TITLE_WINDOW);
  if (!lastWordIn(text, from, start, TITLE_LAST_WORDS)) return null;
  const match = TITLE_BEFORE.exec(text.slice(from, start));
  return match ? match[0].trim() : null;
}

/** Whether an organisation word (`stichting`, `praktijk`) stands directly before `start`. */
export function organisationBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - ORGANISATION_WINDOW);
  return lastWordIn(text, from, start, ORGANISATION_SET) && ORGANISATION_BEFORE.test(text.slice(from, start));
}

/**
 * A quick test that the regex can match: the text from `from` to `start` ends in a space after a
 * run of letters and dots, and that run, or a part of it after a dot, is one of `words`. Most words
 * before a capital are none, and this test is much cheaper than the regex.
 */
function lastWordIn(text: string, from: number, start: number, words: ReadonlySet<string>): boolean {
  const space = text[start - 1];
  if (space !== ' ' && space !== '\u00a0') return false;
  // Every title and organisation word is ASCII letters and dots: the run is read in those only.
  let wordStart = start - 1;
  while (wordStart > from && isAsciiLetterOrDot(text.charCodeAt(wordStart - 1))) wordStart--;
  const run = text.slice(wordStart, start - 1).toLowerCase();
  if (words.has(run)) return true;
  for (let dot = run.indexOf('.'); dot >= 0; dot = run.indexOf('.', dot + 1)) if (words.has(run.slice(dot + 1))) return true;
  return false;
}

function isAsciiLetterOrDot(code: number): boolean {
  return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
