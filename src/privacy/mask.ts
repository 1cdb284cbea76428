import type { Finding } from './finding.js';

const ALPHANUMERIC = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The finding's text masked for a terminal, keeping just enough to recognise it: `06-****5678`,
 * `NL** **** **** **** 34`, `j***@***.nl`, `A** d* V****`, `*******82`.
 */
export function maskFinding(finding: Pick<Finding, 'kind' | 'text'>): string {
  const { text } = finding;
  switch (finding.kind) {
    case 'phone':
      return maskCharacters(text, 2, 4);
    case 'iban':
      return maskIban(text);
    case 'email':
      return maskEmail(text);
    case 'name':
    case 'address':
      return text.replace(WORD, (word) => word[0] + '*'.repeat(word.length - 1));
    case 'postcode':
      return maskCharacters(text, 2, 0);
    case 'licence-plate':
      return maskCharacters(text, 0, 1);
    case 'bsn':
    case 'case-number':
      return maskCharacters(text, 0, 2);
    case 'birth-date':
      return maskCharacters(text, 0, 0);
  }
}

/** Replaces letters and digits by `*`, except the first `keepStart` and last `keepEnd` of them. */
function maskCharacters(text: string, keepStart: number, keepEnd: number): string {
  const total = [...text].filter((char) => ALPHANUMERIC.test(char)).length;
  let seen = 0;
  let masked = '';
  for (const char of text) {
    if (!ALPHANUMERIC.test(char)) {
      masked += char;
      continue;
    }
    seen++;
    masked += seen <= keepStart || seen > total - keepEnd ? char : '*';
  }
  return masked;
}

function maskIban(text: string): string {
  const compact = text.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  const masked = compact.slice(0, 2) + '*'.repeat(Math.max(0, compact.length - 4)) + compact.slice(-2);
  return masked.replace(/(.{4})(?!$)/g, '$1 ');
}

function maskEmail(text: string): string {
  const at = text.lastIndexOf('@');
  const dot = text.lastIndexOf('.');
  return `${text[0]}***@***${dot > at ? text.slice(dot) : ''}`;
}
