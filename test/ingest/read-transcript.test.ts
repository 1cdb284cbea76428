import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTranscriptFiles } from '../../src/ingest/list-files.js';
import { createMarkdownParser } from '../../src/ingest/parse-markdown.js';
import { parseTranscript } from '../../src/ingest/parse.js';
import { readTranscript } from '../../src/ingest/read-transcript.js';
import { prepareFile } from '../../src/pipeline/prepare.js';
import { DEFAULT_INTERVIEWERS } from '../../src/model/segment.js';
import { segmentTranscript } from '../../src/segment/segment.js';
import { makeTree } from '../helpers.js';
import { makeZip } from './zip.js';

const markdown = createMarkdownParser();
const settings = { unit: 'turn' as const, interviewers: DEFAULT_INTERVIEWERS };

async function prepareAll(files: Record<string, string | Uint8Array>) {
  const root = makeTree(files);
  const listed = await listTranscriptFiles(['.'], { cwd: root, exclude: [] });
  return Promise.all(
    listed.files.map((file) => prepareFile(file, path.basename(file.display).replace(/\.[^.]+$/, ''), settings, markdown)),
  );
}

describe('prepareFile with the new formats', () => {
  it('lists .docx, .vtt and .srt as transcripts and skips a bad .docx with one warning naming it', async () => {
    const prepared = await prepareAll({
      'a.vtt': 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v R1>Ik wachtte lang.</v>\n',
      'b.srt': '1\n00:00:01,000 --> 00:00:02,000\nI: En toen?\n\n2\n00:00:02,000 --> 00:00:03,000\nR2: Ik wachtte lang.\n',
      'c.docx': 'dit is geen zip',
      'd.docx': makeZip([{ name: 'word/other.xml', data: Buffer.from('<x/>') }]),
    });
    expect(
      prepared.map((one) => [
        one.transcript?.format ?? null,
        one.transcript?.segments.map((segment) => [segment.speaker, segment.time, segment.text]),
      ]),
    ).toEqual([
      ['vtt', [['R1', '00:00:01.000', 'Ik wachtte lang.']]],
      [
        'srt',
        [
          ['I', '00:00:01.000', 'En toen?'],
          ['R2', '00:00:02.000', 'Ik wachtte lang.'],
        ],
      ],
      [null, undefined],
      [null, undefined],
    ]);
    expect(prepared[2]!.diagnostics).toEqual([
      {
        file: 'c.docx',
        severity: 'warning',
        reason: 'not a Word document: a .docx is a zip archive, and this is not a zip archive; save it from Word as .docx; skipped',
        ruleId: 'unreadable-docx',
      },
    ]);
    expect(prepared[3]!.diagnostics.map((diagnostic) => diagnostic.reason)).toEqual([
      'a zip archive without word/document.xml, so not a Word document; skipped',
    ]);
  });

  it('reads UTF-16 text with a byte-order mark, and hashes the bytes of the file', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('I: Hoe gaat het?\r\n\r\nR1: Goed, dank u.\r\n', 'utf16le')]);
    const [prepared] = await prepareAll({ 'kladblok.txt': bytes });
    expect(prepared!.transcript?.segments.map((segment) => [segment.speaker, segment.start.line, segment.text])).toEqual([
      ['I', 1, 'Hoe gaat het?'],
      ['R1', 3, 'Goed, dank u.'],
    ]);
    expect(prepared!.transcript?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('reads Windows-1252 only when the encoding says so', async () => {
    const root = makeTree({
      'oud.txt': Uint8Array.from([
        ...Buffer.from('R1: Het caf'),
        0xe9,
        ...Buffer.from(' was dicht ('),
        0x96,
        ...Buffer.from(' helaas).\n'),
      ]),
    });
    const [file] = (await listTranscriptFiles(['.'], { cwd: root, exclude: [] })).files;
    expect(await readTranscript(file!, markdown)).toMatchObject({
      ruleId: 'invalid-utf8',
      reason: 'invalid UTF-8 at byte 11; save the file as UTF-8, or read it with --encoding windows-1252 if it is Windows text',
    });
    const read = await readTranscript(file!, markdown, 'windows-1252');
    expect('source' in read && read.source.text).toBe('R1: Het café was dicht (– helaas).\n');
  });
});

describe('plain text from transcription services', () => {
  const segments = (text: string) => {
    const parsed = parseTranscript(text, 'text', 't.txt', markdown);
    const segmented = segmentTranscript(parsed, text, 't.txt', { unit: 'turn', documentId: 'R1', interviewers: DEFAULT_INTERVIEWERS });
    return {
      rows: segmented.segments.map((segment) => [segment.speaker, segment.time, segment.start.line, segment.text]),
      notes: parsed.diagnostics.map((diagnostic) => [diagnostic.place?.line, diagnostic.ruleId]),
    };
  };

  it('reads a Teams export with unpadded timings and the name on the first line of each cue as subtitles', () => {
    const text =
      '0:0:0.0 --> 0:0:4.350\nBakker, Anouk\nGoedemiddag, hoe gaat het?\n\n0:0:4.350 --> 0:0:9.120\nR1\nHet gaat wel.\n\n0:0:9.120 --> 0:0:12.5\nR1\nMaar ik heb lang gewacht.\n\n0:0:13.0 --> 0:0:15.0\nBakker, Anouk\nDat begrijp ik.\n';
    expect(segments(text)).toEqual({
      rows: [
        ['Bakker, Anouk', '00:00:00.000', 3, 'Goedemiddag, hoe gaat het?'],
        ['R1', '00:00:04.350', 7, 'Het gaat wel.\nMaar ik heb lang gewacht.'],
        ['Bakker, Anouk', '00:00:13.000', 15, 'Dat begrijp ik.'],
      ],
      notes: [[1, 'text-as-subtitles']],
    });
  });

  it('keeps text with a single arrow line as text', () => {
    expect(segments('R1: Het ging van 10:00 --> 11:00 zo door.\n\nI: Echt?\n').rows.map((row) => row[3])).toEqual([
      'Het ging van 10:00 --> 11:00 zo door.',
      'Echt?',
    ]);
  });

  it("leaves Otter's closing line out, with a note", () => {
    const text = 'Interviewer  0:04\nHoe gaat het?\n\nRespondent  0:09\nGoed.\n\nTranscribed by https://otter.ai\n';
    expect(segments(text)).toEqual({
      rows: [
        ['Interviewer', '0:04', 2, 'Hoe gaat het?'],
        ['Respondent', '0:09', 5, 'Goed.'],
      ],
      notes: [[7, 'service-footer']],
    });
  });
});
