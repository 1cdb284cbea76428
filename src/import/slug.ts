/** Letters that Unicode does not decompose into a base letter and an accent, written as they are spelled in ASCII. */
const SPELLED: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ĳ: 'ij' };

/** The longest id made from a name; longer ones are cut at a word. */
const MAX_LENGTH = 48;

/**
 * A rodedraad id from a name: ASCII letters and digits in lower case, words joined by single
 * hyphens (`Één loket, één plan` -> `een-loket-een-plan`). Accents are dropped, ß and æ spelled
 * out; what has no ASCII form (emoji, other scripts) is left out. Empty when nothing is left.
 */
export function slugify(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\x00-\x7F]/g, (character) => SPELLED[character] ?? ' ');
  const words = ascii.split(/[^a-z0-9]+/).filter((word) => word !== '');
  let id = '';
  for (const word of words) {
    const next = id === '' ? word : `${id}-${word}`;
    if (next.length > MAX_LENGTH) return id === '' ? word.slice(0, MAX_LENGTH) : id;
    id = next;
  }
  return id;
}

/**
 * Hands out unique ids: each wanted id as it is when still free, else the first of `fallbacks`
 * that is, else the wanted id with -2, -3, ... Deterministic: the same names in the same order
 * give the same ids.
 */
export function createIdPool(): (wanted: string, fallbacks?: readonly string[]) => string {
  const taken = new Set<string>();
  return (wanted, fallbacks = []) => {
    const free = [wanted, ...fallbacks].find((candidate) => candidate !== '' && !taken.has(candidate));
    let id = free ?? wanted;
    for (let number = 2; taken.has(id); number++) id = `${wanted}-${number}`;
    taken.add(id);
    return id;
  };
}
