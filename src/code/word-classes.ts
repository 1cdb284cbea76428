/** Dutch articles, demonstratives, possessives and quantifiers: the words a noun phrase starts with. */
export const DUTCH_DETERMINERS: ReadonlySet<string> = new Set(
  (
    "de het een 'n die dat deze dit mijn m'n je jouw zijn z'n haar ons onze hun uw jullie elk elke ieder iedere alle " +
    "geen enkele enig enige sommige welke zo'n zulke veel weinig wat"
  ).split(' '),
);

/** Dutch prepositions. */
export const DUTCH_PREPOSITIONS: ReadonlySet<string> = new Set(
  (
    'aan achter bij binnen boven buiten door in langs met na naar naast om onder op over per rond sinds tegen tot tussen uit ' +
    'van via voor vanaf vanuit volgens wegens ondanks tijdens zonder'
  ).split(' '),
);

/** Dutch personal pronouns that can be the subject of a clause (and er): "en ik belde" starts a clause. */
export const DUTCH_SUBJECTS: ReadonlySet<string> = new Set('ik je jij u hij zij ze we wij jullie het er men niemand iemand'.split(' '));

/**
 * Words that start a subordinate or new clause: negation before them does not reach past them
 * (ik wist niet dat de buurvrouw ...). `dat` and `of` are listed apart: they also are a pronoun
 * and a conjunction.
 */
export const DUTCH_CLAUSE_STARTS: ReadonlySet<string> = new Set(
  (
    'omdat doordat zodat terwijl hoewel ofschoon toen als nadat voordat totdat zodra wanneer waar waarom waardoor waarna ' +
    'want maar echter behalve hoe wie'
  ).split(' '),
);

/**
 * Fillers of spoken Dutch: between commas they do not end a clause ("ik heb, eh, nooit hulp
 * gehad"); after a negation they do not count as words it negates.
 */
export const DUTCH_FILLERS: ReadonlySet<string> = new Set(
  'eh ehm uh uhm hm mm nou ja jawel nee hè he hoor toch echt gewoon zeg maar weet je eigenlijk natuurlijk dus'.split(' '),
);

/** Whether a Dutch word starts a noun phrase (an article, possessive, demonstrative or quantifier). */
export function isNounPhraseStart(form: string): boolean {
  return DUTCH_DETERMINERS.has(form) || /^\d/.test(form);
}
