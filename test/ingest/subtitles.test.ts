import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSubtitleTranscript } from '../../src/ingest/parse-subtitles.js';
import { formatTime } from '../../src/ingest/subtitle-timing.js';
import { DEFAULT_INTERVIEWERS } from '../../src/model/segment.js';
import { segmentTranscript } from '../../src/segment/segment.js';

/** Parse and segment subtitles as `code` does; each segment as [speaker, role, time, first line, last line, text]. */
function read(text: string, kind: 'vtt' | 'srt' = 'vtt', interviewers: readonly string[] = DEFAULT_INTERVIEWERS) {
  const parsed = parseSubtitleTranscript(text, `t.${kind}`, kind);
  const segmented = segmentTranscript(parsed, text, `t.${kind}`, { unit: 'turn', documentId: 'R07', interviewers });
  return {
    rows: segmented.segments.map((segment) => [
      segment.speaker,
      segment.role,
      segment.time,
      segment.start.line,
      segment.end.line,
      segment.text,
    ]),
    segments: segmented.segments,
    diagnostics: [...parsed.diagnostics, ...segmented.diagnostics].map((diagnostic) => [
      diagnostic.place?.line ?? null,
      diagnostic.ruleId,
      diagnostic.reason,
    ]),
  };
}

const teams = [
  'WEBVTT',
  'NOTE duration:"00:41:12.3450000"',
  '',
  'NOTE Dit is een notitie',
  'over twee regels',
  '',
  'STYLE',
  '::cue { color: yellow }',
  '',
  '3f1c0b2a-1d2e/11-0',
  '00:00:03.520 --> 00:00:07.680',
  '<v Bakker, Anouk>Goedemorgen, fijn dat u tijd heeft.</v>',
  '',
  '3f1c0b2a-1d2e/12-0',
  '00:00:07.680 --> 00:00:10.100',
  '<v Bakker, Anouk>Hoe kwam u bij het wijkteam terecht?</v>',
  '',
  '3f1c0b2a-1d2e/13-0',
  '00:00:11.000 --> 00:00:15.250',
  '<v R07>Ik heb maanden op een <i>wachtlijst</i> gestaan &amp; niemand',
  'belde me terug.</v>',
  '',
  '00:00:15.250 --> 00:00:18.000 align:start line:0%',
  '<v.loud R07>Toen ben ik <b>zelf</b> gaan bellen.</v>',
  '',
].join('\r\n');

describe('WebVTT (Teams: voice tags)', () => {
  it('merges consecutive cues of a voice into one turn, timed by its first cue, with lines of the file', () => {
    const { rows } = read(teams, 'vtt', ['Bakker, Anouk']);
    expect(rows).toEqual([
      ['Bakker, Anouk', 'interviewer', '00:00:03.520', 12, 16, 'Goedemorgen, fijn dat u tijd heeft.\nHoe kwam u bij het wijkteam terecht?'],
      [
        'R07',
        'respondent',
        '00:00:11.000',
        20,
        24,
        'Ik heb maanden op een wachtlijst gestaan & niemand\nbelde me terug.\nToen ben ik zelf gaan bellen.',
      ],
    ]);
  });

  it('maps every character of the text to its place in the file', () => {
    const { segments } = read(teams, 'vtt', ['Bakker, Anouk']);
    for (const segment of segments) {
      for (const [textStart, sourceStart, length] of segment.map) {
        const piece = segment.text.slice(textStart, textStart + length);
        // Mapped text equals the file's text, except a decoded entity (&amp; is "&").
        if (!piece.includes('&')) expect(teams.slice(sourceStart, sourceStart + length)).toBe(piece);
      }
    }
    expect(segments[1]!.text).not.toMatch(/-->|<|NOTE|3f1c|cue/);
  });

  it('reads several voices in one cue, and text outside voices as the voice before it', () => {
    const text =
      'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v I>Hoe gaat het?</v>\n<v R07>Goed hoor.</v>\n\n00:00:03.000 --> 00:00:04.000\nEcht goed.\n';
    expect(read(text).rows).toEqual([
      ['I', 'interviewer', '00:00:01.000', 4, 4, 'Hoe gaat het?'],
      ['R07', 'respondent', '00:00:01.000', 5, 8, 'Goed hoor.\nEcht goed.'],
    ]);
  });
});

