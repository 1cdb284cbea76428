import { describe, expect, it } from 'vitest';
import { segment } from '../helpers.js';

describe('turns, paragraphs and sections', () => {
  const interview = [
    '---',
    'id: R07',
    'gemeente: Gemeente B',
    '---',
    '# Interview R07',
    '',
    '## Hulp zoeken',
    '',
    '**I:** Hoe kwam u bij het wijkteam terecht?',
    '',
    '**R07:** Ik heb maanden op een *wachtlijst* gestaan. Niemand belde me terug.',
    '',
    'Toen ben ik zelf gaan bellen.',
    '',
    '## Afsluiting',
    '',
    'En daarna werd het beter.',
    '',
    '**I:** Dank u wel.',
    '',
  ].join('\n');

  it('joins continuation paragraphs into the turn and removes markup', () => {
    const { segments } = segment(interview, { documentId: 'R07' });
    expect(segments[1]).toMatchObject({
      index: 2,
      speaker: 'R07',
      role: 'respondent',
      section: 'Hulp zoeken',
      text: 'Ik heb maanden op een wachtlijst gestaan. Niemand belde me terug.\n\nToen ben ik zelf gaan bellen.',
      start: { line: 11, column: 10 },
      end: { line: 13, column: 30 },
    });
  });

  it('sets the section from the heading above and continues the speaker after a heading', () => {
    const { segments } = segment(interview, { documentId: 'R07' });
    expect(segments.map((s) => [s.index, s.speaker, s.section])).toEqual([
      [1, 'I', 'Hulp zoeken'],
      [2, 'R07', 'Hulp zoeken'],
      [3, 'R07', 'Afsluiting'],
      [4, 'I', 'Afsluiting'],
    ]);
  });

  it('cuts turns into paragraphs with --unit paragraph', () => {
    const { segments } = segment(interview, { documentId: 'R07', unit: 'paragraph' });
    expect(segments.map((s) => s.text)).toEqual([
      'Hoe kwam u bij het wijkteam terecht?',
      'Ik heb maanden op een wachtlijst gestaan. Niemand belde me terug.',
      'Toen ben ik zelf gaan bellen.',
      'En daarna werd het beter.',
      'Dank u wel.',
    ]);
  });

  it('cuts turns into sentences with --unit sentence, keeping abbreviations and hesitations', () => {
    const text = 'I: Vraag?\n\nR1: Ik ging bijv. naar dhr. Jansen... en toen niks. Echt niet! Waarom? Geen idee.\n\nI: Oké.\n';
    const { segments } = segment(text, { documentId: 'R1', unit: 'sentence' });
    expect(segments.filter((s) => s.role === 'respondent').map((s) => s.text)).toEqual([
      'Ik ging bijv. naar dhr. Jansen... en toen niks.',
      'Echt niet!',
      'Waarom?',
      'Geen idee.',
    ]);
  });

  it('locates every segment in the source (UTF-16 offsets)', () => {
    const { segments } = segment(interview, { documentId: 'R07', unit: 'paragraph' });
    for (const s of segments) {
      const source = interview.slice(s.start.offset, s.end.offset);
      expect(source.replace(/\*/g, '')).toBe(s.text);
    }
  });

  it('counts code points beside UTF-16 offsets after an emoji', () => {
    const text = 'I: 😀 Hallo?\n\nR1: Ja 👍 prima.\n\nI: Oké.\n';
    const { segments } = segment(text, { documentId: 'R1' });
    const respondent = segments[1]!;
    expect(text.slice(respondent.start.offset, respondent.end.offset)).toBe('Ja 👍 prima.');
    expect(respondent.start.offset).toBe(18);
    expect(respondent.codePointStart).toBe(17);
    expect(respondent.codePointEnd - respondent.codePointStart).toBe([...'Ja 👍 prima.'].length);
  });

  it('keeps text before the first label as "other", not coded', () => {
    const { segments } = segment('Interview afgenomen in maart.\n\nI: Vraag?\n\nR1: Antwoord.\n', { documentId: 'R1' });
    expect(segments[0]).toMatchObject({ role: 'other', speaker: null, text: 'Interview afgenomen in maart.' });
  });

  it('removes timestamps standing in the running text', () => {
    const { segments } = segment('I: Vraag?\n\nR1: Eerst dit [00:13:02] en dan dat.\n', { documentId: 'R1' });
    expect(segments[1]!.text).toBe('Eerst dit  en dan dat.');
  });
});

