import webvtt from 'webvtt-parser';

/** Subtitle formats: WebVTT (Teams, Zoom, Otter) and SubRip. */
export type SubtitleKind = 'vtt' | 'srt';

/** Read a timing line with webvtt-parser (SubRip writes a decimal comma: `00:00:01,000`): times in seconds, or webvtt-parser's problem and its column. */
export function parseTiming(line: string, kind: SubtitleKind): { start: number; end: number } | { problem: string; column: number } {
  const source = kind === 'srt' ? line.replace(/(\d),(\d)/g, '$1.$2') : line;
  const problems: { message: string; column: number }[] = [];
  const cue = { startTime: 0, endTime: 0 };
  const ok = new webvtt.WebVTTCueTimingsAndSettingsParser(source, (message, column) =>
    problems.push({ message, column: column ?? 1 }),
  ).parse(cue, 0);
  if (ok) return { start: cue.startTime, end: cue.endTime };
  // Teams' older transcripts write unpadded times (0:0:5.120 --> 0:1:2.5): pad them and read again.
  const loose = LOOSE_TIMING.exec(line);
  if (loose) {
    const padded = `${padTime(loose[1]!)} --> ${padTime(loose[2]!)}`;
    if (new webvtt.WebVTTCueTimingsAndSettingsParser(padded, () => {}).parse(cue, 0)) return { start: cue.startTime, end: cue.endTime };
  }
  const problem = problems[problems.length - 1] ?? { message: 'unreadable timing line', column: 1 };
  return { problem: problem.message.replace(/\.$/, ''), column: problem.column };
}

const LOOSE_TIMING = /^\s*((?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,7})?)\s*-->\s*((?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,7})?)(?:\s|$)/;

/** `0:0:5.12` as `00:00:05.120`: hours, minutes and seconds in two digits, milliseconds in three. */
function padTime(time: string): string {
  const [clock, fraction = ''] = time.split(/[.,]/);
  const parts = clock!.split(':');
  while (parts.length < 3) parts.unshift('0');
  return `${parts.map((part) => part.padStart(2, '0')).join(':')}.${fraction.padEnd(3, '0').slice(0, 3)}`;
}

/** Seconds as `HH:MM:SS.mmm`, the form timestamps of labels take; hours above 99 have no such form. */
export function formatTime(seconds: number): string {
  const milliseconds = Math.round(seconds * 1000);
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  const hours = Math.floor(milliseconds / 3_600_000);
  return `${pad(hours, 2)}:${pad(Math.floor(milliseconds / 60_000) % 60, 2)}:${pad(Math.floor(milliseconds / 1000) % 60, 2)}.${pad(milliseconds % 1000, 3)}`;
}
