import { describe, expect, it } from 'vitest';
import { codingSettings } from '../../src/cli/options.js';
import { createMarkdownParser } from '../../src/ingest/parse-markdown.js';
import { parseTranscript } from '../../src/ingest/parse.js';
import { labelBase, labelShape } from '../../src/segment/label-shape.js';
import { splitLabels } from '../../src/segment/speakers.js';
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
    const declared = segment(text, { interviewers: ['Dan'] });
    expect(declared.segments.map((s) => s.role)).toEqual(['interviewer', 'respondent', 'interviewer', 'respondent']);
    expect(declared.diagnostics).toEqual([]);
    // Without it, Dan is taken for the interviewer because P1 names a respondent, and the run says so.
    const guessed = segment(text);
    expect(guessed.segments.map((s) => s.role)).toEqual(['interviewer', 'respondent', 'interviewer', 'respondent']);
    expect(guessed.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['no-interviewer', 'warning']]);
    expect(guessed.diagnostics[0]!.reason).toContain('assumed "Dan" is the interviewer');
  });

  it('compares labels without regard to case', () => {
    const { segments } = segment('INTERVIEWER: Vraag?\n\nR1: Antwoord.\n\nInterviewer: Nog een?\n\nR1: Ja.\n');
    expect(segments.map((s) => s.role)).toEqual(['interviewer', 'respondent', 'interviewer', 'respondent']);
  });

  it('does not take clock times or URLs for labels', () => {
    const { segments } = segment(
      'I: Wanneer?\n\nR1: Om 10:30 uur.\n\n10:45 was het al te laat, zie https://example.org.\n\nI: Oké.\n\nR1: Ja.\n',
      { documentId: 'R1' },
    );
    expect(segments[1]!.text).toBe('Om 10:30 uur.\n\n10:45 was het al te laat, zie https://example.org.');
  });
});

