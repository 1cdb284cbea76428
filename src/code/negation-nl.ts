import type { DutchVerbs } from './dutch-verbs.js';
import { stopwords } from './stopwords.js';
import type { NegationContext, NegationFinding } from './negation.js';
import { isCueAt, isTerminatorAt, NEGATION_LEXICONS } from './negation-lexicon.js';
import { DUTCH_DETERMINERS, DUTCH_FILLERS, DUTCH_PREPOSITIONS } from './word-classes.js';

/** What the Dutch negation rule needs to know about words. */
export interface DutchWords {
  /** Whether a form is a form of a verb. */
  isVerbForm(form: string): boolean;
  /** Whether a form is a form of a verb of having, being or getting (hebben, zijn, krijgen, komen, bestaan). */
  isHavingOrBeing(form: string): boolean;
  /** Whether a form is a form of a verb that presupposes what follows it (weten, merken, zien). */
  isFactive(form: string): boolean;
}

/** A noun before a post-clausal niet is negated only with these verbs: "hulp kreeg ik niet" (the help is absent). */
const HAVING_OR_BEING = 'hebben zijn krijgen komen bestaan worden blijven voelen ontvangen geven bieden'.split(' ');
const FACTIVE = 'weten merken zien horen beseffen begrijpen snappen ontdekken vergeten'.split(' ');
/** The verbs of a condition contrary to fact: als ik dat niet had gehad, als zij er niet was geweest. */
const COUNTERFACTUAL: ReadonlySet<string> = new Set(['had', 'hadden', 'zou', 'zouden']);
const MODALS = [...HAVING_OR_BEING, 'kunnen', 'moeten', 'willen', 'zullen', 'mogen', 'doen'];
/** Words that may follow a clause-final niet without taking its scope: "niet meer", "helemaal niet, hoor". */
const TRAILING: ReadonlySet<string> = new Set([...DUTCH_FILLERS, ...'meer eens ook toe toen wel nog helemaal zo er bij ons'.split(' ')]);
/** Cues that stand for a person or thing (the subject): they negate the verb of their clause wherever it stands. */
const PRONOUN_CUES: ReadonlySet<string> = new Set(['niemand', 'niets', 'niks']);
const NOUN_WINDOW = 4;
const AFTER_WINDOW = 6;
/**
 * How many words from a cue or hit the rules look through its clause. Clauses of written speech
 * are far shorter; a turn without punctuation (speech recognition) is one clause, and without a
 * bound every hit in it would scan all of it.
 */
const CLAUSE_REACH = 60;

/** The word knowledge of the Dutch rule, over the verb lexicon; each form is looked up once. */
export function createDutchWords(verbs: () => DutchVerbs): DutchWords {
  const cache = new Map<string, boolean>();
  const sets = new Map<string, ReadonlySet<string>>();
  const set = (name: string, make: () => ReadonlySet<string>): ReadonlySet<string> => {
    let found = sets.get(name);
    if (!found) {
      found = make();
      sets.set(name, found);
    }
    return found;
  };
  const formsOf = (infinitives: readonly string[]) => new Set(infinitives.flatMap((infinitive) => verbs().verb(infinitive)?.forms ?? []));
  const having = () => set('having', () => formsOf(HAVING_OR_BEING));
  return {
    isVerbForm(form) {
      let verb = cache.get(form);
      if (verb === undefined) {
        // Function words that happen to be a verb form (niet of nieten, toen, wel) are not verbs here; is, had and kan are.
        const functionWord = set('function', () => stopwords('nl')).has(form) && !set('auxiliary', () => formsOf(MODALS)).has(form);
        verb = !functionWord && verbs().lemmas(form).length > 0;
        cache.set(form, verb);
      }
      return verb;
    },
    isHavingOrBeing: (form) => having().has(form),
    isFactive: (form) => set('factive', () => formsOf(FACTIVE)).has(form),
  };
}

/**
 * Dutch negation by word order. A cue negates what follows it in its clause (clauses.ts): the
 * verbs anywhere after it, nouns within 4 words unless a preposition stands between (not right
 * after the cue: "niet op de wachtlijst", but "niet ver van het buurthuis"); `niemand`/`niets` as
 * the subject negate the verbs of the clause; `geen` its noun phrase; `zonder` its noun. After a
 * hit, a cue negates a verb ("ik begreep die formulieren niet": begreep, not formulieren), and a
 * noun only when the clause's verb is one of having or being and the cue ends the clause ("hulp
 * kreeg ik toen niet"). Two negations cancel: a negated clause after "niet dat", "niet zeggen
 * dat", and "zonder" with another cue ("zonder mijn zus was het nooit gelukt").
 */
export function findDutchNegation(context: NegationContext, matched: readonly number[]): NegationFinding | null {
  const first = matched[0]!;
  const last = matched[matched.length - 1]!;
  const verbal = matched.some((index) => isVerbal(context, index));
  const before = cueBefore(context, first, verbal);
  const found = before ?? cueAfter(context, last, verbal);
  return found && cancelled(context, found.cue) ? null : found;
}

/**
 * Whether the word at `index` acts as a verb: a verb form not preceded by an article (die
 * formulieren), and, when it could be a plural noun (-en), not by a preposition (met formulieren;
 * but "langs geweest" is a verb).
 */
function isVerbal(context: NegationContext, index: number): boolean {
  const { forms, clauses } = context;
  const form = forms[index]!;
  const previous = forms[index - 1];
  if (previous !== undefined && clauses[index - 1] === clauses[index]) {
    if (DUTCH_DETERMINERS.has(previous)) return false;
    if (DUTCH_PREPOSITIONS.has(previous) && form.endsWith('en')) return false;
  }
  return context.dutch.isVerbForm(form);
}

