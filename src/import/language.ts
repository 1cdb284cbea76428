import { CODEBOOK_MARK } from '../export/codes-xml.js';
import type { QdcCode } from './qdc-tree.js';

// Short words that are frequent in one language and rare in the other.
const DUTCH = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'niet',
  'geen',
  'met',
  'voor',
  'dat',
  'is',
  'op',
  'te',
  'zijn',
  'wordt',
  'als',
  'bij',
  'ook',
  'naar',
  'over',
  'hulp',
  'wel',
]);
const ENGLISH = new Set([
  'the',
  'a',
  'an',
  'and',
  'of',
  'not',
  'no',
  'with',
  'for',
  'that',
  'is',
  'on',
  'to',
  'are',
  'be',
  'as',
  'at',
  'also',
  'about',
  'help',
  'when',
  'or',
]);

/**
 * The language of an imported codebook: as given, else as a rodedraad export's codebook line says,
 * else guessed from the function words of its names and descriptions (Dutch when it is a tie), with
 * a sentence saying how it was decided when it was guessed.
 */
export function chooseLanguage(codes: readonly QdcCode[], given: 'nl' | 'en' | undefined): { language: 'nl' | 'en'; guess: string | null } {
  if (given !== undefined) return { language: given, guess: null };
  const texts: string[] = [];
  const visit = (code: QdcCode): void => {
    texts.push(code.name, code.description ?? '');
    code.children.forEach(visit);
  };
  codes.forEach(visit);
  const marked = texts.map((text) => CODEBOOK_MARK.exec(text)?.[3]).find((language) => language !== undefined);
  if (marked === 'nl' || marked === 'en') return { language: marked, guess: null };
  let dutch = 0;
  let english = 0;
  const words = texts
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  for (const word of words) {
    if (DUTCH.has(word)) dutch++;
    if (ENGLISH.has(word)) english++;
  }
  const language = english > dutch ? 'en' : 'nl';
  const other = language === 'nl' ? 'en' : 'nl';
  const name = language === 'nl' ? 'Dutch' : 'English';
  const why = dutch + english === 0 ? 'no words tell, so' : `from its words (${dutch} Dutch and ${english} English function words),`;
  return {
    language,
    guess: `the codebook does not say its language; ${why} ${name} (${language}) is assumed; give --lang ${other} if that is wrong`,
  };
}
