import { describe, expect, it } from 'vitest';
import { createMarkdownParser } from '../../src/ingest/parse-markdown.js';
import { parseTranscript } from '../../src/ingest/parse.js';
import { segmentTranscript } from '../../src/segment/segment.js';
import { DEFAULT_INTERVIEWERS } from '../../src/model/segment.js';

/** Each label the segmenter found, as the source has it: `label=name`. */
function labels(text: string, format: 'markdown' | 'text' = 'markdown'): string[] {
  const parsed = parseTranscript(text, format, 't', createMarkdownParser());
  const { labels: places } = segmentTranscript(parsed, text, 't', { unit: 'turn', documentId: 'R1', interviewers: DEFAULT_INTERVIEWERS });
  return places.map((place) => `${text.slice(place.start, place.end)}=${text.slice(place.nameStart, place.nameEnd)}`);
}

describe('label places in the source', () => {
  it('covers bold labels and their colon, and names the speaker inside the markup', () => {
    expect(labels('**I:** Hoe gaat het?\n\n**R1:** Goed.\n')).toEqual(['I:** =I', 'R1:** =R1']);
  });

  it('leaves out a leading timestamp and a parenthesised part from the name', () => {
    const text = '[00:00:05] Onderzoeker (Gemeente Noord): Hoe gaat het?\n\nR1 (00:00:09): Goed.\n';
    expect(labels(text, 'text')).toEqual(['[00:00:05] Onderzoeker (Gemeente Noord): =Onderzoeker', 'R1 (00:00:09): =R1']);
  });

  it('finds a label with a timestamp on a line of its own (Otter, Teams) and "surname, first name"', () => {
    const text =
      'Marieke de Vries  0:09\nHoe gaat het?\n\nJansen, Piet  0:17\nGoed.\n\nMarieke de Vries  0:31\nMooi.\n\nJansen, Piet  0:35\nJa.\n';
    expect(labels(text, 'text')).toEqual([
      'Marieke de Vries  0:09=Marieke de Vries',
      'Jansen, Piet  0:17=Jansen, Piet',
      'Marieke de Vries  0:31=Marieke de Vries',
      'Jansen, Piet  0:35=Jansen, Piet',
    ]);
  });

  it('places a label in the middle of a line', () => {
    expect(labels('I: Hoe gaat het? R1: Goed. I: Mooi.\n', 'text')).toEqual(['I: =I', 'R1: =R1', 'I: =I']);
  });
});
