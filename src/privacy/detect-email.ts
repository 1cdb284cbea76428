import { makeFinding, type Finding } from './finding.js';
import { detectSpokenEmail } from './spoken-email.js';

const LOCAL_CHAR = /[\p{L}\p{N}._%+'-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;
const TOP_LEVEL = /^\p{L}{2,24}$/u;

/** Local parts of role addresses: an organisation's mailbox rather than a person's. */
const ROLE_ADDRESSES: ReadonlySet<string> = new Set([
  'info',
  'contact',
  'secretariaat',
  'administratie',
  'helpdesk',
  'servicedesk',
  'klantenservice',
  'support',
  'noreply',
  'no-reply',
  'post',
  'postbus',
  'receptie',
  'balie',
  'loket',
  'gemeente',
  'wijkteam',
  'team',
  'office',
  'mail',
  'algemeen',
  'privacy',
  'communicatie',
  'vragen',
  'aanmelden',
  'aanmelding',
  'sales',
  'hallo',
  'welkom',
]);

/**
 * E-mail addresses, found from each `@` outwards (linear, no backtracking). A role address such as
 * `info@…` or `wijkteam@…` is reported with low confidence: it is usually an organisation's. Spoken
 * addresses (`jan punt jansen apenstaartje gmail punt com`) are found too.
 */
export function detectEmail(text: string): Finding[] {
  const findings: Finding[] = [];
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > lastEnd && LOCAL_CHAR.test(text[start - 1]!)) start--;
    while (text[start] === '.') start++;
    let end = at + 1;
    while (end < text.length && DOMAIN_CHAR.test(text[end]!)) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const local = text.slice(start, at);
    const domain = text.slice(at + 1, end);
    if (local.length === 0 || local.endsWith('.') || !isDomain(domain)) continue;
    const role = ROLE_ADDRESSES.has(local.toLowerCase());
    const reason = role ? "an e-mail address that looks like an organisation's mailbox" : 'an e-mail address';
    findings.push(makeFinding(text, 'email', start, end, role ? 0.4 : 0.95, reason));
    lastEnd = end;
  }
  return [...findings, ...detectSpokenEmail(text)];
}

/** A domain: two or more non-empty labels, the last of 2-24 letters (`gemeente.nl`). */
function isDomain(domain: string): boolean {
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => label.length > 0) && TOP_LEVEL.test(labels[labels.length - 1]!);
}
