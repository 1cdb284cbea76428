import type { Attributes, AttributeValue } from '../model/transcript.js';
import { editDistance, isRespondentLabel, isTextLabel, labelBase, labelShape, QUESTION_WORDS } from './label-shape.js';
import { labelKey, type LabelMatch } from './labels.js';

/** A label-shaped prefix found at a line start, with the block it stands in. */
export interface Candidate {
  readonly block: number;
  readonly match: LabelMatch;
}

/** Something the speaker rules assumed about a label, for a diagnostic. */
export interface SpeakerNote {
  readonly at: Candidate | null;
  readonly severity: 'warning' | 'info';
  readonly reason: string;
  readonly ruleId: string;
}

/** Who speaks in a document, decided before turns are built. */
export interface Speakers {
  /** Display form by label key, for every label that is a speaker. */
  readonly byKey: ReadonlyMap<string, string>;
  /** Misspelt labels used once, and the speaker key they are read as. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Keys of the speakers who interview. */
  readonly interviewers: ReadonlySet<string>;
  /** Keys of the speakers whose labels occur in the document. */
  readonly present: ReadonlySet<string>;
  /** The document is a transcript: it has speaker labels or declares speakers. */
  readonly labelled: boolean;
  /** No speaker is an interviewer and the document does not say there is none: guess from the turns. */
  readonly guessInterviewer: boolean;
  readonly notes: readonly SpeakerNote[];
}

/** The interviewer labels of a document: its front matter's, else the settings'. An empty list declares none. */
export function interviewerLabels(attributes: Attributes, defaults: readonly string[]): { labels: readonly string[]; declared: boolean } {
  const value = own(attributes, 'interviewers') ?? own(attributes, 'interviewer');
  if (value === undefined) return { labels: defaults, declared: false };
  return { labels: toLabels(value), declared: true };
}

/**
 * Decide which label-shaped prefixes are speakers. A document is a transcript when a label
 * recurs, is declared (front matter `speakers`/`interviewers`, the document id) or is an
 * interviewer label, or when two different labels read as roles or codes (`Spreker 1`,
 * `Spreker 2`). In a transcript a label used once is a speaker too when it reads as a role, a
 * code or (after the first speaker) a name; prose such as "Let op:" never is.
 */
export function findSpeakers(
  candidates: readonly Candidate[],
  attributes: Attributes,
  documentId: string,
  defaultInterviewers: readonly string[],
): Speakers {
  const notes: SpeakerNote[] = [];
  const { labels: interviewerList, declared: interviewersDeclared } = interviewerLabels(attributes, defaultInterviewers);
  const interviewerBases = new Set(interviewerList.map(labelBase));
  const declaredSpeakers = toLabels(own(attributes, 'speakers') ?? null);
  const declared = new Set([...declaredSpeakers, ...interviewerList, documentId].map(labelKey));
  const isInterviewerKey = (key: string, label: string): boolean =>
    interviewerBases.has(labelBase(label)) ||
    QUESTION_WORDS.has(labelBase(label)) ||
    interviewerList.some((entry) => labelKey(entry) === key);

  const counts = new Map<string, number>();
  const shown = new Map<string, string>();
  const firstAt = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const { key, label } = candidate.match;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!shown.has(key)) {
      shown.set(key, label);
      firstAt.set(key, candidate);
    }
  }
  const byKey = new Map<string, string>();
  for (const label of [...declaredSpeakers, ...interviewerList, documentId])
    byKey.set(labelKey(label), shown.get(labelKey(label)) ?? label);
  const recognised = (key: string): boolean => {
    const label = shown.get(key)!;
    if (declared.has(key) || (isInterviewerKey(key, label) && !QUESTION_WORDS.has(labelBase(label)))) return true;
    return counts.get(key)! >= 2 && !isTextLabel(label);
  };
  for (const key of counts.keys()) if (recognised(key)) byKey.set(key, shown.get(key)!);

  const used = [...counts.keys()].filter((key) => byKey.has(key));
  const single = [...counts.keys()].filter((key) => !byKey.has(key));
  const roleLike = single.filter((key) => ['role', 'code'].includes(labelShape(shown.get(key)!)));
  const labelled =
    used.length > 0 ||
    declaredSpeakers.length > 0 ||
    roleLike.length >= 2 ||
    (roleLike.length >= 1 && single.some((key) => labelShape(shown.get(key)!) === 'name'));

  const aliases = new Map<string, string>();
  if (labelled) {
    const firstSpeaker = candidates.find((candidate) => byKey.has(candidate.match.key) || roleLike.includes(candidate.match.key));
    for (const key of single) {
      const label = shown.get(key)!;
      const at = firstAt.get(key)!;
      const near = misspeltSpeaker(key, used);
      if (near !== null) {
        aliases.set(key, near);
        notes.push({
          at,
          severity: 'warning',
          reason: `label "${label}" occurs once and looks like a misspelling of "${shown.get(near)}"; read as "${shown.get(near)}" (correct the label if it is someone else)`,
          ruleId: 'misspelt-label',
        });
        continue;
      }
      if (declaredSpeakers.length > 0) {
        notes.push({
          at,
          severity: 'info',
          reason: `"${label}:" occurs once and is not among the declared speakers; read as text`,
          ruleId: 'undeclared-label',
        });
        continue;
      }
      const shape = labelShape(label);
      const afterFirst = firstSpeaker !== undefined && !before(at, firstSpeaker);
      if (shape === 'role' || shape === 'code' || (shape === 'name' && afterFirst)) {
        byKey.set(key, label);
        if (shape === 'name') {
          notes.push({
            at,
            severity: 'warning',
            reason: `label "${label}" occurs once; read as a speaker (a respondent). If it is text, declare the speakers in the front matter (speakers: [...])`,
            ruleId: 'single-use-label',
          });
        }
      } else if (shape === 'name') {
        notes.push({
          at,
          severity: 'info',
          reason: `"${label}:" occurs once, before the first speaker; read as text, not coded`,
          ruleId: 'single-use-label',
        });
      }
    }
  }

  const interviewers = new Set([...byKey].filter(([key, label]) => isInterviewerKey(key, label)).map(([key]) => key));
  const present = new Set([...counts.keys()].map((key) => aliases.get(key) ?? key).filter((key) => byKey.has(key)));
  const asking = [...interviewers].some((key) => present.has(key));
  const guessInterviewer = labelled && !asking && !(interviewersDeclared && interviewerList.length === 0);
  return { byKey, aliases, interviewers, present, labelled, guessInterviewer, notes };
}