function cueBefore(context: NegationContext, first: number, verbal: boolean): NegationFinding | null {
  const { forms, clauses } = context;
  for (let index = first - 1; index >= 0 && index >= first - CLAUSE_REACH && clauses[index] === clauses[first]; index--) {
    if (isTerminatorAt(context, index)) return null;
    if (!isCueAt(context, index)) continue;
    const form = forms[index]!;
    const near = first - index <= NOUN_WINDOW;
    if (form === 'zonder') {
      if (forms[index + 1] === 'dat') return { cue: index, rule: 'zonder' };
      return inNounPhrase(context, index, first) ? { cue: index, rule: 'zonder' } : null;
    }
    if (verbal && form !== 'geen') return { cue: index, rule: PRONOUN_CUES.has(form) ? 'subject' : 'before-verb' };
    // geen and niemand head a noun phrase: any preposition after them leads to another noun (geen reactie van de gemeente).
    const phrase = form === 'geen' || PRONOUN_CUES.has(form);
    // An adverb first in its clause negates the whole clause: "nooit meer heb ik daarna hulp gevraagd".
    const topical = !phrase && (index === 0 || clauses[index - 1] !== clauses[index]);
    return (near || topical) && !hasPreposition(forms, phrase ? index + 1 : index + 2, first) ? { cue: index, rule: 'before' } : null;
  }
  return null;
}

/** A cue after the hit, in its clause: it negates a verb, or a noun with a verb of having or being when it ends the clause. */
function cueAfter(context: NegationContext, last: number, verbal: boolean): NegationFinding | null {
  const { forms, clauses, dutch } = context;
  for (let index = last + 1; index < forms.length && index <= last + AFTER_WINDOW && clauses[index] === clauses[last]; index++) {
    if (isTerminatorAt(context, index)) return null;
    if (!isCueAt(context, index) || NEGATION_LEXICONS.nl.forwardOnly.has(forms[index]!)) continue;
    if (verbal) return { cue: index, rule: 'after-verb' };
    if (PRONOUN_CUES.has(forms[index]!)) return null;
    let having = false;
    for (let between = last + 1; between < index; between++) having ||= dutch.isHavingOrBeing(forms[between]!);
    for (let after = index + 1; after < forms.length && after <= index + CLAUSE_REACH && clauses[after] === clauses[index]; after++) {
      const form = forms[after]!;
      if (dutch.isHavingOrBeing(form)) having = true;
      else if (!TRAILING.has(form)) return null;
    }
    return having ? { cue: index, rule: 'after-having-or-being' } : null;
  }
  return null;
}

/** Whether `target` is in the noun phrase right after `zonder`: its articles and at most two more words, before any verb or preposition. */
function inNounPhrase(context: NegationContext, zonder: number, target: number): boolean {
  const { forms, clauses } = context;
  let words = 0;
  for (let index = zonder + 1; index <= target; index++) {
    if (clauses[index] !== clauses[zonder]) return false;
    const form = forms[index]!;
    if (DUTCH_DETERMINERS.has(form)) continue;
    if (DUTCH_PREPOSITIONS.has(form) || (index > zonder + 1 && isVerbal(context, index))) return false;
    if (++words > 2) return false;
  }
  return true;
}

function hasPreposition(forms: readonly string[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (DUTCH_PREPOSITIONS.has(forms[index]!)) return true;
  return false;
}

/**
 * Two negations that cancel: `zonder` with another cue in its clause (a counterfactual: "zonder
 * mijn buren had ik het niet gered"), a negated condition contrary to fact ("als ik haar niet had
 * gehad"), or a negated clause that starts with dat, of or "zonder dat"
 * after a clause that holds a cue and no verb of knowing ("niet dat de hulp niet hielp"; but "ik
 * wist niet dat er geen wachtlijst was" keeps its negation).
 */
function cancelled(context: NegationContext, cue: number): boolean {
  const { forms, clauses, tokens, dutch } = context;
  const clause = clauses[cue]!;
  if (forms[cue] === 'zonder' && forms[cue + 1] !== 'dat') {
    const from = Math.max(0, cue - CLAUSE_REACH);
    for (let index = from; index < forms.length && index <= cue + CLAUSE_REACH; index++) {
      if (index !== cue && clauses[index] === clause && isCueAt(context, index)) return true;
    }
    return false;
  }
  let start = cue;
  while (start > 0 && clauses[start - 1] === clause) {
    // A clause that long has no punctuation (speech recognition without it): no clause start to read.
    if (cue - start >= CLAUSE_REACH) return false;
    start--;
  }
  // A negated condition contrary to fact asserts what it negates: "als ik mijn buurvrouw niet had gehad".
  if (forms[start] === 'als') {
    for (let index = start; index < forms.length && index <= start + 2 * CLAUSE_REACH && clauses[index] === clause; index++) {
      if (COUNTERFACTUAL.has(forms[index]!)) return true;
    }
  }
  if (start === 0 || !['dat', 'of', 'zonder'].includes(forms[start]!) || tokens[start - 1]!.clause !== tokens[start]!.clause) return false;
  let matrixCue = false;
  for (let index = start - 1; index >= 0 && index >= start - CLAUSE_REACH && clauses[index] === clauses[start - 1]; index--) {
    if (dutch.isFactive(forms[index]!)) return false;
    matrixCue ||= isCueAt(context, index);
  }
  return matrixCue;
}
