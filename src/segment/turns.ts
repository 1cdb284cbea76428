import type { Attributes, TextBlock } from '../model/transcript.js';
import { createLabelFinder, createMidLineScanner, type LabelMatch } from './labels.js';
import type { Role } from '../model/segment.js';
import { findSpeakers, guessInterviewer, type Candidate, type SpeakerNote, type Speakers, type TurnCount } from './speakers.js';

/** A stretch of one block's text: `[start, end)`, trimmed. */
export interface Piece {
  readonly block: TextBlock;
  readonly start: number;
  readonly end: number;
}

/** A speaker turn before it is cut into segments. */
export interface Turn {
  readonly speaker: string | null;
  readonly role: Role;
  readonly section: string | null;
  readonly time: string | null;
  readonly pieces: Piece[];
}

/** The turns of a document and what was assumed to find them. */
export interface Turns {
  readonly turns: readonly Turn[];
  /** The document has speaker labels (or declares speakers). */
  readonly labelled: boolean;
  readonly notes: readonly SpeakerNote[];
  /** Every label that starts a turn, in document order, with its block. */
  readonly labels: readonly { readonly block: TextBlock; readonly match: LabelMatch }[];
}

/**
 * Cut a document's blocks into speaker turns (see findSpeakers for which labels are speakers).
 * Unlabelled text continues the turn before it; headings set the section. In a document whose
 * only labels are the interviewer's, a paragraph without a label after an interviewer's turn is
 * read as the respondent's answer.
 */
export function buildTurns(
  blocks: readonly TextBlock[],
  attributes: Attributes,
  documentId: string,
  defaultInterviewers: readonly string[],
  numbered: boolean,
): Turns {
  const findLabels = createLabelFinder(numbered);
  const found = blocks.map((block) => (block.kind === 'paragraph' ? findLabels(block.text) : []));
  const candidates: Candidate[] = found.flatMap((matches, block) => matches.map((match) => ({ block, match })));
  const speakers = findSpeakers(candidates, attributes, documentId, defaultInterviewers);
  const speakerOf = (match: LabelMatch): string | undefined =>
    speakers.byKey.get(speakers.aliases.get(match.key) ?? match.key) === undefined
      ? undefined
      : (speakers.aliases.get(match.key) ?? match.key);
  // Mid-line labels are matched as written: every spelling seen at a line start, and the declared ones.
  const spellings = new Set([
    ...candidates.filter(({ match }) => speakerOf(match) !== undefined).map(({ match }) => match.label),
    ...speakers.byKey.values(),
  ]);
  const scanMidLine = createMidLineScanner(speakers.labelled ? [...spellings] : []);
  const present = [...speakers.present];
  const interviewerOnly = present.length > 0 && present.every((key) => speakers.interviewers.has(key));

  const turns: { key: string | null; turn: Turn }[] = [];
  const used: { block: TextBlock; match: LabelMatch }[] = [];
  let section: string | null = null;
  let current: { key: string | null; turn: Turn } | null = null;
  let last: { key: string | null; speaker: string | null; role: Role; time: string | null } = speakers.labelled
    ? { key: null, speaker: null, role: 'other', time: null }
    : { key: null, speaker: documentId, role: 'respondent', time: null };

  const open = (key: string | null, speaker: string | null, role: Role, time: string | null) => {
    const entry = { key, turn: { speaker, role, section, time, pieces: [] as Piece[] } };
    turns.push(entry);
    last = { key, speaker, role, time };
    return entry;
  };

  blocks.forEach((block, blockIndex) => {
    if (block.kind === 'heading') {
      section = block.text.trim();
      current = null;
      return;
    }
    const labels = mergeLabels(
      found[blockIndex]!.filter((match) => speakerOf(match) !== undefined),
      scanMidLine(block.text),
    );
    const firstStart = labels[0]?.start ?? block.text.length;
    if (firstStart > 0 && block.text.slice(0, firstStart).trim() !== '') {
      let entry: { key: string | null; turn: Turn };
      if (interviewerOnly && last.role === 'interviewer') entry = open(null, documentId, 'respondent', null);
      else
        entry =
          current !== null && speakers.labelled ? current : open(last.key, last.speaker, last.role, speakers.labelled ? last.time : null);
      addPiece(entry.turn, block, 0, firstStart);
      current = entry;
    }
    labels.forEach((match, index) => {
      used.push({ block, match });
      const key = speakerOf(match) ?? match.key;
      const role: Role = speakers.interviewers.has(key) ? 'interviewer' : 'respondent';
      const entry = open(key, speakers.byKey.get(key)!, role, match.time);
      addPiece(entry.turn, block, match.contentStart, labels[index + 1]?.start ?? block.text.length);
      current = entry;
    });
  });
  const kept = turns.filter(({ turn }) => turn.pieces.length > 0);
  const notes = [...speakers.notes, ...roleNotes(speakers, kept, interviewerOnly, documentId)];
  const guessed = speakers.guessInterviewer ? guess(kept, speakers, notes) : null;
  return {
    turns: kept.map(({ key, turn }) => (guessed !== null && key === guessed ? { ...turn, role: 'interviewer' } : turn)),
    labelled: speakers.labelled,
    notes,
    labels: used,
  };
}

