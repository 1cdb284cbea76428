import type { Attributes, AttributeValue, TextBlock } from '../ingest/transcript.js';
import { createLabelFinder, createMidLineScanner, labelKey, type LabelMatch } from './labels.js';
import type { Role } from './segment-model.js';

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

/** Who may speak in a document, decided before turns are built. */
interface Speakers {
  /** Display form by label key, for every label that is a speaker. */
  readonly byKey: ReadonlyMap<string, string>;
  readonly interviewers: ReadonlySet<string>;
}

/**
 * Cut a document's blocks into speaker turns. A label is a speaker when it recurs at the start of
 * a line, or is declared (front matter `speakers`/`interviewers`, the document id). Unlabelled
 * paragraphs continue the turn before them; headings set the section.
 */
export function buildTurns(
  blocks: readonly TextBlock[],
  attributes: Attributes,
  documentId: string,
  defaultInterviewers: readonly string[],
): { turns: Turn[]; labelled: boolean } {
  const findLabels = createLabelFinder();
  const candidates = blocks.map((block) => (block.kind === 'paragraph' ? findLabels(block.text) : []));
  const speakers = findSpeakers(candidates, attributes, documentId, defaultInterviewers);
  const isSpeaker = (match: LabelMatch): boolean => speakers.byKey.has(match.key);
  const labelled = candidates.some((found) => found.some(isSpeaker));
  // Mid-line labels are matched as written: every spelling seen at a line start, and the declared ones.
  const spellings = new Set([...candidates.flat().filter(isSpeaker).map((match) => match.label), ...speakers.byKey.values()]);
  const scanMidLine = createMidLineScanner([...spellings]);

  const turns: Turn[] = [];
  let section: string | null = null;
  let current: Turn | null = null;
  let last: { speaker: string | null; role: Role; time: string | null } = labelled
    ? { speaker: null, role: 'other', time: null }
    : { speaker: documentId, role: 'respondent', time: null };

  const open = (speaker: string | null, role: Role, time: string | null): Turn => {
    const turn: Turn = { speaker, role, section, time, pieces: [] };
    turns.push(turn);
    last = { speaker, role, time };
    return turn;
  };

  blocks.forEach((block, blockIndex) => {
    if (block.kind === 'heading') {
      section = block.text.trim();
      current = null;
      return;
    }
    const labels = mergeLabels(candidates[blockIndex]!.filter(isSpeaker), scanMidLine(block.text));
    const firstStart = labels[0]?.start ?? block.text.length;
    if (firstStart > 0 && block.text.slice(0, firstStart).trim() !== '') {
      const turn: Turn = current !== null && labelled ? current : open(last.speaker, last.role, labelled ? last.time : null);
      addPiece(turn, block, 0, firstStart);
      current = turn;
    }
    labels.forEach((match, index) => {
      const role: Role = speakers.interviewers.has(match.key) ? 'interviewer' : 'respondent';
      const turn = open(speakers.byKey.get(match.key)!, role, match.time);
      addPiece(turn, block, match.contentStart, labels[index + 1]?.start ?? block.text.length);
      current = turn;
    });
  });
  return { turns: turns.filter((turn) => turn.pieces.length > 0), labelled };
}

function findSpeakers(
  candidates: readonly LabelMatch[][],
  attributes: Attributes,
  documentId: string,
  defaultInterviewers: readonly string[],
): Speakers {
  const declaredInterviewers = toLabels(attributes['interviewers'] ?? attributes['interviewer']);
  const interviewerLabels = declaredInterviewers.length > 0 ? declaredInterviewers : defaultInterviewers;
  const declared = [...toLabels(attributes['speakers']), ...interviewerLabels, documentId];
  const counts = new Map<string, number>();
  const shown = new Map<string, string>();
  for (const match of candidates.flat()) {
    counts.set(match.key, (counts.get(match.key) ?? 0) + 1);
    if (!shown.has(match.key)) shown.set(match.key, match.label);
  }
  const byKey = new Map<string, string>();
  for (const label of declared) byKey.set(labelKey(label), shown.get(labelKey(label)) ?? label);
  for (const [key, count] of counts) if (count >= 2) byKey.set(key, shown.get(key)!);
  return { byKey, interviewers: new Set(interviewerLabels.map(labelKey)) };
}

/** Labels named by a front-matter value: a list, or one label, or labels separated by commas. */
function toLabels(value: AttributeValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => toLabels(item as AttributeValue));
  if (typeof value === 'object') return [];
  return String(value)
    .split(',')
    .map((label) => label.trim())
    .filter((label) => label !== '');
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