/** A front-matter value by own key only: `__proto__` and friends are data, not lookups. */
function own(attributes: Attributes, key: string): AttributeValue | undefined {
  return Object.hasOwn(attributes, key) ? attributes[key] : undefined;
}

function before(a: Candidate, b: Candidate): boolean {
  return a.block < b.block || (a.block === b.block && a.match.start < b.match.start);
}

/** The speaker a label used once is a likely misspelling of (`Particpant` for `Participant`), or null. */
function misspeltSpeaker(key: string, speakers: readonly string[]): string | null {
  if (!/^\p{L}{5,}$/u.test(key)) return null;
  for (const speaker of speakers) {
    if (!/^\p{L}{5,}$/u.test(speaker)) continue;
    const allowed = Math.min(key.length, speaker.length) >= 9 ? 2 : 1;
    if (editDistance(key, speaker, allowed) <= allowed) return speaker;
  }
  return null;
}

/** A speaker's turns: how many, and how many hold a question. */
export interface TurnCount {
  readonly turns: number;
  readonly questions: number;
}

/** Why a speaker was taken for the interviewer. */
export interface InterviewerGuess {
  readonly key: string;
  readonly because: string;
}

/**
 * The speaker who asks. When every other speaker has a respondent label (Participant, R1), the one
 * left; else the one (with at least two turns) whose turns hold a question mark in at least 30% of
 * turns and twice as often as anyone else's. Null when no one stands out.
 */
export function guessInterviewer(counts: ReadonlyMap<string, TurnCount>, byKey: ReadonlyMap<string, string>): InterviewerGuess | null {
  const shares = [...counts].map(([key, count]) => ({
    key,
    turns: count.turns,
    share: count.turns === 0 ? 0 : count.questions / count.turns,
  }));
  const eligible = shares.filter((entry) => !isRespondentLabel(byKey.get(entry.key) ?? entry.key));
  const percent = (share: number): string => `${Math.round(100 * share)}%`;
  if (eligible.length === 1 && shares.length > 1 && eligible[0]!.turns >= 2) {
    const others = shares.filter((entry) => entry.key !== eligible[0]!.key).map((entry) => `"${byKey.get(entry.key)}"`);
    return { key: eligible[0]!.key, because: `the only speaker not labelled as a respondent, like ${others.join(', ')}` };
  }
  const ranked = eligible.filter((entry) => entry.turns >= 2).sort((a, b) => b.share - a.share || (a.key < b.key ? -1 : 1));
  const top = ranked[0];
  if (!top || top.share < 0.3) return null;
  const others = Math.max(0, ...shares.filter((entry) => entry.key !== top.key).map((entry) => entry.share));
  if (top.share < 2 * others) return null;
  return { key: top.key, because: `asks a question in ${percent(top.share)} of turns, the others at most ${percent(others)}` };
}

/**
 * Labels named by a front-matter value: a list (each item one label, commas and all: "Jansen,
 * Piet"), or one text with labels separated by semicolons, or else by commas.
 */
export function toLabels(value: AttributeValue | null): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value))
    return value
      .flatMap((item) => (item !== null && typeof item === 'object' ? [] : [String(item).trim()]))
      .filter((label) => label !== '');
  if (typeof value === 'object') return [];
  return splitLabels(String(value));
}

/** Labels in one text: separated by semicolons when it has any, else by commas. */
export function splitLabels(text: string): string[] {
  return text
    .split(text.includes(';') ? ';' : ',')
    .map((label) => label.trim())
    .filter((label) => label !== '');
}
