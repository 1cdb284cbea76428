import { makeFinding, type Finding } from './finding.js';

const SPOKEN_AT = /(?<![\p{L}])(?:apenstaartje|at-teken)(?![\p{L}])/giu;
const PART = /^[\p{L}\p{N}._-]+$/u;
const TOP_LEVEL = /^\p{L}{2,6}$/u;
const WINDOW = 80;
const TRAILING_PUNCTUATION = /[.,;:!?)]+$/;

/**
 * E-mail addresses as a transcript writes them down from speech: `jan punt jansen apenstaartje gmail
 * punt com`, `ans1962 apenstaartje ziggo.nl`. The words around "apenstaartje" are read as the
 * address, joined by "punt"; the domain must end in a top-level domain of letters.
 */
export function detectSpokenEmail(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(SPOKEN_AT)) {
    const before = text.slice(Math.max(0, match.index - WINDOW), match.index).split(' ');
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + WINDOW).split(' ');
    if (before.pop() !== '' || after.shift() !== '') continue;
    let localLength = readDotted(before.slice().reverse());
    const domainParts = readDotted(after);
    if (localLength === 0 || domainParts === 0) continue;
    const domain = after
      .slice(0, domainParts * 2 - 1)
      .filter((_, index) => index % 2 === 0)
      .map(clean)
      .join('.');
    const top = domain.split('.').pop() ?? '';
    if (!domain.includes('.') || !TOP_LEVEL.test(top)) continue;
    localLength = localLength * 2 - 1;
    const start = match.index - 1 - before.slice(-localLength).join(' ').length;
    const end = match.index + match[0].length + 1 + clean(after.slice(0, domainParts * 2 - 1).join(' ')).length;
    findings.push(makeFinding(text, 'email', start, end, 0.85, 'an e-mail address spoken out ("apenstaartje")'));
  }
  return findings;
}

/** A word without the punctuation of the sentence after it. */
function clean(word: string | undefined): string {
  return (word ?? '').replace(TRAILING_PUNCTUATION, '');
}

/** How many parts joined by "punt" the words start with: `jan punt jansen` is 2; 0 if the first is no part. */
function readDotted(words: readonly string[]): number {
  if (!PART.test(clean(words[0]))) return 0;
  let parts = 1;
  while (words[parts * 2 - 1] === 'punt' && PART.test(clean(words[parts * 2])) && parts < 4) parts++;
  return parts;
}