/** Warnings for a transcript whose labels leave out the interviewer or the respondent. */
function roleNotes(
  speakers: Speakers,
  turns: readonly { key: string | null; turn: Turn }[],
  interviewerOnly: boolean,
  documentId: string,
): SpeakerNote[] {
  if (!interviewerOnly) return [];
  const answers = turns.filter(({ key, turn }) => key === null && turn.role === 'respondent').length;
  const names = [...speakers.present].map((key) => `"${speakers.byKey.get(key)}"`).join(', ');
  const reason =
    answers > 0
      ? `only interviewer labels (${names}): ${answers} paragraph(s) without a label after an interviewer's turn are read as answers of ${documentId}; label the respondent's turns (${documentId}:) or declare speakers: in the front matter if that is wrong`
      : `only interviewer labels (${names}) and no respondent's turn: nothing is coded; label the respondent's turns (${documentId}:) or set interviewers: in the front matter`;
  return [{ at: null, severity: 'warning', reason, ruleId: 'no-respondent' }];
}

/** Guess the interviewer from who asks the questions; adds the note that says what was assumed. */
function guess(turns: readonly { key: string | null; turn: Turn }[], speakers: Speakers, notes: SpeakerNote[]): string | null {
  const counts = new Map<string, TurnCount>();
  for (const { key, turn } of turns) {
    if (key === null) continue;
    const asks = turn.pieces.some((piece) => piece.block.text.slice(piece.start, piece.end).includes('?'));
    const count = counts.get(key) ?? { turns: 0, questions: 0 };
    counts.set(key, { turns: count.turns + 1, questions: count.questions + (asks ? 1 : 0) });
  }
  if (counts.size === 0) return null;
  const names = [...counts.keys()].map((key) => `"${speakers.byKey.get(key)}"`).join(', ');
  const fix = 'name the interviewer with interviewers: [...] in the front matter or --interviewers (interviewers: [] says there is none)';
  const found = guessInterviewer(counts, speakers.byKey);
  if (found) {
    notes.push({
      at: null,
      severity: 'warning',
      reason: `no interviewer label among ${names}; assumed "${speakers.byKey.get(found.key)}" is the interviewer (${found.because}): ${fix}`,
      ruleId: 'no-interviewer',
    });
    return found.key;
  }
  notes.push({
    at: null,
    severity: 'warning',
    reason: `no interviewer label among ${names}: every turn is coded as a respondent's; ${fix}`,
    ruleId: 'no-interviewer',
  });
  return null;
}

/** Line-start labels and mid-line labels in text order; a line-start label wins where both overlap. */
function mergeLabels(lineStart: readonly LabelMatch[], midLine: readonly LabelMatch[]): LabelMatch[] {
  const merged = [...lineStart];
  for (const match of midLine) {
    if (!lineStart.some((other) => match.start < other.contentStart && other.start < match.contentStart)) merged.push(match);
  }
  return merged.sort((a, b) => a.start - b.start);
}

function addPiece(turn: Turn, block: TextBlock, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(block.text[from]!)) from++;
  while (to > from && /\s/.test(block.text[to - 1]!)) to--;
  if (to > from) turn.pieces.push({ block, start: from, end: to });
}