describe('the label rule for transcripts', () => {
  it('starts a turn at every label line inside one Markdown paragraph, bold or not', () => {
    const { segments } = segment('**I:** Hoe ging dat?\n**R1:** Slecht.\nI: Waarom?\nR1: Niemand belde terug.\n', { documentId: 'R1' });
    expect(segments.map((s) => [s.speaker, s.role, s.text])).toEqual([
      ['I', 'interviewer', 'Hoe ging dat?'],
      ['R1', 'respondent', 'Slecht.'],
      ['I', 'interviewer', 'Waarom?'],
      ['R1', 'respondent', 'Niemand belde terug.'],
    ]);
  });

  it('keeps prose, enumerations and reported speech with a colon inside the turn', () => {
    const text =
      'I: Wat moet er anders?\n\nR1: Drie dingen.\nEén: tijd.\nTwee: geld.\nToen zei ik: nou, dan niet.\nLet op: dit blijft tekst.\n\nI: Dank u.\n';
    const { segments, diagnostics } = segment(text, { documentId: 'R1' });
    expect(segments.map((s) => s.speaker)).toEqual(['I', 'R1', 'I']);
    expect(segments[1]!.text).toBe('Drie dingen.\nEén: tijd.\nTwee: geld.\nToen zei ik: nou, dan niet.\nLet op: dit blijft tekst.');
    expect(diagnostics).toEqual([]);
  });

  it('keeps a discourse marker with a colon in the text even when it recurs ("Kijk:")', () => {
    const text = 'I: Hoe ging dat?\n\nR1: Slecht.\n\nKijk: ik had geen geld.\n\nI: En toen?\n\nR1: Toen niks.\n\nKijk: zo gaat dat.\n';
    const { segments } = segment(text, { documentId: 'R1' });
    expect(segments.map((s) => [s.speaker, s.text])).toEqual([
      ['I', 'Hoe ging dat?'],
      ['R1', 'Slecht.\n\nKijk: ik had geen geld.'],
      ['I', 'En toen?'],
      ['R1', 'Toen niks.\n\nKijk: zo gaat dat.'],
    ]);
  });

  it('reads Vraag: / Antwoord: where they recur as interviewer and respondent, and "Vraag 3:" once as text', () => {
    const text = 'Vraag: Hoe gaat het?\nAntwoord: Goed.\nVraag: En de hulp?\nAntwoord: Die kwam te laat.\nVraag 3: dat was de lijst.\n';
    const { segments, diagnostics } = segment(text, { format: 'text', documentId: 'R6' });
    expect(segments.map((s) => [s.speaker, s.role, s.text])).toEqual([
      ['Vraag', 'interviewer', 'Hoe gaat het?'],
      ['Antwoord', 'respondent', 'Goed.'],
      ['Vraag', 'interviewer', 'En de hulp?'],
      ['Antwoord', 'respondent', 'Die kwam te laat.\nVraag 3: dat was de lijst.'],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('reads metadata lines before the first label as uncoded text, not as speakers', () => {
    const text = 'Datum: 12 maart 2025\nLocatie: wijkcentrum De Brug\n\nI: Vertelt u eens.\n\nR2: Nou, het begon met een brief.\n';
    const { segments, diagnostics } = segment(text, { documentId: 'R2' });
    expect(segments.map((s) => [s.speaker, s.role])).toEqual([
      [null, 'other'],
      ['I', 'interviewer'],
      ['R2', 'respondent'],
    ]);
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['text-before-labels', 'info']]);
  });

  it('takes a name used once after the first speaker as a speaker, and warns', () => {
    const text =
      'I: Wie helpt u?\n\nR3: Mijn dochter. Ze zit hier ook.\n\nI: Wilt u iets aanvullen?\n\nMarleen: Ja, dat ze het zelf nooit zou vragen.\n\nR3: Dat klopt wel.\n';
    const { segments, diagnostics } = segment(text, { documentId: 'R3' });
    expect(segments.map((s) => [s.speaker, s.role])).toEqual([
      ['I', 'interviewer'],
      ['R3', 'respondent'],
      ['I', 'interviewer'],
      ['Marleen', 'respondent'],
      ['R3', 'respondent'],
    ]);
    expect(diagnostics.map((d) => [d.ruleId, d.place?.line])).toEqual([['single-use-label', 7]]);
  });

  it('reads only declared speakers once speakers: is given, and says which labels it read as text', () => {
    const text = '---\nspeakers: [R4]\n---\nI: En toen?\n\nR4: Toen belde ik.\n\nMarleen: Ik ook.\n\nI: Oké.\n\nR4: Ja.\n';
    const { segments, diagnostics } = segment(text, { documentId: 'R4' });
    expect(segments.map((s) => s.speaker)).toEqual(['I', 'R4', 'I', 'R4']);
    expect(segments[1]!.text).toBe('Toen belde ik.\n\nMarleen: Ik ook.');
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['undeclared-label', 'info']]);
  });

  it('does not guess an interviewer when the front matter says there is none (interviewers: [])', () => {
    const text = '---\ninterviewers: []\n---\nAnna: Hoe ging het bij jou?\n\nBram: Slecht, en bij jou?\n\nAnna: Ook.\n\nBram: Tja.\n';
    const { segments, diagnostics } = segment(text, { documentId: 'G1' });
    expect(segments.map((s) => s.role)).toEqual(['respondent', 'respondent', 'respondent', 'respondent']);
    expect(diagnostics).toEqual([]);
  });

  it('says so when labels name no interviewer and no one stands out as asking', () => {
    const text = 'Anna: Ik vond het zwaar.\n\nBram: Ik ook, eerlijk gezegd.\n\nAnna: Vooral de wachttijd.\n\nBram: Ja.\n';
    const { segments, diagnostics } = segment(text, { documentId: 'G2' });
    expect(segments.map((s) => s.role)).toEqual(['respondent', 'respondent', 'respondent', 'respondent']);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['no-interviewer']);
    expect(diagnostics[0]!.reason).toContain('every turn is coded as a respondent');
  });

  it('matches interviewer labels with a number, an abbreviation or a parenthesised part', () => {
    const text =
      'I1: Eerste vraag?\n\nR1: Antwoord.\n\nInt.: Tweede vraag?\n\nR1: Nog een antwoord.\n\nOnderzoeker (Movisie): Derde?\n\nR1: Klaar.\n';
    const { segments } = segment(text, { documentId: 'R1' });
    expect(segments.map((s) => [s.speaker, s.role])).toEqual([
      ['I1', 'interviewer'],
      ['R1', 'respondent'],
      ['Int.', 'interviewer'],
      ['R1', 'respondent'],
      ['Onderzoeker (Movisie)', 'interviewer'],
      ['R1', 'respondent'],
    ]);
  });

  it('reads a label with a colon alone on its line, the words below it', () => {
    const { segments } = segment('Interviewer:\nHoe gaat het nu?\n\nRespondent:\nBeter, dank u.\n', { format: 'text', documentId: 'R5' });
    expect(segments.map((s) => [s.speaker, s.text, s.start.line])).toEqual([
      ['Interviewer', 'Hoe gaat het nu?', 2],
      ['Respondent', 'Beter, dank u.', 5],
    ]);
  });

  it('takes the interviewers of the front matter as listed, commas in a name and all', () => {
    const text = '---\ninterviewers: ["Bakker, Anouk"]\n---\nBakker, Anouk: Vraag?\n\nJansen, Piet: Antwoord.\n';
    expect(segment(text, { documentId: 'X' }).segments.map((s) => [s.speaker, s.role])).toEqual([
      ['Bakker, Anouk', 'interviewer'],
      ['Jansen, Piet', 'respondent'],
    ]);
  });

  it('warns about front matter that is never closed, in Markdown and in plain text', () => {
    for (const format of ['markdown', 'text'] as const) {
      const text = '---\nid: R9\n\nI: Vraag?\n\nR9: Antwoord.\n';
      const parsed = parseTranscript(text, format, 'r9', createMarkdownParser());
      expect(parsed.diagnostics.map((d) => [d.ruleId, d.severity, d.place?.line])).toEqual([['unclosed-front-matter', 'warning', 1]]);
    }
  });
});

