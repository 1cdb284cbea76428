import { describe, expect, it } from 'vitest';
import { segment } from '../helpers.js';

const twoTurns = (first: string, second: string) => `${first} Hoe gaat het?\n\n${second} Goed hoor.\n\n${first} Fijn.\n\n${second} Ja.\n`;

describe('speaker label forms', () => {
  it.each([
    ['**I:**', '**R07:**', null],
    ['**I**:', '**R07**:', null],
    ['I:', 'R07:', null],
    ['[I]', '[R07]', null],
    ['I (00:12:01):', 'R07 (00:12:31):', '00:12:31'],
    ['[00:12:01] I:', '[00:12:31] R07:', '00:12:31'],
  ])('recognises %s / %s', (interviewer, respondent, time) => {
    const { segments } = segment(twoTurns(interviewer, respondent), { documentId: 'R07' });
    expect(segments.map((s) => [s.speaker, s.role, s.text])).toEqual([
      ['I', 'interviewer', 'Hoe gaat het?'],
      ['R07', 'respondent', 'Goed hoor.'],
      ['I', 'interviewer', 'Fijn.'],
      ['R07', 'respondent', 'Ja.'],
    ]);
    expect(segments[1]!.time).toBe(time);
  });

  it('keeps a label that occurs once and is not declared as text ("Let op:")', () => {
    const { segments } = segment('I: Vertel eens.\n\nR07: Nou.\n\nLet op: dit is belangrijk.\n\nI: Oké.\n\nR07: Ja.\n');
    expect(segments[1]).toMatchObject({ speaker: 'R07', text: 'Nou.\n\nLet op: dit is belangrijk.' });
  });

  it('takes a label that occurs once when front matter declares it in speakers', () => {
    const { segments } = segment('---\nspeakers: [Moeder]\n---\nI: Vertel eens.\n\nMoeder: Ze slaapt slecht.\n\nI: Oké.\n');
    expect(segments.map((s) => s.speaker)).toEqual(['I', 'Moeder', 'I']);
    expect(segments[1]!.role).toBe('respondent');
  });

  it('takes a label equal to the document id even when it occurs once', () => {
    const { segments } = segment('R12: Ik vertel het in één keer.\n\nEn dan nog een alinea.\n', { documentId: 'R12' });
    expect(segments).toHaveLength(1);
    expect(segments[0]).toMatchObject({ speaker: 'R12', role: 'respondent', text: 'Ik vertel het in één keer.\n\nEn dan nog een alinea.' });
  });

  it('treats a label that occurs once, undeclared, as text: a single label is no speaker', () => {
    const { segments } = segment('P3: dit staat hier één keer.\n\nVerder geen labels.\n', { documentId: 'doc' });
    expect(segments.map((s) => [s.speaker, s.text])).toEqual([
      ['doc', 'P3: dit staat hier één keer.'],
      ['doc', 'Verder geen labels.'],
    ]);
  });

  it('starts a new turn at a known label in the middle of a line', () => {
    const { segments } = segment('R1: ja I: oke\n\nI: Verder.\n\nR1: Goed.\n', { documentId: 'R1' });
    expect(segments.map((s) => [s.speaker, s.text])).toEqual([
      ['R1', 'ja'],
      ['I', 'oke'],
      ['I', 'Verder.'],
      ['R1', 'Goed.'],
    ]);
  });

  it('starts a new turn at a label at the start of a line inside a paragraph', () => {
    const { segments } = segment('I: Hoe ging dat?\nR2: Slecht.\nI: Waarom?\nR2: Geen idee.\n', { documentId: 'R2' });
    expect(segments.map((s) => [s.speaker, s.text])).toEqual([
      ['I', 'Hoe ging dat?'],
      ['R2', 'Slecht.'],
      ['I', 'Waarom?'],
      ['R2', 'Geen idee.'],
    ]);
  });

  it('uses the interviewers of the front matter instead of the defaults', () => {
    const text = '---\ninterviewers: [Dan]\n---\nDan: Question?\n\nP1: Answer.\n\nDan: Thanks.\n\nP1: Sure.\n';
    expect(segment(text).segments.map((s) => s.role)).toEqual(['interviewer', 'respondent', 'interviewer', 'respondent']);
  });

  it('uses the interviewer labels of the settings for documents that declare none', () => {
    const text = 'Dan: Question?\n\nP1: Answer.\n\nDan: Thanks.\n\nP1: Sure.\n';
    expect(segment(text, { interviewers: ['Dan'] }).segments.map((s) => s.role)).toEqual(['interviewer', 'respondent', 'interviewer', 'respondent']);
    expect(segment(text).segments.map((s) => s.role)).toEqual(['respondent', 'respondent', 'respondent', 'respondent']);
  });

  it('compares labels without regard to case', () => {
    const { segments } = segment('INTERVIEWER: Vraag?\n\nR1: Antwoord.\n\nInterviewer: Nog een?\n\nR1: Ja.\n');
    expect(segments.map((s) => s.role)).toEqual(['interviewer', 'respondent', 'interviewer', 'respondent']);
  });

  it('does not take clock times or URLs for labels', () => {
    const { segments } = segment('I: Wanneer?\n\nR1: Om 10:30 uur.\n\n10:45 was het al te laat, zie https://example.org.\n\nI: Oké.\n\nR1: Ja.\n', { documentId: 'R1' });
    expect(segments[1]!.text).toBe('Om 10:30 uur.\n\n10:45 was het al te laat, zie https://example.org.');
  });
});