describe('edge cases', () => {
  it('makes each paragraph a segment of the document id when there are no labels at all', () => {
    const { segments, diagnostics } = segment('Eerste alinea.\n\nTweede alinea\nover twee regels.\n', { documentId: 'R5' });
    expect(segments.map((s) => [s.speaker, s.role, s.text])).toEqual([
      ['R5', 'respondent', 'Eerste alinea.'],
      ['R5', 'respondent', 'Tweede alinea\nover twee regels.'],
    ]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['no-speaker-labels']);
  });

  it('handles CRLF line endings: lines and offsets as in the file, no CR in the text', () => {
    const text = '---\r\nid: R1\r\n---\r\n## Deel 1\r\n\r\nI: Vraag\r\nover twee regels?\r\n\r\nR1: Ja.\r\n\r\nI: Oké.\r\n';
    const { segments } = segment(text, { documentId: 'R1' });
    expect(segments.map((s) => s.text)).toEqual(['Vraag\nover twee regels?', 'Ja.', 'Oké.']);
    expect(segments[0]).toMatchObject({ section: 'Deel 1', start: { line: 6, column: 4 }, end: { line: 7, column: 18 } });
    expect(text.slice(segments[1]!.start.offset, segments[1]!.end.offset)).toBe('Ja.');
  });

  it('gives no segments for an empty file', () => {
    expect(segment('').segments).toEqual([]);
  });

  it('gives no segments, but the attributes, for a file of only front matter', () => {
    const { segments } = segment('---\nid: R9\ngemeente: Gemeente D\n---\n');
    expect(segments).toEqual([]);
  });

  it('reads plain text: paragraphs at blank lines, markup left as it is, front matter allowed', () => {
    const text = '---\nid: R3\n---\nI: Wat is **dit**?\n\nR3: # geen kop\n\n    ingesprongen tekst\n';
    const { segments } = segment(text, { format: 'text', documentId: 'R3' });
    expect(segments.map((s) => [s.speaker, s.text])).toEqual([
      ['I', 'Wat is **dit**?'],
      ['R3', '# geen kop\n\ningesprongen tekst'],
    ]);
    expect(segments[1]!.start.line).toBe(6);
  });

  it('keeps indented Markdown text (a code block) as text', () => {
    const { segments } = segment('I: Vraag?\n\nR1: Antwoord.\n\n    Ingesprongen vervolg.\n', { documentId: 'R1' });
    expect(segments[1]!.text).toBe('Antwoord.\n\nIngesprongen vervolg.');
  });

  it('maps escaped characters and block quotes back to their place', () => {
    const text = 'I: Vraag?\n\n> R1: Een \\*ster en &amp; teken\n> over twee regels.\n';
    const { segments } = segment(text, { documentId: 'R1' });
    const respondent = segments[1]!;
    expect(respondent.text).toBe('Een *ster en & teken\nover twee regels.');
    expect(respondent.start).toMatchObject({ line: 3, column: 7 });
    expect(respondent.end).toMatchObject({ line: 4, column: 20 });
  });
});

describe('Markdown that is speech', () => {
  it('keeps the number of an ordered list item: "2020. Toen ..." is what someone said', () => {
    const text = 'I: Wanneer begon het?\n\nR1: Lang geleden.\n\n2020. Toen ging het mis.\n3) En daarna nog erger.\n\nI: Oké.\n';
    const { segments } = segment(text, { documentId: 'R1' });
    expect(segments[1]!.text).toBe('Lang geleden.\n\n2020. Toen ging het mis.\n\n3) En daarna nog erger.');
    expect(text.slice(segments[1]!.start.offset, segments[1]!.end.offset)).toBe(
      'Lang geleden.\n\n2020. Toen ging het mis.\n3) En daarna nog erger.',
    );
  });

  it('keeps a number with a dot on a line of its own ("300."), which Markdown reads as an empty list item', () => {
    const { segments } = segment('I: Hoeveel?\n\nR1: Nou.\n\n300.\n\nI: Oké.\n', { documentId: 'R1' });
    expect(segments[1]!.text).toBe('Nou.\n\n300.');
  });
});