describe('label shapes', () => {
  it.each([
    ['Interviewer 2', 'interviewer', 'role'],
    ['I1', 'i', 'code'],
    ['Int.', 'int', 'role'],
    ['Onderzoeker (Gemeente Noorderveld)', 'onderzoeker', 'role'],
    ['Spreker 1', 'spreker', 'role'],
    ['R07', 'r', 'code'],
    ['Particpant', 'particpant', 'role'],
    ['Jansen, Piet', 'jansen, piet', 'name'],
    ['Marieke de Vries', 'marieke de vries', 'name'],
    ['Dhr. van den Berg', 'dhr. van den berg', 'name'],
    ['Let op', 'let op', 'prose'],
    ['Toen zei ik', 'toen zei ik', 'prose'],
    ['Twee', 'twee', 'prose'],
    ['Vraag 3', 'vraag', 'prose'],
    ['Datum', 'datum', 'prose'],
  ])('%s has base %s and reads as %s', (label, base, shape) => {
    expect(labelBase(label)).toBe(base);
    expect(labelShape(label)).toBe(shape);
  });

  it('splits a list of labels on semicolons when there are any, else on commas', () => {
    expect(splitLabels('Bakker, Anouk; Dan')).toEqual(['Bakker, Anouk', 'Dan']);
    expect(splitLabels('I, Int')).toEqual(['I', 'Int']);
    expect(codingSettings({ unit: 'turn', interviewers: 'Bakker, Anouk;Dan' }).interviewers).toEqual(['Bakker, Anouk', 'Dan']);
  });
});
