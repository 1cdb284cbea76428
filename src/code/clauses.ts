import type { Language } from '../model/language.js';
import type { Token } from '../text/tokenize.js';
import { DUTCH_CLAUSE_STARTS, DUTCH_DETERMINERS, DUTCH_FILLERS, DUTCH_SUBJECTS } from './word-classes.js';

/** Clause-starting words that are also adverbs ("kreeg ik toen niet", "dat is waar"): they start a clause only before a subject. */
const ADVERB_TOO: ReadonlySet<string> = new Set(['toen', 'als', 'waar', 'hoe', 'wanneer', 'so', 'when', 'where']);

const ENGLISH_CLAUSE_STARTS: ReadonlySet<string> = new Set(
  'but however although though because while whereas unless since when where which who whom whose that so'.split(' '),
);
const ENGLISH_FILLERS: ReadonlySet<string> = new Set('uh um erm er well like yeah yes no oh really actually basically'.split(' '));
const ENGLISH_DETERMINERS: ReadonlySet<string> = new Set('the a an this that these those my your his her our their'.split(' '));
const ENGLISH_SUBJECTS: ReadonlySet<string> = new Set('i you he she we they it there nobody somebody someone'.split(' '));

/** Whether the text between two words, `[from, to)`, holds a comma, dash, bracket or quote: a clause may end there. */
function marksClause(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    switch (text.charCodeAt(index)) {
      case 44: // ,
      case 40: // (
      case 41: // )
      case 34: // "
      case 0x2013: // –
      case 0x2014: // —
      case 0x201c: // “
      case 0x201d: // ”
        return true;
      case 45: // a hyphen between spaces is a dash
        if (index > from && index + 1 < to) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/**
 * The clause number of each token: a sentence is cut further at commas, dashes and brackets, and
 * before the words that start a clause (omdat, dat, maar; "en" or "of" before a subject). Commas
 * around fillers alone do not count ("ik heb, eh, nooit hulp gehad" is one clause). This is the
 * unit of `within: clause` and the reach of negation.
 */
export function clauseNumbers(text: string, tokens: readonly Token[], forms: readonly string[], language: Language): Int32Array {
  const clauses = new Int32Array(tokens.length);
  if (tokens.length === 0) return clauses;
  const starts = language === 'nl' ? DUTCH_CLAUSE_STARTS : ENGLISH_CLAUSE_STARTS;
  const fillers = language === 'nl' ? DUTCH_FILLERS : ENGLISH_FILLERS;
  const subjects = language === 'nl' ? DUTCH_SUBJECTS : ENGLISH_SUBJECTS;
  const determiners = language === 'nl' ? DUTCH_DETERMINERS : ENGLISH_DETERMINERS;
  // Where punctuation stands between two words, then which of those stand around fillers only.
  const marked = new Uint8Array(tokens.length);
  for (let index = 1; index < tokens.length; index++) {
    if (marksClause(text, tokens[index - 1]!.end, tokens[index]!.start)) marked[index] = 1;
  }
  const cuts = [0];
  for (let index = 1; index < tokens.length; index++) if (marked[index]) cuts.push(index);
  cuts.push(tokens.length);
  for (let cut = 1; cut < cuts.length - 1; cut++) {
    const [from, to] = [cuts[cut]!, cuts[cut + 1]!];
    if (!isFillerRun(forms, fillers, from, to)) continue;
    marked[from] = 0;
    if (to < tokens.length) marked[to] = 0;
  }
  let clause = 0;
  for (let index = 1; index < tokens.length; index++) {
    const form = forms[index]!;
    const next = forms[index + 1];
    const startsClause =
      tokens[index]!.clause !== tokens[index - 1]!.clause ||
      marked[index] === 1 ||
      (starts.has(form) &&
        !starts.has(forms[index - 1]!) &&
        (!ADVERB_TOO.has(form) || (next !== undefined && (subjects.has(next) || determiners.has(next))))) ||
      (language === 'nl' && form === 'dat' && next !== undefined && (subjects.has(next) || next === 'de' || next === 'een')) ||
      (language === 'nl' && form === 'zonder' && next === 'dat') ||
      ((form === 'en' || form === 'of' || form === 'and' || form === 'or') && next !== undefined && subjects.has(next));
    if (startsClause && !(form === 'dat' && forms[index - 1] === 'zonder')) clause++;
    clauses[index] = clause;
  }
  return clauses;
}

function isFillerRun(forms: readonly string[], fillers: ReadonlySet<string>, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!fillers.has(forms[index]!)) return false;
  return true;
}