describe('WebVTT and SubRip with Name: (Zoom, Otter)', () => {
  const zoom = [
    'WEBVTT',
    '',
    '1',
    '00:00:00.930 --> 00:00:05.130',
    'Interviewer: Hoe gaat het nu met u?',
    '',
    '2',
    '00:00:05.130 --> 00:00:08.490',
    'Marleen Bos: Het gaat wel. Sinds de schuldhulp',
    '',
    '3',
    '00:00:08.490 --> 00:00:12.000',
    'Marleen Bos: loopt heb ik wat meer rust.',
    '',
    '4',
    '00:00:12.000 --> 00:00:14.000',
    'Interviewer: Mooi.',
    '',
  ].join('\n');

  it('merges cues of one name and leaves the repeated names out of the text', () => {
    expect(read(zoom).rows).toEqual([
      ['Interviewer', 'interviewer', '00:00:00.930', 5, 5, 'Hoe gaat het nu met u?'],
      ['Marleen Bos', 'respondent', '00:00:05.130', 9, 13, 'Het gaat wel. Sinds de schuldhulp\nloopt heb ik wat meer rust.'],
      ['Interviewer', 'interviewer', '00:00:12.000', 17, 17, 'Mooi.'],
    ]);
  });

  it('reads SubRip: decimal commas, styling and position overrides left out', () => {
    const srt =
      '1\n00:00:01,140 --> 00:00:04,890\nI: Hoe gaat het?\n\n2\n00:00:05,000 --> 00:00:09,500\nR07: {\\an8}Het gaat <i>wel</i>. <font color="#ffff00">Wisselend</font>.\n';
    expect(read(srt, 'srt').rows).toEqual([
      ['I', 'interviewer', '00:00:01.140', 3, 3, 'Hoe gaat het?'],
      ['R07', 'respondent', '00:00:05.000', 7, 7, 'Het gaat wel. Wisselend.'],
    ]);
  });

  it("reads a cue number right above a timing line as the next cue's, also without a blank line", () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nI: En toen?\n2\n00:00:02,000 --> 00:00:04,000\nR07: Ik belde\n3\nkeer.\n';
    expect(read(srt, 'srt').rows.map((row) => row[5])).toEqual(['En toen?', 'Ik belde\n3\nkeer.']);
  });

  it('keeps "Toen zei ik:" as speech of the turn it stands in', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\nI: En toen?\n\n2\n00:00:02,000 --> 00:00:04,000\nR07: Ik belde.\n\n3\n00:00:04,000 --> 00:00:06,000\nToen zei ik: nee.\n';
    expect(read(srt, 'srt').rows).toEqual([
      ['I', 'interviewer', '00:00:01.000', 3, 3, 'En toen?'],
      ['R07', 'respondent', '00:00:02.000', 7, 11, 'Ik belde.\n\nToen zei ik: nee.'],
    ]);
  });
});

describe('subtitles without speakers', () => {
  it('are paragraphs split at pauses of two seconds, with the no-speaker-labels warning', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\nIk heb lang gewacht.\n\n2\n00:00:02,500 --> 00:00:03,000\nHeel lang.\n\n3\n00:00:06,000 --> 00:00:07,000\nNu gaat het beter.\n';
    const { rows, diagnostics } = read(srt, 'srt');
    expect(rows).toEqual([
      ['R07', 'respondent', null, 3, 7, 'Ik heb lang gewacht.\nHeel lang.'],
      ['R07', 'respondent', null, 11, 11, 'Nu gaat het beter.'],
    ]);
    expect(diagnostics.map(([, ruleId]) => ruleId)).toEqual(['no-speaker-labels']);
  });
});

describe('bad subtitles', () => {
  it('warns about a .vtt without the WEBVTT header and reads its cues', () => {
    const { rows, diagnostics } = read('00:00:01.000 --> 00:00:02.000\nR07: Goed.\n\n00:00:02.000 --> 00:00:03.000\nI: Fijn.\n');
    expect(rows.map((row) => row[0])).toEqual(['R07', 'I']);
    expect(diagnostics[0]).toEqual([
      1,
      'subtitle-header',
      'no WEBVTT header on line 1: read as WebVTT subtitles anyway; start the file with a line WEBVTT (or rename it .srt if it is SubRip)',
    ]);
  });

  it('names the cue that is out of order, and the first of the cues that overlap', () => {
    const vtt = [
      'WEBVTT',
      '',
      'a',
      '00:00:05.000 --> 00:00:08.000',
      'I: Een.',
      '',
      'b',
      '00:00:07.000 --> 00:00:09.000',
      'R07: Twee.',
      '',
      'c',
      '00:00:08.500 --> 00:00:10.000',
      'I: Drie.',
      '',
      'd',
      '00:00:01.000 --> 00:00:02.000',
      'R07: Vier.',
      '',
    ].join('\n');
    const { rows, diagnostics } = read(vtt);
    expect(rows.map((row) => row[5])).toEqual(['Een.', 'Twee.', 'Drie.', 'Vier.']);
    expect(diagnostics.filter(([, ruleId]) => String(ruleId).startsWith('subtitle'))).toEqual([
      [
        16,
        'subtitle-cue-order',
        'cue 4 ("d") starts at 00:00:01.000, before the start of cue 3 ("c") (00:00:08.500); cues are read in file order',
      ],
      [
        8,
        'subtitle-cue-overlap',
        'cue 2 ("b") starts at 00:00:07.000, before the end of cue 1 ("a") (00:00:08.000) (2 cues in all); cues are read in file order',
      ],
    ]);
  });

  it('leaves out a cue whose timing cannot be read and text that is not a cue, each with a warning', () => {
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nR07: Goed.\n\nlosse tekst\nzonder tijd\n\n00:0x:02.000 --> 00:00:03.000\nI: Kapot.\n';
    const parsed = parseSubtitleTranscript(vtt, 't.vtt', 'vtt');
    expect(parsed.blocks.map((block) => block.text)).toEqual(['[00:00:01.000] R07: Goed.']);
    expect(parsed.diagnostics.map((diagnostic) => [diagnostic.place?.line, diagnostic.place?.column, diagnostic.ruleId])).toEqual([
      [6, 1, 'subtitle-not-a-cue'],
      [9, 5, 'subtitle-timing'],
    ]);
    expect(parsed.diagnostics[1]!.reason).toBe(
      'cue 2: timing line "00:0x:02.000 --> 00:00:03.000" cannot be read (Must be exactly two digits); its text is left out',
    );
  });
});

describe('speaker names of voices', () => {
  it('declares the voices as speakers, so that one used once is a speaker too', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Marleen>Ik heb het allemaal alleen gedaan.</v>\n';
    expect(parseSubtitleTranscript(vtt, 't.vtt', 'vtt').attributes).toEqual({ speakers: ['Marleen'] });
    expect(read(vtt).rows).toEqual([['Marleen', 'respondent', '00:00:01.000', 4, 4, 'Ik heb het allemaal alleen gedaan.']]);
  });

  it('writes a voice that is no label in label shape, with a warning', () => {
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v piet.jansen@gemeente.nl>Hoe gaat het?</v>\n\n00:00:02.000 --> 00:00:03.000\n<v R07>Goed.</v>\n';
    const { rows, diagnostics } = read(vtt);
    expect(rows.map((row) => row[0])).toEqual(['piet.jansen gemeente.nl', 'R07']);
    expect(diagnostics[0]).toEqual([
      4,
      'subtitle-speaker-name',
      'speaker "piet.jansen@gemeente.nl" is read as "piet.jansen gemeente.nl": a speaker label is up to five words of letters and digits; rename the speaker if that is wrong',
    ]);
  });
});

describe('formatTime', () => {
  it('writes seconds as HH:MM:SS.mmm', () => {
    expect([0, 5.12, 3723.4, 36000].map(formatTime)).toEqual(['00:00:00.000', '00:00:05.120', '01:02:03.400', '10:00:00.000']);
  });
});

describe('any subtitle text', () => {
  const piece = fc.constantFrom(
    'WEBVTT',
    '',
    'NOTE x',
    '1',
    '00:00:01.000 --> 00:00:02.000',
    '00:00:0x,5 --> 1',
    '0:0:1.5 --> 0:0:2.25',
    '<v Jansen, Piet>Ja',
    '</v>',
    'R1: ik <i>wacht</i> &amp; hoop',
    'Interviewer',
    '{\\an8}tekst',
    '<c.x>wachtlijst',
    '-->',
    'STYLE',
    '&lt;3 &nbsp;',
  );
  it('parses and segments without throwing, each mapped character where it stands in the file', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.constantFrom<'vtt' | 'srt'>('vtt', 'srt'),
        fc.constantFrom('\n', '\r\n'),
        (lines, kind, eol) => {
          const text = lines.join(eol);
          const parsed = parseSubtitleTranscript(text, 't', kind);
          const { segments } = segmentTranscript(parsed, text, 't', {
            unit: 'sentence',
            documentId: 'R1',
            interviewers: DEFAULT_INTERVIEWERS,
          });
          for (const segment of segments) {
            expect(segment.start.offset).toBeLessThanOrEqual(segment.end.offset);
            expect(segment.end.offset).toBeLessThanOrEqual(text.length);
            for (const [textStart, sourceStart, length] of segment.map) {
              const piece = segment.text.slice(textStart, textStart + length);
              if (!/[&<>\u00a0]/.test(piece)) expect(text.slice(sourceStart, sourceStart + length)).toBe(piece);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
